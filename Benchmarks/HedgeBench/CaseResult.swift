/// The figures of one case after all its rounds.
struct CaseResult {
    var benchmark: BenchmarkCase
    /// The share of the machine's cores that other processes used while the case ran (nil
    /// where it cannot be read).
    var othersShare: Double?
    /// One timing per variant of ours, pooled over the rounds.
    var ours: [Timing]
    var peer: Timing
    var peerLabel: String
    var peerNotes: [String]
    /// Our outputs and the peer's, by name.
    var ourValues: [String: Double]
    var peerValues: [String: Double]

    /// Peer time ÷ our time, medians of the compared variant: how many times faster we are.
    var ratio: Double { peer.median / ours[0].median }

    var meetsTarget: Bool { ratio >= benchmark.target }

    /// The output where ours and the peer's differ most, relative to the peer's value (absolute
    /// below 1e-12 in size), with both values.
    var largestDifference: (name: String, ours: Double, peer: Double, relative: Double)? {
        var worst: (name: String, ours: Double, peer: Double, relative: Double)?
        for (name, peerValue) in peerValues {
            guard let ourValue = ourValues[name] else { continue }
            let relative = abs(ourValue - peerValue) / max(abs(peerValue), 1e-12)
            if worst == nil || relative > worst!.relative {
                worst = (name, ourValue, peerValue, relative)
            }
        }
        return worst
    }
}
