import Foundation

/// How a case's outputs are held against the peer's.
enum Agreement: Sendable {
    /// Show the output where the two sides differ most, relative to the peer's value: for
    /// deterministic work that both sides should do to many digits.
    case largestRelative
    /// Show every output side by side with its difference, and whether every difference is
    /// within `absolute`: for Monte Carlo figures, which differ by the two sides' noise.
    case eachWithin(absolute: Double)
}

/// One output computed by both sides.
struct OutputPair {
    var name: String
    var ours: Double
    var peer: Double

    /// |ours − peer| ÷ |peer| (|peer| taken as at least 1e-12).
    var relative: Double { abs(ours - peer) / max(abs(peer), 1e-12) }

    /// The outputs both sides gave, in natural order of their names (`N=5` before `N=10`).
    static func matching(ours: [String: Double], peer: [String: Double]) -> [OutputPair] {
        peer.compactMap { name, value in ours[name].map { OutputPair(name: name, ours: $0, peer: value) } }
            .sorted { $0.name.compare($1.name, options: .numeric) == .orderedAscending }
    }
}
