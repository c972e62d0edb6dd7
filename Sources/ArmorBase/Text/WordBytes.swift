/// Eight bytes at a time in a `UInt64`: the scans that read whole files (line ends, Bicep
/// identifiers and string text, JSON strings and indentation) test a word a step and leave the
/// byte that stopped them to a byte loop. Inlinable: these run once per word of every file.
public enum WordBytes {
    /// 0x01 in every byte.
    @inlinable @inline(__always) public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// The high bit of every byte.
    @inlinable @inline(__always) public static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// `byte` in every byte.
    @inlinable @inline(__always) public static func repeating(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// The eight bytes at `offset`, the first in the lowest byte on any host.
    @inlinable @inline(__always) public static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The high bit set in each byte of `word` that equals `byte`. Zero exactly when none does;
    /// the lowest mark is exact, borrows may add false marks above it.
    @inlinable @inline(__always) public static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ repeating(byte)
        return (x &- ones) & ~x & highs
    }
}
