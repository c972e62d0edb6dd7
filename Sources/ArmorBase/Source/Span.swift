/// A half-open range of UTF-8 byte offsets into a `SourceFile`'s bytes (BOM included in the count).
/// Line and column are derived late, by `LineTable`, only when something is printed.
public struct Span: Hashable, Sendable, Comparable {
    public var start: UInt32
    public var end: UInt32

    public init(start: UInt32, end: UInt32) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ start: Int, _ end: Int) {
        self.init(start: UInt32(clamping: start), end: UInt32(clamping: end))
    }

    public static let zero = Span(start: 0, end: 0)

    public var length: Int { Int(end - start) }
    public var isEmpty: Bool { start == end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    public func contains(_ offset: UInt32) -> Bool { offset >= start && offset < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
