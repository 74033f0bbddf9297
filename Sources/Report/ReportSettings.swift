/// What the report says about how it was made, beyond the simulation itself.
public struct ReportSettings: Sendable, Hashable, Codable {
    /// Ticker of the underlying share, shown in titles.
    public var ticker: String
    /// Title of the report; a default one names the ticker and the position.
    public var title: String?
    /// Author shown under the title, for coursework.
    public var author: String?
    /// True when the option is priced with the Black–Scholes–Merton closed form (European
    /// exercise) rather than a lattice.
    public var usesClosedForm: Bool
    /// Number of levels of the lattice that prices the option.
    public var latticeSteps: Int
    /// The lattice's method (`crr`, `bbs`, `bbsr`).
    public var latticeMethod: String
    /// The rebalancing interval as the user wrote it (`1d`, `1h`, …).
    public var intervalLabel: String
    /// The market's quoted premium per share, when one is known, to set beside the model's.
    public var marketPremium: Double?
    /// The volatility that reproduces `marketPremium` on the same lattice, per √year.
    public var premiumImpliedVolatility: Double?
    /// The command line that regenerates this report.
    public var command: String
    /// The calendar date of the first row of an observed path (ISO), when it has one.
    public var startDate: String?
    /// The price file the path was read from, when it was.
    public var priceSource: String?

    public init(
        ticker: String,
        title: String? = nil,
        author: String? = nil,
        usesClosedForm: Bool = false,
        latticeSteps: Int,
        latticeMethod: String = "crr",
        intervalLabel: String,
        marketPremium: Double? = nil,
        premiumImpliedVolatility: Double? = nil,
        command: String,
        startDate: String? = nil,
        priceSource: String? = nil
    ) {
        self.ticker = ticker
        self.title = title
        self.author = author
        self.usesClosedForm = usesClosedForm
        self.latticeSteps = latticeSteps
        self.latticeMethod = latticeMethod
        self.intervalLabel = intervalLabel
        self.marketPremium = marketPremium
        self.premiumImpliedVolatility = premiumImpliedVolatility
        self.command = command
        self.startDate = startDate
        self.priceSource = priceSource
    }
}
