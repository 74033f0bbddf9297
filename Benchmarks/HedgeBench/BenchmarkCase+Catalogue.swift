extension BenchmarkCase {
    /// Every case `make bench` runs, in order. To add one, write a `BenchmarkCase+Name.swift`
    /// with its inputs (and, for a comparison, a peer script in `Benchmarks/peers/`), then list
    /// it here.
    static let catalogue: [BenchmarkCase] = [
        .americanPut(),
        .americanPut(
            .course20000, name: "american-put-crr-20000", target: 20,
            ours: Schedule(warmUps: 2, samples: 9, callsPerSample: 4),
            peer: Schedule(warmUps: 1, samples: 3, callsPerSample: 1)
        ),
        .americanPutProcess(),
        .latticeScaling(),
        .blackScholesGrid(),
        .defaultScenario(),
        .defaultMonteCarlo(),
        .hullStudy(),
        .hullStudySharedPaths(),
        .defaultReport(),
        .manyPathsReport(),
        .minuteReport(),
        .volatilityNoiseReport(),
        .compareIntervals(),
        .budgetEstimate(),
    ]
}
