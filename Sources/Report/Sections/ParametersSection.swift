import Analytics
import Pricing
import Simulation

/// Section 3: every input with its unit and flag, the command that regenerates the page, and
/// the option's value and Greeks at the start.
struct ParametersSection: PageSection {
    static let section = ReportSection.parameters
    var heading = SectionHeading(.parameters, among: [])
    var charts: [ReportFigure] = []
    var figures: [FigureView] = []

    struct Row: Sendable {
        var name: String
        var value: String
        var unit: String
        var flag: String
    }

    var parameters: [Row]
    var command: String
    var valuation: [Row]
    var marketPremiumNote: String?

    init(_ context: ReportContext) {
        parameters = Self.parameterRows(context)
        command = context.settings.command
        valuation = Self.valuationRows(context.analysis.initialValuation)
        let settings = context.settings
        let value = context.analysis.initialValuation
        let volatility = context.scenario.market.volatility
        marketPremiumNote = settings.marketPremium.map { quote in
            let implied = settings.premiumImpliedVolatility.map {
                " The volatility that reproduces the quote with the same model is \(NumberFormat.percent($0, decimals: 2))."
            } ?? ""
            let model = settings.usesClosedForm ? "the Black–Scholes–Merton formula" : "the lattice"
            return "The market's quote was \(NumberFormat.money(quote)), while \(model) at "
                + "\(NumberFormat.percent(volatility, decimals: 2)) volatility gives "
                + "\(NumberFormat.money(value.price, decimals: 3)).\(implied) Every premium change in this report is "
                + "model against model: taking the first change as a model price minus the market quote would book "
                + "the \(NumberFormat.money(abs(value.price - quote))) model–market gap as if the premium had moved."
        }
    }

