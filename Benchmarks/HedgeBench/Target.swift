/// What a case's compared variant of ours must achieve.
enum Target: Sendable {
    /// The peer's median time ÷ ours at least this: we are this many times faster.
    case speedUp(Double)
    /// Our median wall-clock time per call at most this many seconds: for work no peer
    /// library does, held to what the project promises its users (an issue's budget).
    case budget(seconds: Double)
    /// Our first variant's median at most this many times our second's: the cost of a feature
    /// against the same run of ours without it, both timed in the same run (issue 11:
    /// `--iv-spread` at most 3× the report without it).
    case slowdown(atMost: Double)
    /// None of its own: a comparison shown beside a case that has one, e.g. the peer running
    /// the same algorithm as ours where the target case's peer runs the plain one.
    case context

    /// Whether the target can only be judged beside a peer's time.
    var needsPeer: Bool {
        switch self {
        case .speedUp, .context: true
        case .budget, .slowdown: false
        }
    }

    /// The target as the summary table shows it: `≥ 5×` or `≤ 50 ms`.
    var label: String {
        switch self {
        case let .speedUp(ratio): "≥ \(ResultPrinter.number(ratio))×"
        case let .budget(seconds): "≤ \(ResultPrinter.duration(seconds))"
        case let .slowdown(ratio): "≤ \(ResultPrinter.number(ratio))× line 2"
        case .context: "context"
        }
    }

    /// Whether `ours` (median seconds per call of each variant) meets the target, given the
    /// peer's median when there is a peer.
    func isMet(ours: [Double], peer: Double?) -> Bool {
        switch self {
        case let .speedUp(ratio): peer.map { $0 / ours[0] >= ratio } ?? false
        case let .budget(seconds): ours[0] <= seconds
        case let .slowdown(ratio): ours.count > 1 && ours[0] <= ratio * ours[1]
        case .context: true
        }
    }
}
