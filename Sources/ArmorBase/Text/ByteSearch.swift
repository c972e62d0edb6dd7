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
        guard let first = needle.first, from >= 0, haystack.count - from >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                guard let base = hay.baseAddress, let pattern = pin.baseAddress else { return nil }
                let lastStart = hay.count - pin.count
                var start = from
                while start <= lastStart {
                    guard let found = memchr(base + start, Int32(first), lastStart - start + 1) else { return nil }
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, pin.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
    }

    package static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pin in
            guard let pattern = pin.baseAddress, let first = pin.first else { return true }
            return haystack.withUnsafeBufferPointer { hay in
                guard let base = hay.baseAddress, hay.count >= pin.count else { return false }
                let lastStart = hay.count - pin.count
                var start = 0
                while start <= lastStart {
                    guard let found = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, pin.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
    }
}
