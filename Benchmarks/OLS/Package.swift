// swift-tools-version: 6.1
// Speed benchmark of KPIKit's ordinary least squares fits (see ../README.md).
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (lower-cased), so the repository root's
// folder name, whatever the clone is called, is how the products below refer to it.
let kpiKit = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()     // Benchmarks/OLS
    .deletingLastPathComponent()     // Benchmarks
    .deletingLastPathComponent()     // repository root
    .standardizedFileURL.lastPathComponent.lowercased()

let package = Package(
    name: "OLSBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "ols-bench",
            dependencies: [
                .product(name: "LinearAlgebra", package: kpiKit),
                .product(name: "Regression", package: kpiKit),
            ]),
    ]
)
