import MarketData
import Pricing
import Simulation

/// The option, its market and its pricing model, with every default applied and every value
/// checked.
struct ResolvedContract: Sendable {
    var ticker: String
    var position: Position
    /// The market at t = 0; its volatility is the one prices are computed with.
    var market: Market
    var model: BinomialLatticeModel
    /// The market's premium per share, when known (given, or the course's mid quote).
    var marketPremium: Double?
    /// The volatility implied from `marketPremium` on the same lattice, when there is one.
    var premiumImpliedVolatility: Double?
    /// True when the volatility was implied from `--premium` rather than given.
    var volatilityIsImplied: Bool

    var contract: OptionContract { position.contract }
}

extension ParameterSet {
    /// Applies the defaults (the course's contract) and checks every option and market value.
    ///
    /// With observed `prices`, the first row is the start: its price is the spot, the strike
    /// defaults to it rounded to the dollar (at the money), and the expiry to the last row.
    func resolveContract(prices: PriceSeries? = nil) throws(ParameterError) -> ResolvedContract {
        let course = HedgeScenario.course
        let ticker = try text(.ticker, default: "TSLA", maxLength: 32)!
        guard !ticker.isEmpty else { throw .invalid(name(.ticker), "1 to 32 characters", got: "''") }
        let type: OptionType = try choice(.type, default: .put)
        let style: ExerciseStyle = try choice(.style, default: .american)
        let side: PositionSide = try choice(.position, default: .long)
        let contracts = try integer(.contracts, default: 1, in: 1...100_000, allowed: "a whole number from 1 to 100000")!
        let firstPrice = prices?.prices.first
        let spot = try number(.spot, default: firstPrice ?? course.market.spot, in: 1e-6...1e9, allowed: "a price in USD > 0")!
        if let firstPrice, spot != firstPrice {
            throw ParameterError(.invalid(
                "\(name(.spot)) \(spot) contradicts \(name(.prices)), whose first price, \(firstPrice), is the spot at the start"
            ))
        }
        let atTheMoney = firstPrice.map { $0.rounded() }
        let strike = try number(.strike, default: atTheMoney ?? 260, in: 1e-6...1e9, allowed: "a price in USD > 0")!
        let rate = try number(.rate, default: course.market.rate, in: -1...1, allowed: "a rate per year from −1 to 1")!
        let dividendYield = try number(
            .dividendYield, default: 0, in: -1...1, allowed: "a yield per year from −1 to 1"
        )!
        if values[.days] != nil, values[.years] != nil {
            throw ParameterError(.invalid("\(name(.days)) and \(name(.years)) both set the time to expiry: give one of them"))
        }
        let fileDays = prices.map { ($0.yearsFromStart.last ?? 0) * 365 }
        let days = try number(
            .days, default: fileDays ?? HedgeScenario.courseDaysToExpiry, in: 1e-6...10_950,
            allowed: "a number of calendar days > 0 and at most 10950"
        )!
        let years = try number(.years, in: 1e-9...30, allowed: "a number of years > 0 and at most 30") ?? days / 365
        let method: LatticeMethod = try choice(.latticeMethod, default: .crr)
        let steps = try integer(
            .latticeSteps, default: HedgeScenario.courseLatticeSteps, in: method.minimumSteps...BinomialLatticeModel.maximumSteps,
            allowed: "a whole number from \(method.minimumSteps) to \(BinomialLatticeModel.maximumSteps) for the \(method.rawValue) lattice"
        )!
        let premium = try number(.premium, in: 1e-9...1e9, allowed: "a price in USD > 0")
        let givenVolatility = try number(.vol, in: 1e-4...10, allowed: "a volatility per √year from 0.0001 to 10")

        let contract = OptionContract(type: type, style: style, strike: strike, expiry: years)
        let model = BinomialLatticeModel(steps: steps, method: method)
        var market = Market(spot: spot, rate: rate, dividendYield: dividendYield, volatility: course.market.volatility)
        let isCourseContract = contract == course.position.contract && market == course.market
            && givenVolatility == nil && premium == nil
        let marketPremium = premium ?? (isCourseContract ? HedgeScenario.courseMarketPremium : nil)
        var implied: Double?
        if let marketPremium {
            // European exercise has a closed form; the lattice prices American exercise.
            do {
                implied = style == .european
                    ? try ImpliedVolatility.solve(premium: marketPremium, contract: contract, market: market, model: BlackScholesModel())
                    : try ImpliedVolatility.solve(premium: marketPremium, contract: contract, market: market, model: model)
            } catch {
                throw ParameterError(.invalid("\(name(.premium)): \(error)"))
            }
        }
        // A volatility given wins; else one implied from a premium given; else the price file's
        // first implied volatility; else the course's.
        market.volatility = givenVolatility ?? (premium == nil ? nil : implied)
            ?? prices?.impliedVolatilities?.first ?? course.market.volatility
        return ResolvedContract(
            ticker: ticker,
            position: Position(contract: contract, contracts: contracts, side: side),
            market: market,
            model: model,
            marketPremium: marketPremium,
            premiumImpliedVolatility: implied,
            volatilityIsImplied: givenVolatility == nil && premium != nil
        )
    }
}
