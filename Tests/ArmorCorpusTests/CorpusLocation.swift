import Testing
import ArmorBase
import ArmorAnalysis

/// The shared corpus sits beside the checkout (`../shared/corpus`); tests that need it say so
/// when it is absent instead of passing silently.
enum CorpusLocation {
    static let packageRoot: String = {
        // #filePath = <root>/Tests/ArmorCorpusTests/CorpusLocation.swift
        Paths.directory(of: Paths.directory(of: Paths.directory(of: #filePath)))
    }()

    static let avm = Paths.join(packageRoot, "../shared/corpus/avm-res")

    static var isPresent: Bool { FileSystem.kind(of: avm) == .directory }

    static let absentReason: Comment = "the shared corpus is not at ../shared/corpus/avm-res beside the checkout"
}
