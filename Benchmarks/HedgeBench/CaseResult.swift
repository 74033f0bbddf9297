/// The figures of one case after all its rounds.
struct CaseResult {
    /// The peer's side after all rounds.
    struct Peer {
        /// Every round's samples, pooled.
        var timing: Timing
        /// The library and call timed, from the last round's report.
        var label: String
        var notes: [String]
        /// The peer's outputs, from the last round.
        var values: [String: Double]
    }

    var benchmark: BenchmarkCase
    /// The share of the machine's cores that other processes used while the case ran (nil
    /// where it cannot be read).
    var othersShare: Double?
    /// One timing per variant of ours, pooled over the rounds.
    var ours: [Timing]
    /// Nil for a case without a peer.
    var peer: Peer?
    /// Our outputs, by name.
    var ourValues: [String: Double]

    /// Peer time ÷ our time, medians of the compared variant: how many times faster we are
    /// (nil without a peer).
    var ratio: Double? { peer.map { $0.timing.median / ours[0].median } }

    var meetsTarget: Bool {
        benchmark.target.isMet(ours: ours.map(\.median), peer: peer?.timing.median) && meetsLimits
    }

    /// Whether every output with a limit is there and within it.
    var meetsLimits: Bool {
        benchmark.limits.allSatisfy { name, limit in ourValues[name].map { $0 <= limit } ?? false }
    }

    /// The outputs both sides gave, side by side (empty without a peer).
    var outputPairs: [OutputPair] {
        peer.map { OutputPair.matching(ours: ourValues, peer: $0.values) } ?? []
    }
}
