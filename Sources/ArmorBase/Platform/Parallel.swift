import Dispatch

/// Maps on all cores, keeping the input order (output is sorted later anyway, but a stable
/// order keeps every run byte-identical).
package enum Parallel {
    /// `serial`: on the calling thread only (armor-bench measures one core this way).
    package static func map<T: Sendable, R: Sendable>(_ items: [T], serial: Bool = false,
                                                      _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 || serial { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        // Deinitialised, not only deallocated: the slots own their results (an `armor lsp`
        // session lints again on every edit, and would otherwise keep every analysis).
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots[i] = transform(items[i])   // each index is written by exactly one iteration
        }
        return results.compactMap { $0 }
    }
}
