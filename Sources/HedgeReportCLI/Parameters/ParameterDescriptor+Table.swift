import Pricing
import Simulation

extension ParameterDescriptor {
    /// Every parameter, in the order the help, the regenerating command and the report's table
    /// list them. Fixed defaults are written from the values the code uses (the course's
    /// contract, ``HedgeScenario/course``), never retyped.
    static let table: [ParameterDescriptor] = [
        // The option and its market (`report` and `price`).
        .init(key: .ticker, kind: .text(maxLength: 32), defaultValue: .value("TSLA"), allowedWords: .words("1 to 32 characters"),
              help: "Ticker of the underlying share, shown in the report.", label: "Underlying", summaryKey: "ticker"),
        .init(key: .type, kind: .choice(Payoffs.self), defaultValue: .value(course.contract.payoff.name),
              help: "Option type: \(listed(Payoffs.names)).", label: "Option type", summaryKey: "optionType"),
        .init(key: .payout, kind: .number(1e-6...1e9),
              defaultValue: .rule("\(written(PayoffTerms.standard.payout)) for a type that pays a fixed amount (\(listed(Payoffs.names.filter { Payoffs.payoff(named: $0)?.payout != nil }))); not read otherwise"),
              allowedWords: .words("an amount in USD per share > 0 and at most 1e9"), unit: "USD per share",
              help: "Cash per share a fixed-payout type pays when it expires in the money, USD per share.",
              label: "Payout", summaryKey: "payout"),
        .init(key: .style, kind: .choice(ExerciseStyle.self), defaultValue: .value(course.contract.style.rawValue, otherwise: "european for a digital, which no lattice prices with early exercise"),
              help: "Exercise style: \(ExerciseStyle.explainedChoices).",
              label: "Exercise style", summaryKey: "exerciseStyle"),
        .init(key: .position, kind: .choice(PositionSide.self), defaultValue: .value(course.position.side.rawValue),
              help: "Position: \(PositionSide.explainedChoices).",
              label: "Position", summaryKey: "position"),
        .init(key: .contracts, kind: .integer(1...100_000), defaultValue: .value(String(course.position.contracts)),
              unit: "contracts of \(Int(course.contract.sharesPerContract)) shares",
              help: "Number of contracts of 100 shares each.", label: "Contracts", summaryKey: "contracts"),
        .init(key: .spot, kind: .number(1e-6...1e9), defaultValue: .value(written(course.market.spot), otherwise: "with --prices, the file's first price"),
              allowedWords: .words("a price in USD > 0 and at most 1e9"), unit: "USD per share", help: "Share price at the start, USD per share.",
              label: "Spot S₀", summaryKey: "spot"),
        .init(key: .strike, kind: .number(1e-6...1e9),
              defaultValue: .value(written(course.contract.strike), otherwise: "with --prices, the file's first price rounded to the dollar from $10, to the cent from $0.10, otherwise to two significant digits (at the money, never 0)"),
              allowedWords: .words("a price in USD > 0 and at most 1e9"), unit: "USD per share", help: "Strike price, USD per share.",
              label: "Strike K", summaryKey: "strike"),
        .init(key: .rate, kind: .number(-1...1), defaultValue: .value(written(course.market.rate)), allowedWords: .range(of: "a rate per year"),
              unit: "per year, continuously compounded", help: "Risk-free rate, per year, continuously compounded (0.0431 = 4.31%).",
              label: "Risk-free rate r", summaryKey: "rate", display: .percent(decimals: 2)),
        .init(key: .dividendYield, kind: .number(-1...1), defaultValue: .value(written(course.market.dividendYield)),
              allowedWords: .range(of: "a yield per year"), unit: "per year, continuously compounded",
              help: "Dividend yield, per year, continuously compounded.", label: "Dividend yield q", summaryKey: "dividendYield",
              display: .percent(decimals: 2)),
        .init(key: .vol, kind: .number(1e-4...10),
              defaultValue: .value(written(course.market.volatility), otherwise: "implied from --premium when that is given; with --prices, the file's first iv"),
              allowedWords: .range(of: "a volatility per √year"), unit: "per √year", help: "Implied volatility, per √year (0.6056214 = 60.56%).",
              label: "Implied volatility σ", summaryKey: "impliedVolatility", display: .percent(decimals: 4)),
        .init(key: .premium, kind: .number(1e-9...1e9),
              defaultValue: .rule("the course's mid quote, \(written(HedgeScenario.courseMarketPremium)), for the course's contract; none otherwise"),
              allowedWords: .words("a price in USD > 0"), unit: "USD per share",
              help: "Market premium, USD per share. Without --vol, the volatility is implied from it; with --vol, it is shown beside the model's price.",
              label: "Market premium", summaryKey: "marketPremium"),
        .init(key: .days, kind: .number(1e-6...10_950),
              defaultValue: .value(written(HedgeScenario.courseDaysToExpiry), otherwise: "with --prices, the file's span"),
              allowedWords: .words("a number of calendar days > 0 and at most 10950"), unit: "calendar days (ACT/365)",
              help: "Calendar days to expiry (ACT/365).", label: "Time to expiry", summaryKey: "daysToExpiry"),
        .init(key: .years, kind: .number(1e-9...30), defaultValue: .rule("--days ÷ 365"), allowedWords: .words("a number of years > 0 and at most 30"),
              unit: "years", help: "Years to expiry, instead of --days.", label: nil, summaryKey: "yearsToExpiry"),
        .init(key: .latticeSteps, kind: .integer(1...BinomialLatticeModel.maximumSteps), defaultValue: .value(String(HedgeScenario.courseLatticeSteps)),
              unit: "levels",
              help: "Levels of the binomial lattice that prices an American option (at least 2 for bbs, 4 for bbsr).",
              label: "Lattice levels", summaryKey: "latticeSteps"),
        .init(key: .latticeMethod, kind: .choice(LatticeMethod.self), defaultValue: .value(LatticeMethod.crr.rawValue),
              help: "Lattice: \(LatticeMethod.explainedChoices).",
              label: "Lattice method", summaryKey: "latticeMethod"),

        // The simulation (`report`).
        .init(key: .prices, kind: .text(maxLength: 4096), defaultValue: .rule("a simulated path"),
              help: "CSV of observed prices (a date or t column, a close or price column, optional iv); Yahoo and Nasdaq exports are read as they come. Replaces the simulated path: the first row is the start, its price the spot.",
              label: "Price file", summaryKey: nil),
        .init(key: .from, kind: .date, defaultValue: .rule("the file's first date"),
              help: "First day of the window of --prices to hedge over: the window's first row is the start, its price the spot.",
              label: "Window from", summaryKey: "from"),
        .init(key: .to, kind: .date, defaultValue: .rule("the file's last date"),
              help: "Last day of the window of --prices; without --days or --years the option expires on the window's last row.",
              label: "Window to", summaryKey: "to"),
        .init(key: .drift, kind: .number(-10...10), defaultValue: .rule("the rate"), allowedWords: .range(of: "a drift per year"),
              unit: "per year, continuously compounded", help: "Real-world drift of the simulated share price, per year, continuously compounded.",
              label: "Drift μ", summaryKey: "drift", display: .percent(decimals: 2)),
        .init(key: .realizedVol, kind: .number(0...10), defaultValue: .rule("the implied volatility"),
              allowedWords: .range(of: "a volatility per √year"), unit: "per √year",
              help: "Realized volatility of the simulated share price, per √year.", label: "Realized volatility",
              summaryKey: "realizedVolatility", display: .percent(decimals: 4)),
        .init(key: .interval, kind: .duration, defaultValue: .value("1d"), allowedWords: .words("a positive number followed by m, h, d or w (e.g. 1d, 30m)"),
              help: "Rebalancing interval: N followed by m (minute, 1/390 of a trading day), h (1/6.5 day), d (calendar day; a trading day with --year-basis 252) or w (week).",
              label: "Rebalancing interval", summaryKey: "interval"),
        .init(key: .horizon, kind: .duration, defaultValue: .rule("to expiry"), allowedWords: .words("a positive number followed by m, h, d or w (e.g. 120m, 30d)"),
              help: "How far to simulate, in the same units as --interval (e.g. 120m).", label: nil, summaryKey: nil),
        .init(key: .shockInterval, kind: .duration, defaultValue: .rule("the rebalancing interval"),
              allowedWords: .words("a positive number followed by m, h, d or w, at most --interval (e.g. 1d)"),
              help: "Draw GBM or Merton paths on this finer grid and read them at the rebalancing dates, so runs at different intervals hedge the same market (compare sets it).",
              label: "Paths drawn every", summaryKey: "shockInterval"),
        .init(key: .estimators, kind: .list, defaultValue: .value(HedgeEstimator.allCases.map(\.rawValue).joined(separator: ",")),
              allowedWords: .words("a list of \(HedgeEstimator.allCases.map(\.rawValue).joined(separator: ", "))"),
              help: "Share-balance estimators to compare, comma separated.", label: "Estimators", summaryKey: "estimators"),
        .init(key: .initialShares, kind: .number(-1e9...1e9), defaultValue: .rule("delta-neutral, −m·Δ(0)"),
              allowedWords: .range(of: "a number of shares"), unit: "shares", help: "Shares held at the start.",
              label: "Initial shares n₀", summaryKey: "initialShares"),
        .init(key: .leg, kind: .specs, defaultValue: .rule("one leg, the option of the flags above"),
              help: "An option leg of the book, repeatable (e.g. type=call,strike=315,position=short,vol=0.4872): keys are the option flags' names; a key left out takes that flag's value. Each leg needs a strike, in the leg or from --strike. The simulation ends at the earliest expiry.",
              label: "Legs", summaryKey: "legs"),
        .init(key: .shares, kind: .number(-1e9...1e9), defaultValue: .rule("none"), allowedWords: .range(of: "a number of shares"),
              unit: "shares", help: "Shares of the underlying held as part of the position (negative = short), hedged with it: 100 for a covered call.",
              label: "Shares in the book", summaryKey: "shares"),
        .init(key: .hedgeWith, kind: .specs, defaultValue: .rule("shares only"),
              help: "An option the hedger trades besides shares (e.g. type=call,strike=270,days=90), once or twice: with one the hedge is Δ- and Γ-neutral at every rebalancing, with two Δ-, Γ- and vega-neutral (two whose vega ÷ Γ differ by less than a tenth of their mean, as for options of one expiry under Black–Scholes, are refused), and the report compares it with the shares-only hedge. Keys as for --leg, without position and contracts; it must not expire before the horizon.",
              label: "Hedge options", summaryKey: "hedgeWith"),
        .init(key: .seed, kind: .integer(0...Int.max), defaultValue: .value(String(course.dynamics.seed)),
              help: "Seed of the simulated path (same seed, same path).", label: "Seed", summaryKey: "seed"),
        .init(key: .pathModel, kind: .choice(PathModelID.self), defaultValue: .value(PathModelID.gbm.rawValue),
              help: "How the simulated share moves: " + listed(PathModels.all.map { "\($0.id) (\($0.help))" }) + ". Merton keeps the variance of ln S over the option's life at the realized volatility's, as GBM's; Heston keeps the expected integrated variance E∫v dt at GBM's σ²T, not the variance of ln S_T (which moves with the variance's own randomness and its correlation with the share).",
              label: "Path model", summaryKey: "pathModel"),
        .init(key: .up, kind: .number(1.000_000_001...100), defaultValue: .rule("e^(σ√dt) with the realized volatility"),
              allowedWords: .words("a factor > 1 and at most 100"), unit: "per interval", help: "Binomial walk: factor of an up move, > 1.",
              label: nil, summaryKey: nil),
        .init(key: .down, kind: .number(1e-9...0.999_999_999), defaultValue: .rule("1/up"), allowedWords: .words("a factor between 0 and 1"),
              unit: "per interval", help: "Binomial walk: factor of a down move, between 0 and 1.", label: nil, summaryKey: nil),
        .init(key: .upProbability, kind: .number(0...1), defaultValue: .rule("(e^(μ·dt) − down)/(up − down), matching the drift"),
              allowedWords: .range(of: "a probability"), help: "Binomial walk: probability of an up move.", label: nil, summaryKey: nil),
        .init(key: .jumpIntensity, kind: .number(0...1_000), defaultValue: .value(written(MertonJumps.standard.intensity)),
              allowedWords: .range(of: "a number of jumps per year"), unit: "jumps per year",
              help: "Merton: expected number of jumps per year, λ. The diffusion's volatility is what the jumps leave of the realized volatility, √(σ² − λ(μJ² + δJ²)), so ln S has GBM's variance.",
              label: "Jump intensity λ", summaryKey: "jumpIntensity"),
        .init(key: .jumpMean, kind: .number(-5...5), defaultValue: .value(written(MertonJumps.standard.mean)),
              allowedWords: .range(of: "a mean log jump"), unit: "ln J", help: "Merton: mean of the log jump ln J, μJ (−0.1 ≈ a 10% fall).",
              label: "Mean log jump μJ", summaryKey: "jumpMean"),
        .init(key: .jumpStd, kind: .number(0...5), defaultValue: .value(written(MertonJumps.standard.standardDeviation)),
              allowedWords: .range(of: "a standard deviation of the log jump"), unit: "ln J",
              help: "Merton: standard deviation of the log jump ln J, δJ.", label: "Std. dev. of log jump δJ", summaryKey: "jumpStd"),
        .init(key: .hestonKappa, kind: .number(0.001...1_000), defaultValue: .value(written(HestonVariance.standardKappa)),
              allowedWords: .range(of: "a rate per year"), unit: "per year",
              help: "Heston: speed κ at which the variance reverts to θ, per year.", label: "Heston κ", summaryKey: "hestonKappa"),
        .init(key: .hestonTheta, kind: .number(0...10), defaultValue: .rule("the realized volatility squared, so the variance expected over the option's life is GBM's"),
              allowedWords: .range(of: "a variance per year"), unit: "variance per year",
              help: "Heston: long-run variance θ, per year. Given with --heston-v0 or alone, it sets the realized volatility to √(variance expected over the option's life).",
              label: "Heston θ", summaryKey: "hestonTheta"),
        .init(key: .hestonXi, kind: .number(0...10), defaultValue: .value(written(HestonVariance.standardXi)),
              allowedWords: .range(of: "a volatility of variance"), unit: "per √year",
              help: "Heston: volatility of the variance ξ. When 2κθ < ξ² (Feller's condition fails) the variance can reach 0; the run goes on and the report says so.",
              label: "Heston ξ", summaryKey: "hestonXi"),
        .init(key: .hestonRho, kind: .number(-1...1), defaultValue: .value(written(HestonVariance.standardRho)),
              allowedWords: .range(of: "a correlation"),
              help: "Heston: correlation ρ of the share's and the variance's Brownian motions.", label: "Heston ρ", summaryKey: "hestonRho"),
        .init(key: .hestonV0, kind: .number(0...10), defaultValue: .rule("the realized volatility squared"),
              allowedWords: .range(of: "a variance per year"), unit: "variance per year",
              help: "Heston: variance v₀ at the start, per year.", label: "Heston v₀", summaryKey: "hestonV0"),
        .init(key: .ivSpread, kind: .number(0...2), defaultValue: .value("0"), allowedWords: .range(of: "a spread per √year"),
              unit: "per √year, std. dev. per date",
              help: "Spread of the implied volatility around --vol at each date, per √year (0.02 = 2 points); 0 keeps it constant.",
              label: "Implied volatility noise", summaryKey: "ivSpread", display: .percent(decimals: 2)),
        .init(key: .costBps, kind: .number(0...10_000), defaultValue: .value("0"), allowedWords: .range(of: "basis points"),
              unit: "basis points of traded value", help: "Transaction cost of the textbook hedge's trades, basis points of the traded value.",
              label: "Transaction cost", summaryKey: "costBasisPoints"),
        .init(key: .feePerTrade, kind: .number(0...1e6), defaultValue: .value("0"), allowedWords: .range(of: "USD"),
              unit: "USD per trade", help: "Fixed fee per rebalancing trade of the textbook hedge, USD.", label: "Fee per trade",
              summaryKey: "feePerTrade"),
        .init(key: .rebalance, kind: .choice(RebalancingRule.Name.self),
              defaultValue: .rule("\(CalendarRule.name), \(CalendarRule.help)"),
              help: "When the textbook hedge trades: " + listed(RebalancingRules.all.map { "\($0.name) (\($0.help))" }) + ".",
              label: "Rebalancing rule", summaryKey: "rebalance"),
        .init(key: .band, kind: .number(0...1e9), defaultValue: .rule("\(written(100 * BandRule.defaultFraction))% of the position's shares-equivalent, \(written(BandRule.defaultBand(multiplier: Double(course.contract.sharesPerContract)))) shares per contract"),
              allowedWords: .range(of: "a number of shares"), unit: "shares",
              help: "With --rebalance band: how far the holding may stray from −m·Δ before the hedge trades back to it, shares.",
              label: "Band", summaryKey: "bandShares"),
        .init(key: .riskAversion, kind: .number(Double.leastNormalMagnitude...1e9), defaultValue: .rule("\(written(WhalleyWilmottRule.defaultRiskAversion)) per USD"),
              allowedWords: .words("a risk aversion per USD > 0 and at most 1e9"), unit: "per USD, the whole position's",
              help: "With --rebalance whalley-wilmott: the hedger's absolute risk aversion γ over the whole position, per USD, in the band's half-width (3·e^(−r(T−t))·c·S·(m·Γ)²/(2γ))^(1/3) shares (Whalley & Wilmott 1997); larger is a narrower band.",
              label: "Risk aversion γ", summaryKey: "riskAversion"),
        .init(key: .exercise, kind: .choice(ExercisePolicy.self), defaultValue: .value(ExercisePolicy.exercise.rawValue),
              help: "American option when exercising is optimal: \(ExercisePolicy.explainedChoices).",
              label: "Early exercise", summaryKey: "exercise"),
        .init(key: .hedgeVol, kind: .text(maxLength: 32), defaultValue: .rule("implied, each date's implied volatility"),
              allowedWords: .words("implied, realized or a volatility per √year > 0 and at most 10"), unit: "per √year",
              help: "Volatility of the Δ the textbook hedge trades: implied (each date's implied volatility), realized (the path's: --realized-vol, or a price file's realized volatility over the run) or a number per √year; the option is still marked at the implied volatility. One option only; not with --rebalance leland.",
              label: "Hedging volatility", summaryKey: "hedgeVolatility"),
        .init(key: .paths, kind: .integer(0...1_000_000), defaultValue: .value("1000", otherwise: "0 with --prices"),
              allowedWords: .range(of: "a whole number of paths"), unit: "paths per batch",
              help: "Monte Carlo paths per batch of the study (0 skips it).", label: "Monte Carlo paths", summaryKey: nil),
        .init(key: .sweep, kind: .list,
              defaultValue: .rule(
                  "\(listed(ParameterDefaults.sweepMultiples.map(written), and: true)) × the run's own number of rebalances over the horizon "
                      + "(\(ParameterDefaults.sweep(rebalances: courseRebalances, doubling: false).map(String.init).joined(separator: ",")) for the default run); "
                      + "for a binomial walk a tenth of it doubled five times"
              ),
              allowedWords: .words("whole numbers of rebalances \(Kind.integer(ParameterDefaults.sweepRebalances).rangeWords), or none"), unit: "rebalances",
              help: "Numbers of rebalances over the simulated horizon that the frequency sweep compares, comma separated; 'none' skips the sweep.",
              label: "Frequency sweep", summaryKey: nil),
        .init(key: .mismatchVols, kind: .list,
              defaultValue: .rule("\(listed(ParameterDefaults.mismatchMultiples.map(written), and: true)) × the implied volatility, and the realized volatility"),
              allowedWords: .words("volatilities per √year \(Kind.number(ParameterDefaults.mismatchVolatilities).rangeWords), or none"), unit: "per √year",
              help: "Realized volatilities (per √year, comma separated) to hedge against at the implied volatility; 'none' skips.",
              label: "Mismatch volatilities", summaryKey: nil),
        .init(key: .yearBasis, kind: .choice(YearBasis.self),
              defaultValue: .rule("\(ParameterDefaults.yearBasis.choiceName), a day is a calendar day"), unit: "days a year",
              help: "Days in the year that intervals and a price file's dates are counted in: \(YearBasis.explainedChoices). --days stays calendar days ÷ 365.",
              label: "Year basis", summaryKey: "yearBasis"),
        .init(key: .startPremium, kind: .choice(StartPremium.self), defaultValue: .rule("\(ParameterDefaults.startPremium.choiceName), the model's price"),
              help: "Premium at the start: \(StartPremium.explainedChoices).",
              label: "Starting premium", summaryKey: "startPremium"),
        .init(key: .fitPrices, kind: .text(maxLength: 4096), defaultValue: .rule("none; the walk's factors come from --up, --down, --up-probability or the volatility"),
              unit: "u = e^(mean up log return), d = e^(mean down log return), p = share of up moves; one row to the next is one step",
              help: "Fit the binomial walk to this price file as the course does from minute data: u = exp(mean up log return), d = exp(mean down log return), p = share of up moves, each row to the next one step (unchanged prices left out). Implies --path-model binomial; the factors apply per --interval.",
              label: "Walk fitted to", summaryKey: "fitPrices"),
        // What the hedger knows (DESIGN.md §2.8).
        .init(key: .hedgerSeed, kind: .integer(0...Int.max), defaultValue: .rule("none (perfect information); with --hedger-correlation alone, --seed + \(ParameterDefaults.hedgerSeedOffset)"),
              help: "The hedger decides from another path of the same generators, drawn from this seed, while the position lives on the true path.",
              label: "Hedger's seed", summaryKey: "hedgerSeed"),
        .init(key: .hedgerPrices, kind: .text(maxLength: 4096), defaultValue: .rule("none (perfect information)"),
              help: "The hedger decides from this price file's path (the same dates as --prices) while the position lives on --prices.",
              label: "Hedger's price file", summaryKey: "hedgerPrices"),
        .init(key: .hedgerCorrelation, kind: .number(-1...1), defaultValue: .rule("0 with --hedger-seed (independent draws)"),
              allowedWords: .range(of: "a correlation"),
              help: "Correlation of the hedger's normal draws with the true path's (gbm): Z_model = ρ·Z_true + √(1 − ρ²)·Z_indep.",
              label: "Hedger's correlation ρ", summaryKey: "hedgerCorrelation"),

        // The report's files and how the run is shown.
        .init(key: .templates, kind: .text(maxLength: 4096), defaultValue: .rule("the templates that come with hedge-report"),
              help: "Folder of Mustache templates (report.mustache and its partials).",
              label: nil, summaryKey: nil),
        .init(key: .png, kind: .flag, defaultValue: .none,
              help: "Also write each chart as a PNG at 2× into charts/.", label: nil, summaryKey: nil),
        .init(key: .title, kind: .text(maxLength: 500), defaultValue: .rule("one naming the position"),
              help: "Title shown in the report's header.", label: nil, summaryKey: nil),
        .init(key: .author, kind: .text(maxLength: 500), defaultValue: .none,
              help: "Author shown under the title, for coursework.", label: nil, summaryKey: nil),
        .init(key: .quiet, kind: .flag, defaultValue: .none, help: "Print nothing but errors.",
              label: nil, summaryKey: nil),
        .init(key: .open, kind: .flag, defaultValue: .none,
              help: "Open the report in the default browser when it is written.", label: nil, summaryKey: nil),
        // Last, so that the regenerating command ends with where it writes.
        .init(key: .output, kind: .text(maxLength: 4096), defaultValue: .value("output"),
              help: "Folder to write the report into; created if missing.", label: nil, summaryKey: nil),
    ]

