/// The texts of a large template repeat (types, property names, `[parameters('x')]`): each
/// distinct ASCII text too long for Swift's inline small strings is allocated once per large document,
/// so the JSON tree and the model lowered from it share one buffer instead of holding one per
/// occurrence (a 200 MiB template: about a tenth of its peak memory).
struct StringCache {
    /// Documents smaller than this are read without the cache: the memory it saves there is
    /// small, and hashing every text cost more time than the allocations it saved (avm-res,
    /// files up to 0.7 MB: 24 M of 1,323 M instructions of ARM parse, callgrind).
    static let minDocumentBytes = 1 << 20
    /// Texts of up to 15 UTF-8 bytes are stored inline by `String` (nothing to share).
    static let minLength = 16
    /// Longer texts are mostly unique (descriptions, scripts): not worth hashing.
    static let maxLength = 96
    /// Direct-mapped: a text replaces the one in its slot (no probing), so a miss costs one hash
    /// and one length test.
    static let slotCount = 1024

    private var slots: [String] = []

    /// The string for `text` (ASCII, `minLength...maxLength` bytes), shared when cached.
    mutating func string(_ text: UnsafeBufferPointer<UInt8>) -> String {
        let slot = Int(truncatingIfNeeded: Self.hash(text)) & (Self.slotCount - 1)
        if slots.isEmpty { slots = Array(repeating: "", count: Self.slotCount) }
        let cached = slots[slot]
        if cached.utf8.count == text.count,
           cached.utf8.withContiguousStorageIfAvailable({ Self.equal($0, text) }) == true {
            return cached
        }
        let made = String(decoding: text, as: UTF8.self)
        slots[slot] = made
        return made
    }

    /// Equal-length texts of at least 8 bytes, compared eight bytes a step (the last word
    /// overlaps): the generic `elementsEqual` walk cost about 1,000 instructions a hit.
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let x = UnsafeRawBufferPointer(a), y = UnsafeRawBufferPointer(b)
        guard x.count == y.count, x.count >= 8 else { return a.elementsEqual(b) }
        var offset = 0
        while offset + 8 < x.count {
            if x.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != y.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        return x.loadUnaligned(fromByteOffset: x.count - 8, as: UInt64.self)
            == y.loadUnaligned(fromByteOffset: y.count - 8, as: UInt64.self)
    }

    /// Eight bytes a step (the last word overlaps the one before; `count >= 8`).
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(text)
        var h = UInt64(text.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 < raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01B3
            h ^= h >> 29
            offset += 8
        }
        h = (h ^ raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)) &* 0x100_0000_01B3
        return h ^ (h >> 32)
    }
}