    private static func parameterRows(_ context: ReportContext) -> [Row] {
        let scenario = context.scenario
        let settings = context.settings
        let contract = scenario.position.contract
        let market = scenario.market
        var rows = [
            Row(name: "Underlying", value: settings.ticker, unit: "", flag: "--ticker"),
            Row(name: "Option", value: "\(contract.style == .american ? "American" : "European") \(contract.type.rawValue)", unit: "", flag: "--type, --style"),
            Row(name: "Position", value: "\(scenario.position.side.rawValue), \(scenario.position.contracts) × \(contract.sharesPerContract) shares",
                unit: "", flag: "--position, --contracts"),
            Row(name: "Spot S₀", value: NumberFormat.number(market.spot, decimals: 4), unit: "USD per share", flag: "--spot"),
            Row(name: "Strike K", value: NumberFormat.number(contract.strike, decimals: 2), unit: "USD per share", flag: "--strike"),
            Row(name: "Time to expiry", value: NumberFormat.number(contract.expiry * 365, decimals: 2), unit: "calendar days (ACT/365)", flag: "--days"),
            Row(name: "Risk-free rate r", value: NumberFormat.percent(market.rate, decimals: 2), unit: "per year, continuous", flag: "--rate"),
            Row(name: "Dividend yield q", value: NumberFormat.percent(market.dividendYield, decimals: 2), unit: "per year, continuous", flag: "--dividend-yield"),
            Row(name: "Implied volatility σ", value: NumberFormat.percent(market.volatility, decimals: 4), unit: "per √year", flag: "--vol"),
        ]
        if let premium = settings.marketPremium {
            rows.append(Row(name: "Market premium", value: NumberFormat.number(premium, decimals: 4), unit: "USD per share", flag: "--premium"))
        }
        rows.append(settings.usesClosedForm
            ? Row(name: "Pricing model", value: "Black–Scholes–Merton, closed form", unit: "", flag: "--style european")
            : Row(name: "Pricing model", value: "\(latticeName(settings.latticeMethod)), \(settings.latticeSteps) levels",
                  unit: "", flag: "--lattice-method, --lattice-steps"))
        switch scenario.pathModel {
        case .observed:
            rows += [
                Row(name: "Path", value: "observed prices, \(context.analysis.simulation.valuedPath.path.times.count) dates",
                    unit: settings.priceSource ?? "", flag: "--prices"),
                Row(name: "Realized volatility", value: NumberFormat.percent(context.realizedVolatilityOfPath, decimals: 2),
                    unit: "per √year, measured on the file's log returns", flag: ""),
                Row(name: "Rebalancing", value: "at every price of the file", unit: "about every \(RunClock.span(context.typicalInterval))", flag: ""),
            ]
        case .geometricBrownianMotion, .binomialWalk:
            rows += [
                Row(name: "Path", value: pathDescription(scenario), unit: "", flag: "--path-model, --seed"),
                Row(name: "Drift μ", value: NumberFormat.percent(scenario.drift, decimals: 2), unit: "per year", flag: "--drift"),
                Row(name: "Realized volatility", value: NumberFormat.percent(scenario.realizedVolatility, decimals: 4),
                    unit: "per √year; this path's log returns: \(NumberFormat.percent(context.realizedVolatilityOfPath, decimals: 2))", flag: "--realized-vol"),
                Row(name: "Rebalancing interval", value: settings.intervalLabel, unit: RunClock.span(scenario.schedule.interval), flag: "--interval"),
            ]
        }
        rows.append(Row(name: "Horizon", value: RunClock.span(scenario.schedule.horizon), unit: "from the start", flag: "--horizon"))
        if case let .noisy(spread) = scenario.volatilityModel {
            rows.append(Row(name: "Implied volatility noise", value: NumberFormat.percent(spread, decimals: 2), unit: "std. dev. per date", flag: "--iv-spread"))
        }
        if scenario.costs != .none {
            rows.append(Row(name: "Transaction costs", value: "\(NumberFormat.number(scenario.costs.basisPoints, decimals: 1)) bp + \(NumberFormat.money(scenario.costs.feePerTrade)) per trade",
                            unit: "of traded value; fixed", flag: "--cost-bps, --fee-per-trade"))
        }
        if contract.style == .american {
            rows.append(Row(name: "Early exercise", value: scenario.exercisePolicy == .exercise ? "when optimal" : "never (hold)", unit: "", flag: "--exercise"))
        }
        if let shares = scenario.initialShares {
            rows.append(Row(name: "Initial shares n₀", value: NumberFormat.number(shares, decimals: 4), unit: "shares", flag: "--initial-shares"))
        }
        return rows
    }

    private static func pathDescription(_ scenario: HedgeScenario) -> String {
        switch scenario.pathModel {
        case .geometricBrownianMotion:
            "geometric Brownian motion, seed \(scenario.seed)"
        case let .binomialWalk(walk):
            "binomial walk u = \(NumberFormat.plain(walk.up, decimals: 6)), d = \(NumberFormat.plain(walk.down, decimals: 6)), "
                + "p = \(NumberFormat.number(walk.upProbability, decimals: 4)) per \(RunClock.span(walk.interval)), seed \(scenario.seed)"
        case let .observed(path):
            "observed prices, \(path.spots.count) dates"
        }
    }

    static func latticeName(_ method: String) -> String {
        switch method {
        case "bbs": "binomial Black–Scholes lattice"
        case "bbsr": "binomial Black–Scholes lattice with Richardson extrapolation"
        default: "CRR lattice"
        }
    }

    private static func valuationRows(_ value: Valuation) -> [Row] {
        value.readerQuantities.map { quantity in
            let name = quantity.name.prefix(1).uppercased() + quantity.name.dropFirst() + " " + quantity.symbol
            let decimals = quantity.name == "price" ? 4 : (quantity.name == "gamma" ? 6 : 5)
            let text = quantity.name == "price"
                ? NumberFormat.number(quantity.value, decimals: decimals)
                : NumberFormat.signed(quantity.value, decimals: decimals)
            return Row(name: name, value: text, unit: quantity.unit, flag: "")
        }
    }
}
