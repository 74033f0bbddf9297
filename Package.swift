// swift-tools-version: 6.1
import PackageDescription

// Stages depend one way (DESIGN.md §1):
//   Pricing ← Simulation ← Analytics ← Report ← HedgeReportCLI ← hedge-report
//   LatticeKernel ← Pricing   (C: the lattice's rollback loop and the premium-and-Δ grid's
//                              readings in 256-bit AVX where the CPU has it)
//   CCairo ← Charts ← Report
//   Simulation ← MarketData ← HedgeReportCLI   (price files in, price paths out)
let package = Package(
    name: "hedge-report",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hedge-report", targets: ["hedge-report"]),
        .library(name: "HedgeReportCLI", targets: ["HedgeReportCLI"]),
        // The pricing and hedging engine without the report: `import Pricing`, `Simulation`,
        // `Analytics` (README, "Use the engine from Swift"; examples/engine/main.swift).
        .library(name: "HedgeEngine", targets: ["Pricing", "Simulation", "Analytics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // No unsafe flags: SwiftPM refuses them in a package depended on by version. The debug
        // tests stay quick without an optimised Pricing as `make test` runs the end-to-end tests
        // on the release executable.
        .target(name: "LatticeKernel"),
        .target(name: "Pricing", dependencies: ["LatticeKernel"]),
        .target(name: "Simulation", dependencies: ["Pricing"]),
        .target(name: "MarketData", dependencies: ["Simulation", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Analytics", dependencies: ["Pricing", "Simulation"]),
        .target(name: "Charts", dependencies: ["CCairo"]),
        .target(
            name: "Report",
            dependencies: [
                "Pricing", "Simulation", "Analytics", "Charts",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // templates/*.mustache → Swift source in Report at build time, so the executable
        // carries its default templates wherever it is copied.
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        .executableTarget(name: "embed-templates", path: "Plugins/embed-templates"),
        .target(
            name: "HedgeReportCLI",
            dependencies: [
                "Pricing", "Simulation", "MarketData", "Analytics", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(name: "hedge-report", dependencies: ["HedgeReportCLI"]),
        // Speed against peers: `make bench` (Benchmarks/README.md).
        .executableTarget(
            name: "hedge-bench",
            dependencies: ["Pricing", "Simulation", "Analytics"],
            path: "Benchmarks/HedgeBench"
        ),
        // The README's library example, built and run by the tests.
        .executableTarget(
            name: "engine-example",
            dependencies: ["Pricing", "Simulation", "Analytics"],
            path: "examples/engine"
        ),

        .testTarget(name: "PricingTests", dependencies: ["Pricing"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Pricing"]),
        .testTarget(name: "MarketDataTests", dependencies: ["MarketData", "Simulation"]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "Simulation", "Pricing"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Charts", "Analytics", "Simulation", "Pricing"]),
        .testTarget(name: "EndToEndTests", dependencies: ["hedge-report", "engine-example", "Report"]),
        .testTarget(name: "HedgeReportCLITests", dependencies: ["HedgeReportCLI", "Report", "Simulation"]),
    ],
    swiftLanguageModes: [.v6]
)
