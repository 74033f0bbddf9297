extension BenchmarkCase {
    /// Every case `make bench` runs, in order. To add one, write a `BenchmarkCase+Name.swift`
    /// with its inputs (and, for a comparison, a peer script in `Benchmarks/peers/`), then list
    /// it here.
    static let catalogue: [BenchmarkCase] = [
        .americanPut(),
        .blackScholesGrid(),
        .defaultScenario(),
        .defaultMonteCarlo(),
        .hullStudy(),
        .hullStudySharedPaths(),
        .defaultReport(),
        .volatilityNoiseReport(),
    ]
}
