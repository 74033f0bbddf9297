/// An axis: its title (with units), how its values map to length and how ticks are written.
public struct Axis: Sendable, Hashable {
    /// Title shown beside the axis, units included, e.g. "Share price (USD)".
    public var title: String
    /// How tick values are written; ``TickFormat/date(originYear:originMonth:originDay:)``
    /// also puts the ticks on calendar boundaries.
    public var format: TickFormat
    /// Values the axis must include even when no data reaches them (e.g. 0 for P&L).
    public var includes: [Double]
    /// Linear (the default) or logarithmic.
    public var scale: AxisScale
    /// Whether a logarithmic axis shows short unlabelled ticks between its labelled ones
    /// (3, 4, 6… × 10^k); ignored on linear and date axes.
    public var showsMinorTicks: Bool

    /// An axis titled `title` (units included), ticks written per `format`, reaching every
    /// value of `includes` (data units), mapped per `scale`.
    public init(
        title: String,
        format: TickFormat = .number,
        includes: [Double] = [],
        scale: AxisScale = .linear,
        showsMinorTicks: Bool = true
    ) {
        self.title = title
        self.format = format
        self.includes = includes
        self.scale = scale
        self.showsMinorTicks = showsMinorTicks
    }
}

/// How data values map to length along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal differences take equal lengths.
    case linear
    /// Equal ratios take equal lengths (base 10). Every value drawn against the axis must be
    /// positive, or rendering throws a ``ChartError`` naming the offending series. Ticks sit
    /// at 1, 2 and 5 × 10^k, or at powers of ten only when the range spans many decades.
    case logarithmic
}

/// How a tick value is written.
public enum TickFormat: Sendable, Hashable {
    /// Plain number with as many decimals as the tick step needs, thousands separated.
    case number
    /// US dollars: `$1,250`, `−$40`, with as many decimals as the tick step needs.
    case currency
    /// A fraction shown as a percentage: 0.25 → `25%`.
    case percent
    /// A calendar date, the value being days since the origin (proleptic Gregorian calendar,
    /// fractions of a day ignored): ticks fall on round dates — days, Mondays, month starts,
    /// every 2, 3 or 6 months, years — and read `Jun 16`, `Jul 2019` or `2019` by the spacing.
    /// A date axis is always linear.
    case date(originYear: Int, originMonth: Int, originDay: Int)
}
