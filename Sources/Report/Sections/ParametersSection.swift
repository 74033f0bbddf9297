import Analytics
import Pricing
import Simulation

/// Every input with its unit and flag, the command that regenerates the page, and
/// the option's value and Greeks at the start.
struct ParametersSection: PageSection {
    static let id = "parameters"
    static let title = "Parameters"

    /// Every input with its unit and flag, then the facts derived from them.
    var parameters: PageTable
    var command: String
    /// The option's (or the book's per unit of m) value and Greeks at the start.
    var valuation: PageTable
    /// The valuation table's heading: the option's, or a book's per unit of its multiplier.
    var valuationHeading: String
    var marketPremiumNote: String?

    init(_ context: ReportContext) {
        parameters = PageTable("params", columns: [.init("Parameter"), .init("Value", .value), .init("Unit"), .init("Flag", .code)],
                               rows: Self.parameterRows(context))
        command = context.settings.command
        valuation = PageTable("greeks", columns: [.init("Quantity"), .init("Value", .number), .init("Unit")],
                              rows: Self.valuationRows(context.analysis.initialValuation))
        let book = context.scenario.book
        valuationHeading = book.isSingleOption ? "The option at the start"
            : "The book at the start, per unit of m = \(NumberFormat.signed(book.multiplier, decimals: 0)) (the book's value and Greeks ÷ m)"
        let settings = context.settings
        let value = context.analysis.initialValuation
        let volatility = context.scenario.market.volatility
        marketPremiumNote = settings.marketPremium.map { quote in
            let implied = settings.premiumImpliedVolatility.map {
                " The volatility that reproduces the quote with the same model is \(NumberFormat.percent($0, decimals: 2))."
            } ?? ""
            let model = settings.usesClosedForm ? "the Black–Scholes–Merton formula" : "the lattice"
            if settings.startsAtMarketPremium, let start = Self.marketStart(context, quote: quote) {
                return "The market's quote was \(NumberFormat.money(quote)), while \(model) at "
                    + "\(NumberFormat.percent(volatility, decimals: 2)) volatility gives \(NumberFormat.money(value.price, decimals: 3)).\(implied) " + start
            }
            return "The market's quote was \(NumberFormat.money(quote)), while \(model) at "
                + "\(NumberFormat.percent(volatility, decimals: 2)) volatility gives "
                + "\(NumberFormat.money(value.price, decimals: 3)).\(implied) Every premium change in this report is "
                + "model against model: taking the first change as a model price minus the market quote would book "
                + "the \(NumberFormat.money(abs(value.price - quote))) model–market gap as if the premium had moved."
        }
    }

    /// What starting the premium at the quote does in this run (`--start-premium market`): the
    /// first dP is the model's own move plus the model–market gap. Nil on a path of one date.
    static func marketStart(_ context: ReportContext, quote: Double) -> String? {
        let valuations = context.analysis.simulation.valuedPath.valuations
        guard valuations.count > 1 else { return nil }
        let modelStart = context.analysis.initialValuation.price
        let next = valuations[1].price
        let gap = modelStart - quote
        let study = context.analysis.monteCarlo == nil ? "" : " The Monte Carlo study starts every path at the model's price."
        return "This run starts the premium at the quote (--start-premium market), as the course's worked example does: "
            + "the first premium change, P(1) − \(NumberFormat.money(quote)) = \(NumberFormat.signedMoney(next - quote, decimals: 3)) per share, "
            + "is the model's own move, \(NumberFormat.signedMoney(next - modelStart, decimals: 3)), plus the model–market gap, "
            + "\(NumberFormat.signedMoney(gap, decimals: 3)), which every hedge books on its first step "
            + "(\(NumberFormat.signedMoney(context.multiplier * gap)) for the position); every later change is model against model, "
            + "and the textbook hedge pays the quote for the option.\(study)"
    }

    /// A row for every input the run's table of parameters labels (``ReportSettings/parameters``,
    /// in its order, as the regenerating command sets it), then the facts derived from them:
    /// the closed form that replaces the lattice for European exercise, the path and the
    /// realized volatility measured on it, the horizon.
    private static func parameterRows(_ context: ReportContext) -> [PageTable.Row] {
        let scenario = context.scenario
        let settings = context.settings
        var rows = settings.parameters.compactMap { parameter in
            parameter.label.map { PageTable.Row([$0, parameter.shown, parameter.unit, parameter.flag]) }
        }
        if settings.usesClosedForm {
            rows.append(PageTable.Row(["Pricing model", "Black–Scholes–Merton, closed form", "", "--style european"]))
        }
        switch scenario.dynamics.pathModel {
        case .observed:
            // The gaps as the introduction gives them (their mean), with the median beside it:
            // weekends make the two differ in a file of trading days.
            let gaps = context.dateGaps
            let stop = context.observedExerciseWords.map { " " + $0 } ?? ""
            let spacing = (gaps.isEmpty ? "rebalanced at every price"
                : "rebalanced at every price, one every \(context.clock.duration(gaps.reduce(0, +) / Double(gaps.count))) on average "
                    + "(the median gap \(context.clock.duration(context.typicalInterval)))") + stop
            let dates = context.observedPath?.times.count ?? context.analysis.simulation.valuedPath.path.times.count
            rows += [
                PageTable.Row(["Path", "observed prices, \(dates) dates", spacing, "--prices"]),
                context.realizedVolatilityRow(
                    how: "per √year: √(Σ(rᵢ − μ̂·δtᵢ)² ÷ Σδtᵢ · n/(n − 1)) over the \(context.observedExerciseWords == nil ? "file's" : "hedged path's") n log returns rᵢ, each over its own gap of "
                        + "δtᵢ years, μ̂ = Σrᵢ ÷ Σδtᵢ the drift per year"),
            ]
        case let .simulated(process):
            rows += [
                PageTable.Row(["Path", PathModelWords.parameters(process, scenario, clock: context.clock), "", "--path-model, --seed"]),
                // A path cut at its first or second date (an exercise) has no standard deviation.
                context.realizedVolatilityRow(how: "per √year, measured on this path's log returns"),
            ]
        }
        rows.append(PageTable.Row(["Horizon", context.clock.duration(scenario.hedge.schedule.horizon), "from the start", "--horizon"]))
        return rows
    }

    static func latticeName(_ method: String) -> String {
        switch method {
        case "bbs": "binomial Black–Scholes lattice"
        case "bbsr": "binomial Black–Scholes lattice with Richardson extrapolation"
        default: "CRR lattice"
        }
    }

    private static func valuationRows(_ value: Valuation) -> [PageTable.Row] {
        value.readerQuantities.map { quantity in
            let name = quantity.name.prefix(1).uppercased() + quantity.name.dropFirst() + " " + quantity.symbol
            let decimals = quantity.name == "price" ? 4 : (quantity.name == "gamma" ? 6 : 5)
            let text = quantity.name == "price"
                ? NumberFormat.number(quantity.value, decimals: decimals)
                : NumberFormat.signed(quantity.value, decimals: decimals)
            return PageTable.Row([name, text, quantity.unit])
        }
    }
}
