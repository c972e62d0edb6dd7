import Testing
@testable import ArmorRules
import ArmorTestSupport

@Suite struct IPPrefixTests {
    @Test func parsesIPv4Prefixes() throws {
        let p = try #require(IPPrefix("10.1.0.0/16"))
        #expect(p.isIPv4 && p.length == 16)
        #expect(p.network == IPAddress(ipv4: 0x0A01_0000))
        #expect(!p.hasHostBits)
        #expect(IPPrefix("10.1.2.3/16")?.hasHostBits == true)
        #expect(IPPrefix("0.0.0.0/0")?.length == 0)
        #expect(IPPrefix("255.255.255.255/32")?.length == 32)
    }

    @Test(arguments: [
        "", "/", "10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/08",
        "10.0.0.0/1000", "10.0.0/8", "10.0.0.0.0/8", "256.0.0.0/8", "10.0.0.01/8", "010.0.0.0/8",
        "1a.0.0.0/8", " 10.0.0.0/8", "10.0.0.0/8 ", "10..0.0/8", "10.0.0.0/8/8", "::/129", "1::2::3/64",
        ":::/8", "12345::/16", "g::/16", "1:2:3:4:5:6:7:8:9/64", "1:2:3:4:5:6:7/64", "1:2:3:4:5:6:7:8::/64",
        "fe80::1%eth0/64", "::ffff:300.1.1.1/128", "1.2.3.4::/64", "::ffff:1.2.3/128", "2001:db8::/١٦",
    ])
    func rejectsMalformedPrefixes(_ text: String) {
        #expect(IPPrefix(text) == nil)
    }

    @Test func parsesIPv6Forms() throws {
        let doc = try #require(IPPrefix("2001:db8::/32"))
        #expect(!doc.isIPv4 && doc.length == 32)
        #expect(doc.network == IPAddress(high: 0x2001_0DB8_0000_0000, low: 0))
        #expect(IPPrefix("::/0")?.network == IPAddress(high: 0, low: 0))
        #expect(IPPrefix("::1/128")?.address == IPAddress(high: 0, low: 1))
        #expect(IPPrefix("1:2:3:4:5:6:7::/128")?.address == IPAddress(high: 0x0001_0002_0003_0004, low: 0x0005_0006_0007_0000))
        #expect(IPPrefix("FE80:0:0:0:0:0:0:1/10")?.address == IPAddress(high: 0xFE80_0000_0000_0000, low: 1))
        #expect(IPPrefix("::ffff:172.17.0.1/128")?.address == IPAddress(ipv4: 0xAC11_0001))
        #expect(IPPrefix("64:ff9b::192.0.2.33/128")?.address == IPAddress(high: 0x0064_FF9B_0000_0000, low: 0xC000_0221))
    }

    @Test func overlapIPv4() throws {
        let a = try #require(IPPrefix("10.0.0.0/16"))
        #expect(a.overlaps(try #require(IPPrefix("10.0.5.0/24"))))
        #expect(try #require(IPPrefix("10.0.5.0/24")).overlaps(a))
        #expect(!a.overlaps(try #require(IPPrefix("10.1.0.0/16"))))
        #expect(a.overlaps(try #require(IPPrefix("0.0.0.0/0"))))
        #expect(a.overlaps(try #require(IPPrefix("10.0.255.255/32"))))
        #expect(!a.overlaps(try #require(IPPrefix("10.1.0.0/32"))))
        #expect(a.contains(IPAddress(ipv4: 0x0A00_FFFF)))
        #expect(!a.contains(IPAddress(ipv4: 0x0A01_0000)))
    }

    @Test func overlapIPv6UsesAll128Bits() throws {
        let doc = try #require(IPPrefix("2001:db8::/32"))
        #expect(doc.overlaps(try #require(IPPrefix("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff/128"))))
        #expect(!doc.overlaps(try #require(IPPrefix("2001:db9::/32"))))
        let lowHalf = try #require(IPPrefix("::1:0:0:0/80"))
        #expect(lowHalf.overlaps(try #require(IPPrefix("::1:0:0:5/128"))))
        #expect(!lowHalf.overlaps(try #require(IPPrefix("::2:0:0:5/128"))))
        #expect(try #require(IPPrefix("::/0")).overlaps(doc))
        // IPv4 and IPv6 outside the mapped range never meet.
        #expect(!doc.overlaps(try #require(IPPrefix("10.0.0.0/8"))))
    }

    @Test func dockerBridge() {
        #expect(DockerBridge.overlaps("172.17.0.0/16") == true)
        #expect(DockerBridge.overlaps("172.17.5.0/24") == true)
        #expect(DockerBridge.overlaps("172.16.0.0/12") == true)
        #expect(DockerBridge.overlaps("172.0.0.0/8") == true)
        #expect(DockerBridge.overlaps("172.18.0.0/16") == false)
        #expect(DockerBridge.overlaps("172.16.0.0/16") == false)
        #expect(DockerBridge.overlaps("10.0.0.0/16") == false)
        #expect(DockerBridge.overlaps("::ffff:172.17.0.1/128") == true)
        #expect(DockerBridge.overlaps("::ffff:172.18.0.1/128") == false)
        #expect(DockerBridge.overlaps("2001:db8::/32") == false)
        #expect(DockerBridge.overlaps("172.17.0.0/99") == nil)
        #expect(DockerBridge.overlaps("not an address") == nil)
    }

    @Test func randomTextNeverCrashes() {
        var rng = SplitMix(seed: 7)
        let alphabet = Array("0123456789abcdefABCDEF:./%- x")
        for _ in 0..<5_000 {
            let n = Int(rng.next() % 45)
            let text = String((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            if let p = IPPrefix(text) { #expect(p.length <= (p.isIPv4 ? 32 : 128)) }
        }
    }
}
