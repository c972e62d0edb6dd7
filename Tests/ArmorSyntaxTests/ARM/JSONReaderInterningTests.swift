import Testing
@testable import ArmorBase
@testable import ArmorSyntax

/// Documents of `StringCache.minDocumentBytes` or more share repeated texts; smaller ones do
/// not use the cache. Both must read the same strings (slot collisions and near-misses too).
@Suite struct JSONReaderInterningTests {
    @Test func largeDocumentsReadTheSameTextsAsSmallOnes() {
        let texts = ["Microsoft.Network/virtualNetworks", "Microsoft.Network/virtualNetworkz",
                     "[parameters('formattedRoleAssignments')]", "exactly-16-bytes", String(repeating: "x", count: 96),
                     String(repeating: "y", count: 97), "short", "ünïcode text longer than sixteen"]
        let one = "[" + texts.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        let copies = StringCache.minDocumentBytes / one.utf8.count + 1
        let large = "[" + Array(repeating: one, count: copies).joined(separator: ",") + "]"
        #expect(large.utf8.count >= StringCache.minDocumentBytes)
        guard case .array(let outer) = JSONReader.read(SourceFile(path: "l.json", text: large)).root?.kind else {
            Issue.record("not an array")
            return
        }
        #expect(outer.count == copies)
        for item in outer {
            #expect(item.arrayValue?.compactMap(\.stringValue) == texts)
        }
        let small = JSONReader.read(SourceFile(path: "s.json", text: one)).root
        #expect(small?.arrayValue?.compactMap(\.stringValue) == texts)
    }
}
