import Foundation

/// The range of one axis and its ticks: what the layout and the painter need of any scale,
/// linear, logarithmic or calendar.
struct TickSet: Sendable, Hashable {
    /// Ends of the axis, in data units.
    var lower: Double
    var upper: Double
    /// Whether positions follow log₁₀ of the value rather than the value.
    var isLogarithmic = false
    /// Labelled tick values in increasing order, in data units.
    var ticks: [Double]
    /// The label of each tick.
    var labels: [String]
    /// Shorter unlabelled ticks between the labelled ones, in data units.
    var minorTicks: [Double] = []

    /// Ticks labelled by `format` as if `step` (data units) apart.
    init(lower: Double, upper: Double, ticks: [Double], step: Double, format: TickFormat) {
        self.lower = lower
        self.upper = upper
        self.ticks = ticks
        self.labels = ticks.map { format.label($0, step: step) }
    }

    /// The ticks of a linear `scale`.
    init(_ scale: NiceScale, format: TickFormat) {
        self.init(lower: scale.lower, upper: scale.upper, ticks: scale.ticks, step: scale.step, format: format)
    }

    /// Ticks on a logarithmic axis, each labelled with just the decimals it needs.
    init(logarithmicFrom lower: Double, to upper: Double, ticks: [Double], minorTicks: [Double], format: TickFormat) {
        self.lower = lower
        self.upper = upper
        self.isLogarithmic = true
        self.ticks = ticks
        self.minorTicks = minorTicks
        self.labels = ticks.map { format.label($0, step: $0) }
    }

    /// `value` in the units positions are linear in: itself, or its log₁₀.
    func transformed(_ value: Double) -> Double {
        isLogarithmic ? log10(value) : value
    }

    /// The inverse of ``transformed(_:)``.
    func untransformed(_ value: Double) -> Double {
        isLogarithmic ? pow(10, value) : value
    }
}
