import Testing
import ArmorTestSupport
@testable import ArmorBase
@testable import ArmorAnalysis

/// The one-scan sniffer answers as the two case-folded searches of the first 4 KiB it replaced.
@Suite struct ARMSchemaSnifferTests {
    private static func reference(_ bytes: [UInt8]) -> Frontend.FileKind {
        if ASCIICase.contains(bytes, prefix: 4096, "deploymentparameters.json") { return .armParameters }
        if ASCIICase.contains(bytes, prefix: 4096, "deploymenttemplate.json") { return .armTemplate }
        return .other
    }

    @Test func schemas() {
        let template = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}"#
        let parameters = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}"#
        #expect(ARMSchemaSniffer.kind(of: Array(template.utf8)) == .armTemplate)
        #expect(ARMSchemaSniffer.kind(of: Array(parameters.utf8)) == .armParameters)
        #expect(ARMSchemaSniffer.kind(of: Array("{}".utf8)) == .other)
        #expect(ARMSchemaSniffer.kind(of: []) == .other)
        // A parameters name anywhere in the first 4 KiB wins over a template name before it.
        #expect(ARMSchemaSniffer.kind(of: Array((template + parameters).utf8)) == .armParameters)
    }

    /// Names in mixed case, near and across the 4 KiB edge, among many near-misses.
    @Test func agreesWithTwoSearches() {
        var random = SplitMix(seed: 42)
        let pieces = ["deploymentTemplate.json", "DEPLOYMENTPARAMETERS.JSON", "deploymentparameters.jso", "deploymentTemplate",
                      "deployment", "dd", "D", "deploymentdeploymentTemplate.json", "x", "ümlaut", "\u{0}", "        "]
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            let target = [10, 4060, 4075, 4080, 4085, 4090, 4096, 4100][round % 8]
            while bytes.count < target { bytes += Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8) }
            if round % 3 == 0 { bytes += Array(pieces[Int.random(in: 0..<3, using: &random)].utf8) }
            // Random case flips.
            for _ in 0..<Int.random(in: 0...20, using: &random) where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &random)
                if (0x41...0x5A).contains(bytes[i]) || (0x61...0x7A).contains(bytes[i]) { bytes[i] ^= 0x20 }
            }
            #expect(ARMSchemaSniffer.kind(of: bytes) == Self.reference(bytes), "round \(round), \(bytes.count) bytes")
        }
    }
}
