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
        .library(name: "Forecasting", targets: ["Forecasting"]),
        .library(name: "Attribution", targets: ["Attribution"]),
        .library(name: "Audit", targets: ["Audit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // LAPACKE + CBLAS from Debian's liblapacke-dev and libopenblas-dev.
        .systemLibrary(name: "CLapack", pkgConfig: "lapacke"),
        .target(name: "LinearAlgebra", dependencies: ["CLapack"]),
        .target(name: "Statistics"),
        .target(name: "Forecasting", dependencies: ["LinearAlgebra", "Statistics", "Randomness"]),
        .target(name: "Dates"),
        .target(name: "Randomness"),
        .target(name: "Parallelism"),
        .target(name: "Attribution", dependencies: ["Dates", "Randomness", "Parallelism"]),
        .target(name: "Tabular"),
        .target(name: "Audit", dependencies: ["Statistics", "LinearAlgebra", "Regression", "Randomness", "Parallelism"]),
        .target(name: "Regression", dependencies: ["LinearAlgebra", "Statistics", "Tabular"]),
        .target(name: "Scorecard", dependencies: ["Tabular", .product(name: "Yams", package: "Yams")]),
        .target(name: "Store", dependencies: ["Dates", "Tabular", .product(name: "GRDB", package: "GRDB.swift"),
                                              .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "Report", dependencies: ["Dates", "Regression", "Scorecard", "Tabular", "Forecasting", "Attribution", "Audit", .product(name: "TextTable", package: "TextTable")]),
        .target(name: "Pipeline", dependencies: ["Store", "Scorecard", "Report", "Forecasting", "Attribution", "Audit", .product(name: "Yams", package: "Yams"),
                                               .product(name: "TextTable", package: "TextTable")]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "Regression", "Scorecard", "Tabular", "Report", "Store", "Pipeline", "SampleData", "Forecasting", "Attribution", "Audit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The sample project of notebooks-data/, which `kpi init` writes out.
        .target(
            name: "SampleData", path: "notebooks-data",
            exclude: ["README.md", "generate_crm.py", "generate_rep_weeks.py", "rep_weeks.csv", "generate_campaigns.py",
                      "generate_marketing.py", "generate_reports.py"],
            sources: ["SampleData.swift"],
            resources: ["kpi.yaml", "scorecard.yaml", "people.csv", "targets.csv", "bookings.csv", "raises.csv",
                        "kpi_values.csv", "campaigns.csv", "marketing_weeks.csv", "reports.csv", "audit_cleared.csv"].map { .copy($0) }),
        // Helpers shared by the test targets (a seeded random generator, a scan of HTML tags).
        .target(name: "TestSupport", dependencies: ["Randomness"], path: "Tests/Support"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TestSupport"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], resources: [.copy("Fixtures")]),
        // yaslab/CSV.swift, which Tabular read files with before, checks Tabular's own reader.
        .testTarget(name: "TabularTests", dependencies: ["Tabular", "TestSupport", .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(name: "RegressionTests", dependencies: ["Regression", "Tabular", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScorecardTests", dependencies: ["Scorecard", "Tabular", "Report"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Dates", "Tabular", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Store", "TestSupport"]),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Statistics", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Regression", "Tabular", "TestSupport"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "Report", "Store", "Tabular", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "KPICommandTests", dependencies: ["kpi", "TestSupport"]),
    ]
)
