import Pricing
import Simulation

extension ParameterDescriptor {
    /// Every parameter, in the order the help, the regenerating command and the report's table
    /// list them. Fixed defaults are written from the values the code uses (the course's
    /// contract, ``HedgeScenario/course``), never retyped.
    static let table: [ParameterDescriptor] = [
        // The option and its market (`report` and `price`).
        .init(key: .ticker, kind: .text(maxLength: 32), defaultValue: .value("TSLA"), allowed: "1 to 32 characters",
              unit: "", help: "Ticker of the underlying share, shown in the report.", label: "Underlying", summaryKey: "ticker"),
        .init(key: .type, kind: .choice(OptionType.allCases.map(\.rawValue)), defaultValue: .value(course.contract.type.rawValue),
              allowed: "put or call", unit: "", help: "Option type: put or call.", label: "Option type", summaryKey: "optionType"),
        .init(key: .style, kind: .choice(ExerciseStyle.allCases.map(\.rawValue)), defaultValue: .value(course.contract.style.rawValue),
              allowed: "american or european", unit: "", help: "Exercise style: american or european.",
              label: "Exercise style", summaryKey: "exerciseStyle"),
        .init(key: .position, kind: .choice(PositionSide.allCases.map(\.rawValue)), defaultValue: .value(course.position.side.rawValue),
              allowed: "long or short", unit: "", help: "Position: long (bought) or short (written).",
              label: "Position", summaryKey: "position"),
        .init(key: .contracts, kind: .integer(1...100_000), defaultValue: .value(String(course.position.contracts)),
              allowed: "a whole number from 1 to 100000", unit: "contracts of \(Int(course.contract.sharesPerContract)) shares",
              help: "Number of contracts of 100 shares each.", label: "Contracts", summaryKey: "contracts"),
        .init(key: .spot, kind: .number(1e-6...1e9), defaultValue: .value(written(course.market.spot), otherwise: "with --prices, the file's first price"),
              allowed: "a price in USD > 0 and at most 1e9", unit: "USD per share", help: "Share price at the start, USD per share.",
              label: "Spot S₀", summaryKey: "spot"),
        .init(key: .strike, kind: .number(1e-6...1e9),
              defaultValue: .value(written(course.contract.strike), otherwise: "with --prices, the file's first price rounded to the dollar from $10, to the cent from $0.10, otherwise to two significant digits (at the money, never 0)"),
              allowed: "a price in USD > 0 and at most 1e9", unit: "USD per share", help: "Strike price, USD per share.",
              label: "Strike K", summaryKey: "strike"),
        .init(key: .rate, kind: .number(-1...1), defaultValue: .value(written(course.market.rate)), allowed: "a rate per year from −1 to 1",
              unit: "per year, continuously compounded", help: "Risk-free rate, per year, continuously compounded (0.0431 = 4.31%).",
              label: "Risk-free rate r", summaryKey: "rate", display: .percent(decimals: 2)),
        .init(key: .dividendYield, kind: .number(-1...1), defaultValue: .value(written(course.market.dividendYield)),
              allowed: "a yield per year from −1 to 1", unit: "per year, continuously compounded",
              help: "Dividend yield, per year, continuously compounded.", label: "Dividend yield q", summaryKey: "dividendYield",
              display: .percent(decimals: 2)),
        .init(key: .vol, kind: .number(1e-4...10),
              defaultValue: .value(written(course.market.volatility), otherwise: "implied from --premium when that is given; with --prices, the file's first iv"),
              allowed: "a volatility per √year from 0.0001 to 10", unit: "per √year", help: "Implied volatility, per √year (0.6056214 = 60.56%).",
              label: "Implied volatility σ", summaryKey: "impliedVolatility", display: .percent(decimals: 4)),
        .init(key: .premium, kind: .number(1e-9...1e9),
              defaultValue: .rule("the course's mid quote, \(written(HedgeScenario.courseMarketPremium)), for the course's contract; none otherwise"),
              allowed: "a price in USD > 0", unit: "USD per share",
              help: "Market premium, USD per share. Without --vol, the volatility is implied from it; with --vol, it is shown beside the model's price.",
              label: "Market premium", summaryKey: "marketPremium"),
        .init(key: .days, kind: .number(1e-6...10_950),
              defaultValue: .value(written(HedgeScenario.courseDaysToExpiry), otherwise: "with --prices, the file's span"),
              allowed: "a number of calendar days > 0 and at most 10950", unit: "calendar days (ACT/365)",
              help: "Calendar days to expiry (ACT/365).", label: "Time to expiry", summaryKey: "daysToExpiry"),
        .init(key: .years, kind: .number(1e-9...30), defaultValue: .rule("--days ÷ 365"), allowed: "a number of years > 0 and at most 30",
              unit: "years", help: "Years to expiry, instead of --days.", label: nil, summaryKey: "yearsToExpiry"),
        .init(key: .latticeSteps, kind: .integer(1...BinomialLatticeModel.maximumSteps), defaultValue: .value(String(HedgeScenario.courseLatticeSteps)),
              allowed: "a whole number from 1 to \(BinomialLatticeModel.maximumSteps)", unit: "levels",
              help: "Levels of the binomial lattice that prices an American option (at least 2 for bbs, 4 for bbsr).",
              label: "Lattice levels", summaryKey: "latticeSteps"),
        .init(key: .latticeMethod, kind: .choice(LatticeMethod.allCases.map(\.rawValue)), defaultValue: .value(LatticeMethod.crr.rawValue),
              allowed: "crr, bbs or bbsr", unit: "",
              help: "Lattice: crr (Cox–Ross–Rubinstein), bbs (Black–Scholes last step) or bbsr (bbs with Richardson extrapolation).",
              label: "Lattice method", summaryKey: "latticeMethod"),

        // The simulation (`report`).
        .init(key: .prices, kind: .text(maxLength: 4096), defaultValue: .rule("a simulated path"), allowed: "a file path", unit: "",
              help: "CSV of observed prices (a date or t column, a close or price column, optional iv); Yahoo and Nasdaq exports are read as they come. Replaces the simulated path: the first row is the start, its price the spot.",
              label: "Price file", summaryKey: nil),
        .init(key: .drift, kind: .number(-10...10), defaultValue: .rule("the rate"), allowed: "a drift per year from −10 to 10",
              unit: "per year, continuously compounded", help: "Real-world drift of the simulated share price, per year, continuously compounded.",
              label: "Drift μ", summaryKey: "drift", display: .percent(decimals: 2)),
        .init(key: .realizedVol, kind: .number(0...10), defaultValue: .rule("the implied volatility"),
              allowed: "a volatility per √year from 0 to 10", unit: "per √year",
              help: "Realized volatility of the simulated share price, per √year.", label: "Realized volatility",
              summaryKey: "realizedVolatility", display: .percent(decimals: 4)),
        .init(key: .interval, kind: .duration, defaultValue: .value("1d"), allowed: "a positive number followed by m, h, d or w (e.g. 1d, 30m)",
              unit: "", help: "Rebalancing interval: N followed by m (minute, 1/390 of a trading day), h (1/6.5 day), d (calendar day) or w (week).",
              label: "Rebalancing interval", summaryKey: "interval"),
        .init(key: .horizon, kind: .duration, defaultValue: .rule("to expiry"), allowed: "a positive number followed by m, h, d or w (e.g. 120m, 30d)",
              unit: "", help: "How far to simulate, in the same units as --interval (e.g. 120m).", label: nil, summaryKey: nil),
        .init(key: .estimators, kind: .list, defaultValue: .value(HedgeEstimator.allCases.map(\.rawValue).joined(separator: ",")),
              allowed: "a list of \(HedgeEstimator.allCases.map(\.rawValue).joined(separator: ", "))", unit: "",
              help: "Share-balance estimators to compare, comma separated.", label: "Estimators", summaryKey: "estimators"),
        .init(key: .initialShares, kind: .number(-1e9...1e9), defaultValue: .rule("delta-neutral, −m·Δ(0)"),
              allowed: "a number of shares from −1e9 to 1e9", unit: "shares", help: "Shares held at the start.",
              label: "Initial shares n₀", summaryKey: "initialShares"),
        .init(key: .seed, kind: .integer(0...Int.max), defaultValue: .value(String(course.seed)), allowed: "a whole number ≥ 0", unit: "",
              help: "Seed of the simulated path (same seed, same path).", label: "Seed", summaryKey: "seed"),
        .init(key: .pathModel, kind: .choice(PathModelName.allCases.map(\.rawValue)), defaultValue: .value(PathModelName.gbm.rawValue),
              allowed: "gbm or binomial", unit: "",
              help: "How the simulated share moves: gbm (geometric Brownian motion) or binomial (the course's walk: --up, --down, --up-probability).",
              label: "Path model", summaryKey: "pathModel"),
        .init(key: .up, kind: .number(1.000_000_001...100), defaultValue: .rule("e^(σ√dt) with the realized volatility"),
              allowed: "a factor > 1 and at most 100", unit: "per interval", help: "Binomial walk: factor of an up move, > 1.",
              label: nil, summaryKey: nil),
        .init(key: .down, kind: .number(1e-9...0.999_999_999), defaultValue: .rule("1/up"), allowed: "a factor between 0 and 1",
              unit: "per interval", help: "Binomial walk: factor of a down move, between 0 and 1.", label: nil, summaryKey: nil),
        .init(key: .upProbability, kind: .number(0...1), defaultValue: .rule("(e^(μ·dt) − down)/(up − down), matching the drift"),
              allowed: "a probability from 0 to 1", unit: "", help: "Binomial walk: probability of an up move.", label: nil, summaryKey: nil),
        .init(key: .ivSpread, kind: .number(0...2), defaultValue: .value("0"), allowed: "a spread per √year from 0 to 2",
              unit: "per √year, std. dev. per date",
              help: "Spread of the implied volatility around --vol at each date, per √year (0.02 = 2 points); 0 keeps it constant.",
              label: "Implied volatility noise", summaryKey: "ivSpread", display: .percent(decimals: 2)),
        .init(key: .costBps, kind: .number(0...10_000), defaultValue: .value("0"), allowed: "basis points from 0 to 10000",
              unit: "basis points of traded value", help: "Transaction cost of the textbook hedge's trades, basis points of the traded value.",
              label: "Transaction cost", summaryKey: "costBasisPoints"),
        .init(key: .feePerTrade, kind: .number(0...1e6), defaultValue: .value("0"), allowed: "USD from 0 to 1000000",
              unit: "USD per trade", help: "Fixed fee per rebalancing trade of the textbook hedge, USD.", label: "Fee per trade",
              summaryKey: "feePerTrade"),
        .init(key: .exercise, kind: .choice(ExercisePolicy.allCases.map(\.rawValue)), defaultValue: .value(ExercisePolicy.exercise.rawValue),
              allowed: "exercise or hold", unit: "",
              help: "American option when exercising is optimal: exercise (the hedge is unwound there) or hold.",
              label: "Early exercise", summaryKey: "exercise"),
        .init(key: .paths, kind: .integer(0...1_000_000), defaultValue: .value("1000", otherwise: "0 with --prices"),
              allowed: "a whole number of paths from 0 to 1000000", unit: "paths per batch",
              help: "Monte Carlo paths per batch of the study (0 skips it).", label: "Monte Carlo paths", summaryKey: nil),
        .init(key: .sweep, kind: .list,
              defaultValue: .rule("0.1, 0.2, 0.5, 1 and 2 × the run's own number of rebalances over the horizon (6,12,30,61,121 for the default run); for a binomial walk a tenth of it doubled five times"),
              allowed: "whole numbers of rebalances from 1 to 10000, or none", unit: "rebalances",
              help: "Numbers of rebalances over the simulated horizon that the frequency sweep compares, comma separated; 'none' skips the sweep.",
              label: "Frequency sweep", summaryKey: nil),
        .init(key: .mismatchVols, kind: .list,
              defaultValue: .rule("0.5, 0.75, 1, 1.25 and 1.5 × the implied volatility, and the realized volatility"),
              allowed: "volatilities per √year from 0.001 to 10, or none", unit: "per √year",
              help: "Realized volatilities (per √year, comma separated) to hedge against at the implied volatility; 'none' skips.",
              label: "Mismatch volatilities", summaryKey: nil),

        // The report's files and how the run is shown.
        .init(key: .templates, kind: .text(maxLength: 4096), defaultValue: .rule("the templates that come with hedge-report"),
              allowed: "a folder path", unit: "", help: "Folder of Mustache templates (report.mustache and its partials).",
              label: nil, summaryKey: nil),
        .init(key: .png, kind: .flag, defaultValue: .none, allowed: "true or false", unit: "",
              help: "Also write each chart as a PNG at 2× into charts/.", label: nil, summaryKey: nil),
        .init(key: .title, kind: .text(maxLength: 500), defaultValue: .rule("one naming the position"), allowed: "at most 500 characters",
              unit: "", help: "Title shown in the report's header.", label: nil, summaryKey: nil),
        .init(key: .author, kind: .text(maxLength: 500), defaultValue: .none, allowed: "at most 500 characters", unit: "",
              help: "Author shown under the title, for coursework.", label: nil, summaryKey: nil),
        .init(key: .quiet, kind: .flag, defaultValue: .none, allowed: "true or false", unit: "", help: "Print nothing but errors.",
              label: nil, summaryKey: nil),
        .init(key: .open, kind: .flag, defaultValue: .none, allowed: "true or false", unit: "",
              help: "Open the report in the default browser when it is written.", label: nil, summaryKey: nil),
        // Last, so that the regenerating command ends with where it writes.
        .init(key: .output, kind: .text(maxLength: 4096), defaultValue: .value("output"), allowed: "a folder path", unit: "",
              help: "Folder to write the report into; created if missing.", label: nil, summaryKey: nil),
    ]

    /// The rows by key.
    static let byKey: [ParameterKey: ParameterDescriptor] = Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0) })

    private static var course: HedgeScenario { .course }

    /// A number as a user would write it: the shortest decimal that reads back as the same
    /// `Double` (Swift's `description`), without a trailing `.0`.
    static func written(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

private extension HedgeScenario {
    var contract: OptionContract { position.contract }
}
