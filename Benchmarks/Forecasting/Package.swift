// swift-tools-version: 6.1
// Accuracy and speed of KPIKit's forecasting methods on every data set in data/ (M3 yearly and
// "other", synthetic monthly and quarterly; see README.md).
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (lower-cased), so the repository root's
// folder name, whatever the clone is called, is how the products below refer to it.
let kpiKit = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()     // Benchmarks/Forecasting
    .deletingLastPathComponent()     // Benchmarks
    .deletingLastPathComponent()     // repository root
    .standardizedFileURL.lastPathComponent.lowercased()

let package = Package(
    name: "ForecastingBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "forecast-bench",
            dependencies: [
                .product(name: "Forecasting", package: kpiKit),
            ]),
    ]
)
