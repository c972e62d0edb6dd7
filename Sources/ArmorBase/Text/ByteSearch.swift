#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Exact byte-string search over whole files: `memchr` (vectorised) finds each candidate first
/// byte, several times cheaper per byte than a Swift loop (lint runs such a test over every
/// file it reads). `memmem` would do it all, but Glibc's module does not export it.
package enum ByteSearch {
    /// The first offset at or after `from` where `needle` starts in `haystack`.
    package static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { firstIndex(of: $0, in: hay, from: from) }
        }
    }

    /// - Parameter anchor: the needle byte `memchr` looks for (its index in the needle): the
    ///   rarer it is in the haystack, the fewer candidates to compare. Any index gives the same answer.
    package static func contains(_ haystack: [UInt8], _ needle: StaticString, anchor: Int = 0) -> Bool {
        needle.withUTF8Buffer { pin in
            pin.isEmpty || haystack.withUnsafeBufferPointer { firstIndex(of: pin, in: $0, from: 0, anchor: anchor) } != nil
        }
    }

    private static func firstIndex(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int,
                                   anchor: Int = 0) -> Int? {
        guard pin.indices.contains(anchor), let pattern = pin.baseAddress, let base = hay.baseAddress,
              from >= 0, hay.count - from >= pin.count else { return nil }
        let lastStart = hay.count - pin.count
        // Candidates are found by the anchor byte, at `start + anchor`.
        var start = from
        while start <= lastStart {
            guard let found = memchr(base + start + anchor, Int32(pin[anchor]), lastStart - start + 1) else { return nil }
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(base + at, pattern, pin.count) == 0 { return at }
            start = at + 1
        }
        return nil
    }
}
