// swift-tools-version: 6.1
import PackageDescription

// Stages depend one way (DESIGN.md §1):
//   Pricing ← Simulation ← Analytics ← Report ← HedgeReportCLI ← hedge-report
//   CCairo ← Charts ← Report
let package = Package(
    name: "hedge-report",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hedge-report", targets: ["hedge-report"]),
        .library(name: "HedgeReportCLI", targets: ["HedgeReportCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .target(name: "Pricing"),
        .target(name: "Simulation", dependencies: ["Pricing"]),
        .target(name: "Analytics", dependencies: ["Pricing", "Simulation"]),
        .target(name: "Charts", dependencies: ["CCairo"]),
        .target(
            name: "Report",
            dependencies: [
                "Pricing", "Simulation", "Analytics", "Charts",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "HedgeReportCLI",
            dependencies: [
                "Pricing", "Simulation", "Analytics", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hedge-report", dependencies: ["HedgeReportCLI"]),

        .testTarget(name: "PricingTests", dependencies: ["Pricing"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Pricing"]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "Simulation", "Pricing"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Charts", "Analytics", "Simulation", "Pricing"]),
        .testTarget(name: "EndToEndTests", dependencies: ["hedge-report"]),
    ],
    swiftLanguageModes: [.v6]
)