    /// The rows by key.
    static let byKey: [ParameterKey: ParameterDescriptor] = Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0) })

    private static var course: HedgeScenario { .course }

    /// The course's number of rebalances to expiry: daily over 60.5 days.
    private static var courseRebalances: Double { course.hedge.schedule.horizon / course.hedge.schedule.interval }

    /// Names as a reader lists them: "a", "a or b", "a, b or c" (or "a, b and c" for all of them).
    static func listed(_ names: [String], and: Bool = false) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (and ? " and " : " or ") + last
    }

    /// A number as a user would write it: the shortest decimal that reads back as the same
    /// `Double` (Swift's `description`), without a trailing `.0`.
    static func written(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A number the run derived rather than read, as the report shows it: rounded to
    /// `significantDigits` (12 by default) and then written (``written(_:)``), so 0.5 × 0.075
    /// reads 0.0375, not 0.037500000000000006. Read back it may differ from the value (by less
    /// than 5e-13 of it): a command that must reproduce the run to the bit leaves it out.
    static func rounded(_ value: Double, significantDigits: Int = 12) -> String {
        guard value.isFinite, value != 0 else { return written(value) }
        return written(Double(String(format: "%.\(significantDigits)g", value)) ?? value)
    }
}

private extension HedgeScenario {
    var contract: OptionContract { position.contract }
}
