import Synchronization

/// Values a one-shot command hands to the process instead of freeing them: the process exits
/// right after, and releasing millions of small tree nodes one by one only delays the exit
/// (the whole-corpus lint spent ~30 % of its time there). The same idea as clang's
/// `-disable-free`. Long-lived callers (`armor lsp`) never use it.
package enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    package static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }

    /// Frees what was kept, outside the caller's timing: armor-bench times one-shot lint runs
    /// as `armor lint` does, without one run's analyses piling up under the next.
    package static func releaseKept() {
        let values = kept.withLock { kept in
            defer { kept = [] }
            return kept
        }
        _ = values
    }
}
