import Simulation

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
    /// The calendar date of the last row of an observed path (ISO), when it has dates.
    public var endDate: String?
    /// The calendar date of each row of an observed path (ISO), in order, when it has dates:
    /// the page names the date a hedge stopped at (an early exercise); empty otherwise.
    public var priceDates: [String] = []
    /// Where the hedger's model path comes from, in words ("another path of the same generators,
    /// seed 7"), when the hedger decides on wrong information.
    public var hedgerDescription: String?
    /// True when the premium starts at the market's quote rather than the model's price
    /// (`--start-premium market`, ``HedgeScenario/simulate(model:threads:premiumAtStart:)``).
    public var startsAtMarketPremium = false
    /// The days in the year the run's times are counted in (``YearBasis``).
    public var yearBasis: YearBasis
    /// Every resolved input, in the order of the CLI's table of parameters: the report's
    /// parameter table and `summary.json.parameters` are written from it.
    public var parameters: [Parameter]
    /// True when the run hedges a book given as such (`--leg`, `--shares`): the report shows
    /// its legs and `summary.json` its `position`, even for a book of one leg.
    public var isBook: Bool = false
    /// With a price file, the inputs the file did not give and the run took from the defaults
    /// instead (`implied volatility 60.56%`, `rate 4.31%`), for the page to name; empty otherwise.
    public var priceFileDefaults: [String] = []

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
        priceSource: String? = nil,
        yearBasis: YearBasis = .calendar,
        endDate: String? = nil,
        parameters: [Parameter] = []
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
        self.endDate = endDate
        self.yearBasis = yearBasis
        self.parameters = parameters
    }
}

extension ReportSettings {
    /// One resolved input, as the CLI's descriptor of it describes it.
    public struct Parameter: Sendable, Hashable, Codable {
        /// A resolved value, in the code's units.
        public enum Value: Sendable, Hashable, Codable {
            case number(Double)
            case integer(Int)
            case text(String)
            case list([String])
            case flag(Bool)
        }

        /// The flag that sets it (`--spot`).
        public var flag: String
        /// The row's name in the parameter table; nil when the table does not show it.
        public var label: String?
        /// The value as the table shows it (`4.31%`, `261.4899`).
        public var shown: String
        /// The unit shown beside it; empty for none.
        public var unit: String
        /// The key of `summary.json.parameters`; nil when the summary does not record it.
        public var summaryKey: String?
        public var value: Value

        public init(flag: String, label: String?, shown: String, unit: String, summaryKey: String?, value: Value) {
            self.flag = flag
            self.label = label
            self.shown = shown
            self.unit = unit
            self.summaryKey = summaryKey
            self.value = value
        }
    }
}
