/// One named comparison: the same work done by our code and by a peer library, timed back to
/// back in the same run so that their ratio means something on a busy machine.
struct BenchmarkCase: Sendable {
    /// Short name for `--case` and the summary table, e.g. `american-put-crr`.
    var name: String
    /// One line saying what is computed.
    var title: String
    /// What exactly each timed call does, on both sides, and what is left out of the timing.
    var timed: String
    /// Our side: the first variant is the one compared with the peer; any others are shown
    /// for context (e.g. the same work on one thread).
    var ours: [OurVariant]
    /// The peer's side.
    var peer: PeerScript
    /// The speed-up (peer time ÷ our time) the project aims for.
    var target: Double
    /// Evaluations per call, to show a throughput next to the time (nil: time only).
    var evaluationsPerCall: Int?
    /// The outputs to compare with the peer's, computed outside the timing.
    var values: @Sendable () throws -> [String: Double]
}

/// One way our code does a case's work.
struct OurVariant: Sendable {
    /// What is called, e.g. `BinomialLatticeModel(steps: 1000).price(of:in:)`.
    var label: String
    var schedule: Schedule
    /// One call of the timed work; returns a number from its result, summed into a checksum.
    var call: @Sendable () throws -> Double
}

/// How many times a side is called: untimed warm-up batches, then timed samples, each a batch
/// of calls (so a sub-millisecond call is not timed alone).
struct Schedule: Sendable, Codable {
    var warmUps: Int
    var samples: Int
    var callsPerSample: Int

    /// A short version for `--quick`: enough to see that everything runs.
    var quick: Schedule {
        Schedule(warmUps: 1, samples: min(samples, 3), callsPerSample: max(1, callsPerSample / 4))
    }
}
