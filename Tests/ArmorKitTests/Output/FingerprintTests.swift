import Testing
@testable import ArmorBase
@testable import ArmorKit

@Suite struct FingerprintTests {
    static func report(_ text: String, spans: [Span], path: String = "/root/a.bicep") -> LintReport {
        let diagnostics = spans.map {
            Diagnostic(code: .rule(.keyvaultFirst), severity: .error, message: "m", location: Location(path: path, span: $0))
        }
        return LintReport(diagnostics: diagnostics, sources: [path: SourceFile(path: path, text: text)],
                          files: [path], rules: [], root: "/root", toolVersion: "0")
    }

    @Test func fnv1aMatchesTheReferenceVectors() {
        var empty = FNV1a()
        #expect(empty.value == 0xcbf2_9ce4_8422_2325)
        for byte in "a".utf8 { empty.mix(byte) }
        #expect(empty.value == 0xaf63_dc4c_8601_ec8c)
        var foobar = FNV1a()
        for byte in "foobar".utf8 { foobar.mix(byte) }
        #expect(foobar.value == 0x8594_4171_f739_67e8)
    }

    @Test func hexRoundTrips() {
        let fingerprint = Fingerprint(value: 0xAB)
        #expect(fingerprint.hex == "00000000000000ab")
        #expect(Fingerprint(hex: fingerprint.hex) == fingerprint)
        #expect(Fingerprint(hex: "ab") == nil)
        #expect(Fingerprint(hex: "zz00000000000000") == nil)
    }

    @Test func identicalLinesAreToldApartByOccurrence() {
        let fingerprints = Fingerprint.all(in: Self.report("x = 1\nx = 1\n", spans: [Span(0, 1), Span(6, 7)]))
        #expect(fingerprints[0] != fingerprints[1])
    }

    @Test func lineEndingsIndentationAndAbsoluteVersusRelativePathsDoNotMatter() {
        let lf = Fingerprint.all(in: Self.report("a\n  x =  1\n", spans: [Span(4, 5)]))
        let crlf = Fingerprint.all(in: Self.report("a\r\n\tx = 1 \r\n", spans: [Span(4, 5)]))
        let relative = Fingerprint.all(in: Self.report("a\n  x =  1\n", spans: [Span(4, 5)], path: "a.bicep"))
        #expect(lf == crlf)
        #expect(lf == relative)
    }

    @Test func codeAndFileArePartOfTheIdentity() {
        let a = Fingerprint.all(in: Self.report("x\n", spans: [Span(0, 1)]))
        let b = Fingerprint.all(in: Self.report("x\n", spans: [Span(0, 1)], path: "/root/b.bicep"))
        #expect(a != b)
    }

    @Test func pathsAreMadeRelativeToTheRoot() {
        #expect(ReportPaths.relative("/w/p/a/b.bicep", to: "/w/p") == "a/b.bicep")
        #expect(ReportPaths.relative("/w/pq/b.bicep", to: "/w/p") == "/w/pq/b.bicep")
        #expect(ReportPaths.relative("./a/../b.bicep", to: "/w/p") == "b.bicep")
        #expect(ReportPaths.relative("/w/p/x", to: "/w/p/") == "x")
        #expect(ReportPaths.uriEncoded("a b/ü%#.bicep") == "a%20b/%C3%BC%25%23.bicep")
        #expect(ReportPaths.fileURI("/w/p", directory: true) == "file:///w/p/")
    }
}
