import Testing
@testable import ArmorBase

@Suite struct ParallelTests {
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    final class Watch: @unchecked Sendable {
        weak var box: Box?
    }

    @Test func keepsTheInputOrder() {
        let items = Array(0..<1_000)
        #expect(Parallel.map(items) { $0 * 2 } == items.map { $0 * 2 })
        #expect(Parallel.map(items, serial: true) { $0 * 2 } == items.map { $0 * 2 })
    }

    /// The results are owned by the caller alone: once it drops them they are freed (a long
    /// `armor lsp` session maps on every edit).
    @Test func resultsAreFreedWithTheCallersArray() {
        let watches = (0..<64).map { _ in Watch() }
        do {
            let boxes = Parallel.map(Array(0..<64)) { Box($0) }
            for (watch, box) in zip(watches, boxes) { watch.box = box }
            #expect(boxes.map(\.value) == Array(0..<64))
        }
        #expect(watches.allSatisfy { $0.box == nil })
    }
}
