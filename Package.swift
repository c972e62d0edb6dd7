// swift-tools-version: 6.0
import PackageDescription

// armor: a linter and deployment-order validator for Bicep and ARM JSON.
// No third-party packages: the toolchain's own libraries only.
//
// The pipeline, one target per stage; dependencies run one way, so SwiftPM refuses a back-edge:
//   ArmorBase ← ArmorSyntax ← ArmorAnalysis ← ArmorRules ← ArmorKit ← armor
let package = Package(
    name: "armor",
    products: [
        .executable(name: "armor", targets: ["armor"]),
        .library(name: "ArmorKit", targets: ["ArmorKit"]),
    ],
    targets: [
        // Files, spans, line tables, diagnostics and their codes, file system, parallel map.
        .target(name: "ArmorBase"),
        // Bicep and ARM JSON readers, the ARM expression parser, teardown-script scanners, the expression IR.
        .target(name: "ArmorSyntax", dependencies: ["ArmorBase"]),
        // The semantic model: templates, graphs, known values, deployments, Foundry inventory, plans.
        .target(name: "ArmorAnalysis", dependencies: ["ArmorBase", "ArmorSyntax"]),
        // The rule engine and one file per rule.
        .target(name: "ArmorRules", dependencies: ["ArmorBase", "ArmorSyntax", "ArmorAnalysis"]),
        // Lint runs, configuration, suppressions, reporters, commands; the rule pages are embedded
        // at build time from Rules/*.md.
        .target(
            name: "ArmorKit",
            dependencies: ["ArmorBase", "ArmorSyntax", "ArmorAnalysis", "ArmorRules"],
            plugins: ["RulePagesPlugin"]
        ),
        // Build-time only: Rules/*.md → Swift source with the page texts (for RulePagesPlugin).
        .executableTarget(name: "RulePagesGenerator"),
        .plugin(name: "RulePagesPlugin", capability: .buildTool(), dependencies: ["RulePagesGenerator"]),
        .executableTarget(
            name: "armor",
            dependencies: ["ArmorBase", "ArmorKit"],
            // Linux: one static file (no libc, libstdc++ or Swift runtime at run time), what
            // `swift build -c release` gives pre-commit too; start-up is about 1 ms, a third of
            // a dynamically linked one. Elsewhere a static standard library.
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux])),
                             .unsafeFlags(["-static-stdlib"], .when(platforms: [.macOS]))]
        ),
        .executableTarget(
            name: "armor-bench",
            dependencies: ["ArmorBase", "ArmorSyntax", "ArmorAnalysis", "ArmorKit"]
        ),
        // Helpers every test target may use: the package root, temporary folders, a seeded generator.
        .target(name: "ArmorTestSupport", dependencies: ["ArmorBase"], path: "Tests/ArmorTestSupport"),
        .testTarget(name: "ArmorBaseTests", dependencies: ["ArmorBase", "ArmorTestSupport"]),
        .testTarget(name: "ArmorSyntaxTests", dependencies: ["ArmorSyntax", "ArmorTestSupport"]),
        .testTarget(name: "ArmorAnalysisTests", dependencies: ["ArmorAnalysis", "ArmorTestSupport"]),
        .testTarget(name: "ArmorRulesTests", dependencies: ["ArmorRules", "ArmorTestSupport"]),
        .testTarget(
            name: "ArmorKitTests",
            dependencies: ["ArmorKit", "ArmorTestSupport"],
            // Reporter golden files, the SARIF schema check and the labelled scenarios read from the source tree.
            exclude: ["Output/Snapshots", "Output/validate_sarif.py", "Scenarios/Fixtures", "Lint/RootTemplateFixtures"]
        ),
        // Every file of the shared corpus through the readers, front ends and graphs.
        .testTarget(name: "ArmorCorpusTests", dependencies: ["ArmorAnalysis"]),
    ],
    swiftLanguageModes: [.v6]
)
