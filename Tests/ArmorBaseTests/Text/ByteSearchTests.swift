import Testing
import ArmorTestSupport
@testable import ArmorBase

/// `ByteSearch.contains` answers the same whichever needle byte anchors the search.
@Suite struct ByteSearchTests {
    @Test func everyAnchorAgreesWithANaiveSearch() {
        var random = SplitMix(seed: 23)
        let alphabet = Array("disable-x".utf8)
        for _ in 0..<5_000 {
            let hay = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let expected = hay.count >= 8 && (0...(hay.count - 8)).contains { Array(hay[$0..<($0 + 8)]) == Array("disable-".utf8) }
            for anchor in 0..<8 {
                #expect(ByteSearch.contains(hay, "disable-", anchor: anchor) == expected, "\(String(decoding: hay, as: UTF8.self)) @\(anchor)")
            }
        }
        #expect(ByteSearch.contains(Array("// armor-disable-next-line".utf8), "disable-", anchor: 7))
        #expect(!ByteSearch.contains(Array("disable".utf8), "disable-", anchor: 7))
        #expect(ByteSearch.contains([], ""))
    }
}
