/// An IP address in 128 bits. IPv4 addresses live in the IPv4-mapped range `::ffff:0:0/96`, so
/// one arithmetic serves both families and `::ffff:172.17.0.1` meets `172.17.0.0/16`.
public struct IPAddress: Hashable, Sendable {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// `a.b.c.d` as `::ffff:a.b.c.d`.
    public init(ipv4: UInt32) {
        self.init(high: 0, low: 0xFFFF_0000_0000 | UInt64(ipv4))
    }

    /// True for `::ffff:a.b.c.d`.
    public var isIPv4Mapped: Bool { high == 0 && low >> 32 == 0xFFFF }

    /// The first `bits` bits, the rest zero.
    func masked(_ bits: Int) -> IPAddress {
        let b = max(0, min(128, bits))
        let highMask: UInt64 = b >= 64 ? .max : (b == 0 ? 0 : ~(UInt64.max >> UInt64(b)))
        let lowMask: UInt64 = b <= 64 ? 0 : (b == 128 ? .max : ~(UInt64.max >> UInt64(b - 64)))
        return IPAddress(high: high & highMask, low: low & lowMask)
    }

    /// Parses a dotted quad or an IPv6 address (RFC 4291 text forms, IPv4 suffix included).
    /// Leading zeros in IPv4 octets are refused: some tools read them as octal.
    public init?(parsing text: Substring) {
        if !text.contains(":") {
            guard let v4 = Self.parseIPv4(text) else { return nil }
            self.init(ipv4: v4)
        } else {
            guard let v6 = Self.parseIPv6(text) else { return nil }
            self = v6
        }
    }

    static func parseIPv4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard (1...3).contains(part.utf8.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  part.utf8.count == 1 || part.utf8.first != 0x30,
                  let octet = UInt32(part), octet <= 255 else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    static func parseIPv6(_ text: Substring) -> IPAddress? {
        let halves = text.split(separator: "::", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count <= 2, !halves.contains(where: { $0.contains("::") }) else { return nil }
        guard let head = groups(halves[0], allowIPv4Tail: halves.count == 1) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1], allowIPv4Tail: true), head.count + tail.count <= 7 else { return nil }
            all = head + [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (i, group) in all.enumerated() {
            if i < 4 { high = high << 16 | UInt64(group) } else { low = low << 16 | UInt64(group) }
        }
        return IPAddress(high: high, low: low)
    }

    /// `a:b:c` → 16-bit groups; a final dotted quad counts as two groups.
    private static func groups(_ text: Substring, allowIPv4Tail: Bool) -> [UInt16]? {
        if text.isEmpty { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var result: [UInt16] = []
        for (i, part) in parts.enumerated() {
            if i == parts.count - 1, allowIPv4Tail, part.contains(".") {
                guard let v4 = parseIPv4(part) else { return nil }
                result += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
                continue
            }
            guard (1...4).contains(part.utf8.count), part.utf8.allSatisfy(isHexDigit),
                  let group = UInt16(part, radix: 16) else { return nil }
            result.append(group)
        }
        return result.count <= 8 ? result : nil
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }
}

/// An address prefix (`10.0.0.0/16`, `2001:db8::/32`), as in a virtual network's
/// `addressSpace.addressPrefixes` or a subnet's `addressPrefix`.
public struct IPPrefix: Hashable, Sendable {
    /// As written (host bits kept).
    public var address: IPAddress
    /// Prefix length in the written family: 0...32 for IPv4, 0...128 for IPv6.
    public var length: Int
    public var isIPv4: Bool

    /// Length in the 128-bit space.
    var bits: Int { isIPv4 ? length + 96 : length }

    /// The network address (host bits cleared).
    public var network: IPAddress { address.masked(bits) }

    /// True when the written address has bits set past the prefix (`10.0.0.1/16`).
    public var hasHostBits: Bool { network != address }

    public init(address: IPAddress, length: Int, isIPv4: Bool) {
        self.address = address
        self.length = length
        self.isIPv4 = isIPv4
    }

    /// nil for anything malformed: no `/`, a bad address, a length out of range or with a sign,
    /// spaces or leading zeros.
    public init?(_ text: String) {
        let parts = Substring(text).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let lengthText = parts.last, (1...3).contains(lengthText.utf8.count),
              lengthText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              lengthText.utf8.count == 1 || lengthText.utf8.first != 0x30,
              let length = Int(lengthText), let address = IPAddress(parsing: parts[0]) else { return nil }
        let isIPv4 = !parts[0].contains(":")
        guard length <= (isIPv4 ? 32 : 128) else { return nil }
        self.init(address: address, length: length, isIPv4: isIPv4)
    }

    /// True when some address lies in both prefixes (one contains the other's network).
    public func overlaps(_ other: IPPrefix) -> Bool {
        let shorter = min(bits, other.bits)
        return address.masked(shorter) == other.address.masked(shorter)
    }

    public func contains(_ other: IPAddress) -> Bool {
        other.masked(bits) == network
    }
}

/// The default Docker bridge network. Compute instances and other Docker hosts in a virtual
/// network that overlaps it cannot reach those addresses (rules.md `vnet-docker-bridge-range`).
public enum DockerBridge {
    public static let range = IPPrefix(address: IPAddress(ipv4: 0xAC11_0000), length: 16, isIPv4: true)

    /// True when `prefix` parses and overlaps `172.17.0.0/16`; nil when it is malformed.
    public static func overlaps(_ prefix: String) -> Bool? {
        IPPrefix(prefix).map { $0.overlaps(range) }
    }
}
