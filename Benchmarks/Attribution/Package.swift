// swift-tools-version: 6.1
// Speed and accuracy of KPIKit's marketing-mix fit (see ../README.md and compare.sh).
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (lower-cased), so the repository root's
// folder name, whatever the clone is called, is how the products below refer to it.
let kpiKit = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()     // Benchmarks/Attribution
    .deletingLastPathComponent()     // Benchmarks
    .deletingLastPathComponent()     // repository root
    .standardizedFileURL.lastPathComponent.lowercased()

let package = Package(
    name: "AttributionBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "mmm-bench",
            dependencies: [
                .product(name: "Attribution", package: kpiKit),
                .product(name: "Tabular", package: kpiKit),
            ]),
    ]
)
