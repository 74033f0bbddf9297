/// One named measurement of our code: either the same work done by our code and by a peer
/// library, timed back to back in the same run so that their ratio means something on a busy
/// machine, or our work alone against an absolute budget when no library does what it does.
struct BenchmarkCase: Sendable {
    /// Short name for `--case` and the summary table, e.g. `american-put-crr`.
    var name: String
    /// One line saying what is computed.
    var title: String
    /// What exactly each timed call does, on both sides, and what is left out of the timing.
    var timed: String
    /// Our side: the first variant is the one held to the target; any others are shown for
    /// context (e.g. the same work on one thread).
    var ours: [OurVariant]
    /// The peer's side; nil when no library does the same work (the target is then a budget).
    var peer: PeerScript?
    /// What the first variant must achieve.
    var target: Target
    /// How our outputs are held against the peer's.
    var agreement: Agreement
    /// Evaluations per call, to show a throughput next to the time (nil: time only).
    var evaluationsPerCall: Int?
    /// Lines derived from the medians of our variants, in seconds and in variant order (e.g.
    /// where a pipeline's time goes, by difference); nil for none.
    var breakdown: (@Sendable (_ medians: [Double]) -> [String])?
    /// Our outputs, computed outside the timing: compared with the peer's by name, or printed
    /// as the case's figures when there is no peer.
    var values: @Sendable () throws -> [String: Double]
    /// Most each named output of ``values`` may be (e.g. a file's size), part of the target:
    /// a case whose output is missing or above its limit misses it.
    var limits: [String: Double]

    init(
        name: String, title: String, timed: String, ours: [OurVariant], peer: PeerScript?, target: Target,
        agreement: Agreement = .largestRelative, evaluationsPerCall: Int? = nil,
        breakdown: (@Sendable ([Double]) -> [String])? = nil, limits: [String: Double] = [:],
        values: @escaping @Sendable () throws -> [String: Double]
    ) {
        precondition(peer != nil || !target.needsPeer, "case \(name): a speed-up target needs a peer")
        self.name = name
        self.title = title
        self.timed = timed
        self.ours = ours
        self.peer = peer
        self.target = target
        self.agreement = agreement
        self.evaluationsPerCall = evaluationsPerCall
        self.breakdown = breakdown
        self.values = values
        self.limits = limits
    }
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
