/// A frequency distribution drawn as adjacent bars, one per bin, e.g. the hedge's P&L across
/// 10,000 simulated paths.
///
/// Bin `i` spans `binEdges[i]...binEdges[i + 1]` exactly, with no gaps; thin white lines
/// separate neighbouring bars. With ``Normalisation/density`` the bars' total area is 1, so a
/// fitted probability density — a ``Series`` of its values — can share the panel.
public struct Histogram: Sendable, Hashable {
    /// What the bar heights show.
    public enum Normalisation: Sendable, Hashable {
        /// The counts as given.
        case count
        /// Count ÷ (total count × bin width): per x data unit; the bars' area is 1.
        case density
        /// Count ÷ total count: the share of observations in each bin; write the y axis as
        /// ``TickFormat/percent``.
        case fraction
    }

    /// Name shown in the legend; an empty name leaves it out.
    public var name: String
    /// The `counts.count + 1` bin boundaries in the x axis's data units, strictly increasing.
    public var binEdges: [Double]
    /// Observations in each bin, finite and ≥ 0 (weights need not be whole).
    public var counts: [Double]
    /// Bar colour.
    public var colour: ChartColour
    /// Opacity of the bars in 0...1; below 1 for two histograms sharing a panel.
    public var opacity: Double
    /// Whether bars show counts, densities or fractions.
    public var normalisation: Normalisation

    /// A histogram of `counts` over the bins `binEdges` (data units; one more edge than counts,
    /// or rendering throws), drawn in `colour` at `opacity`.
    public init(
        name: String,
        binEdges: [Double],
        counts: [Double],
        colour: ChartColour,
        opacity: Double = 1,
        normalisation: Normalisation = .count
    ) {
        self.name = name
        self.binEdges = binEdges
        self.counts = counts
        self.colour = colour
        self.opacity = opacity
        self.normalisation = normalisation
    }

    /// A histogram of whole-number `counts` over the bins `binEdges` (data units).
    public init(
        name: String,
        binEdges: [Double],
        counts: [Int],
        colour: ChartColour,
        opacity: Double = 1,
        normalisation: Normalisation = .count
    ) {
        self.init(
            name: name, binEdges: binEdges, counts: counts.map(Double.init), colour: colour,
            opacity: opacity, normalisation: normalisation
        )
    }

    /// Bar heights in the y axis's data units, per ``normalisation``; all zero when the
    /// counts sum to zero.
    public var heights: [Double] {
        let total = counts.reduce(0, +)
        switch normalisation {
        case .count:
            return counts
        case .fraction:
            return counts.map { total > 0 ? $0 / total : 0 }
        case .density:
            return counts.indices.map { index in
                let width = index + 1 < binEdges.count ? binEdges[index + 1] - binEdges[index] : 0
                return total > 0 && width > 0 ? counts[index] / (total * width) : 0
            }
        }
    }
}
