// swift-tools-version: 6.0
import PackageDescription

// armor: a linter and deployment-order validator for Bicep and ARM JSON.
// No third-party packages: the toolchain's own libraries only.
let package = Package(
    name: "armor",
    products: [
        .executable(name: "armor", targets: ["armor"]),
        .library(name: "ArmorKit", targets: ["ArmorKit"]),
    ],
    targets: [
        .target(name: "ArmorKit"),
        .executableTarget(
            name: "armor",
            dependencies: ["ArmorKit"],
            // A static standard library roughly halves start-up, which is most of a one-file lint.
            linkerSettings: [.unsafeFlags(["-static-stdlib"])]
        ),
        .executableTarget(
            name: "armor-bench",
            dependencies: ["ArmorKit"]
        ),
        .testTarget(
            name: "ArmorKitTests",
            dependencies: ["ArmorKit"],
            // Reporter golden files, the SARIF schema check and the labelled scenarios read from the source tree.
            exclude: ["Output/Snapshots", "Output/validate_sarif.py", "Scenarios/Fixtures"]
        ),
        .testTarget(name: "ArmorCorpusTests", dependencies: ["ArmorKit"]),
    ],
    swiftLanguageModes: [.v6]
)
