// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KPIKit",
    products: [
        .executable(name: "kpi", targets: ["kpi"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "Statistics", targets: ["Statistics"]),
        .library(name: "Regression", targets: ["Regression"]),
        .library(name: "Tabular", targets: ["Tabular"]),
        .library(name: "Scorecard", targets: ["Scorecard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // LAPACKE + CBLAS from Debian's liblapacke-dev and libopenblas-dev.
        .systemLibrary(name: "CLapack", pkgConfig: "lapacke"),
        .target(name: "LinearAlgebra", dependencies: ["CLapack"]),
        .target(name: "Statistics"),
        .target(name: "Tabular", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Regression", dependencies: ["LinearAlgebra", "Statistics", "Tabular"]),
        .target(name: "Scorecard", dependencies: ["Tabular", .product(name: "Yams", package: "Yams")]),
        .target(name: "Report", dependencies: ["Regression", "Scorecard", "Tabular", .product(name: "TextTable", package: "TextTable")]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "Regression", "Scorecard", "Tabular", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular"]),
        .testTarget(name: "RegressionTests", dependencies: ["Regression", "Tabular"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScorecardTests", dependencies: ["Scorecard", "Tabular", "Report", "kpi"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Regression", "Tabular"]),
        .testTarget(name: "KPICommandTests", dependencies: ["kpi"]),
    ]
)
