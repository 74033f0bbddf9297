import Foundation
import MarketData
import Pricing
import Simulation

/// The option, its market and its pricing model, with every default applied and every value
/// checked.
///
/// Resolving prices nothing: where the volatility is implied from `--premium`, or the market's
/// quote is shown beside the model's price, the solve waits for ``ParameterReader/solveQuote(_:)``,
/// after the run's work budget is checked.
struct ResolvedContract: Sendable {
    var ticker: String
    var position: Position
    /// The market at t = 0; its volatility is the one prices are computed with (a placeholder,
    /// the course's, until the quote is solved when ``volatilityIsImplied``).
    var market: Market
    var model: BinomialLatticeModel
    /// The market's premium per share, when known (given, or the course's mid quote).
    var marketPremium: Double?
    /// The volatility implied from `marketPremium` by ``pricingModel``, once solved.
    var premiumImpliedVolatility: Double?
    /// True when the volatility is implied from `--premium` rather than given.
    var volatilityIsImplied: Bool
    /// True for a leg or traded option whose spec gives neither `vol` nor `premium`: its
    /// volatility is the run's, from `--vol` or `--premium`, and a message about it names that
    /// flag, not the leg.
    var inheritsVolatility = false
    /// The payoff terms besides the strike, which the book's legs share.
    var payoffTerms: PayoffTerms = .standard

    var contract: OptionContract { position.contract }

    /// The model that prices the option: the closed form for European exercise, the lattice
    /// for American exercise.
    var pricingModel: any PricingModel {
        contract.style == .european ? BlackScholesModel() : model
    }

    /// Lattice node updates of one implied-volatility solve (0 for the closed form).
    var impliedVolatilityWork: Double {
        contract.style == .european ? 0 : WorkBudget.nodeUpdates(lattices: WorkBudget.impliedVolatilityLattices, model)
    }

    /// Solves ``marketPremium`` for the volatility that reproduces it on ``pricingModel`` and
    /// keeps it as ``premiumImpliedVolatility``; where the volatility is implied from the
    /// premium, it becomes the market's. Nil, and nothing changed, without a premium.
    mutating func solveQuote() throws(PricingError) -> Double? {
        guard let premium = marketPremium else { return nil }
        let implied = try ImpliedVolatility.solve(premium: premium, contract: contract, market: market, model: pricingModel)
        premiumImpliedVolatility = implied
        if volatilityIsImplied { market.volatility = implied }
        return implied
    }
}

extension ParameterReader {
    /// Applies the defaults (the course's contract) and checks every option and market value;
    /// prices nothing.
    ///
    /// With observed `prices`, the first row is the start: its price is the spot, the strike
    /// defaults to it rounded (``atTheMoneyStrike(_:)``), and the expiry to the last row.
    mutating func resolveContract(prices: PriceSeries? = nil, basis: YearBasis = .calendar) throws(ParameterError) -> ResolvedContract {
        let course = HedgeScenario.course
        let ticker = try text(.ticker)!
        guard !ticker.isEmpty else { throw .invalid(name(.ticker), ParameterKey.ticker.descriptor.allowed, got: "''") }
        let typeName = try text(.type)!
        let payoffTerms = try resolvePayoffTerms(typeName)
        guard let payoff = Payoffs.payoff(named: typeName, terms: payoffTerms) else {
            preconditionFailure("\(ParameterKey.type.flag): the descriptor's choices and Payoffs.names differ")
        }
        let style: ExerciseStyle = try choice(.style, otherwise: Self.defaultStyle(for: payoff))
        let side: PositionSide = try choice(.position)
        let contracts = try integer(.contracts)!
        let firstPrice = prices?.prices.first
        let spot = try number(.spot, otherwise: firstPrice)!
        if let firstPrice, spot != firstPrice {
            throw ParameterError(.invalid(
                "\(name(.spot)) \(spot) contradicts \(name(.prices)), whose first price, \(firstPrice), is the spot at the start"
            ))
        }
        let strike = try number(.strike, otherwise: firstPrice.map(Self.atTheMoneyStrike))!
        let rate = try number(.rate)!
        let dividendYield = try number(.dividendYield)!
        if given.isGiven(.days), given.isGiven(.years) {
            throw ParameterError(.invalid("\(name(.days)) and \(name(.years)) both set the time to expiry: give one of them"))
        }
        // One of --days and --years is the input, written as given; the other is derived and
        // recorded for the summary only.
        let years: Double
        if given.isGiven(.years) {
            years = try number(.years)!
            record(.days, .number(years * 365), written: nil)
        } else if !given.isGiven(.days), let prices {
            // The file's span: years on the run's basis (weekdays ÷ 252 on the trading basis),
            // days on the calendar whatever the basis (a 60-day window is 60 days, not 60.83).
            // The command regenerates the expiry from --years, which the basis does not move.
            years = prices.yearsFromStart(basis: basis).last ?? 0
            record(.years, .number(years))
            record(.days, .number((prices.yearsFromStart(basis: .calendar).last ?? 0) * 365), written: nil)
        } else {
            let days = try number(.days)!
            years = days / 365
            record(.years, .number(years), written: nil)
        }
        let method: LatticeMethod = try choice(.latticeMethod)
        let steps = try integer(.latticeSteps)!
        guard steps >= method.minimumSteps else {
            throw .invalid(name(.latticeSteps), "a whole number from \(method.minimumSteps) to \(BinomialLatticeModel.maximumSteps) for the \(method.rawValue) lattice", got: "\(steps)")
        }
        if style == .european {
            hideFromTable(.latticeSteps)
            hideFromTable(.latticeMethod)
        }
        let contract = OptionContract(payoff: payoff, style: style, strike: strike, expiry: years)
        var market = Market(spot: spot, rate: rate, dividendYield: dividendYield, volatility: course.market.volatility)
        let givenPremium = try given.given(.premium)
        let givenVolatility = try given.given(.vol)
        let isCourseContract = contract == course.position.contract && market == course.market
            && givenVolatility == nil && givenPremium == nil
        let marketPremium = try number(.premium, otherwise: isCourseContract ? HedgeScenario.courseMarketPremium : nil)
        // A volatility given wins; else one implied from a premium given (solved later); else
        // the price file's first implied volatility; else the course's.
        let volatilityIsImplied = givenVolatility == nil && givenPremium != nil
        if !volatilityIsImplied {
            market.volatility = try number(.vol, otherwise: givenVolatility == nil ? prices?.impliedVolatilities?.first : nil)!
        }
        let resolved = ResolvedContract(
            ticker: ticker,
            position: Position(contract: contract, contracts: contracts, side: side),
            market: market,
            model: BinomialLatticeModel(steps: steps, method: method),
            marketPremium: marketPremium,
            premiumImpliedVolatility: nil,
            volatilityIsImplied: volatilityIsImplied,
            payoffTerms: payoffTerms
        )
        try checkPriced(resolved, typeName: name(.type), styleName: name(.style))
        return resolved
    }

    /// The terms of the payoff `--type` names: `--payout` (1 by default) for a payoff that pays
    /// a fixed amount, read and recorded only then; given with any other payoff, it is refused.
    private mutating func resolvePayoffTerms(_ typeName: String) throws(ParameterError) -> PayoffTerms {
        guard Payoffs.payoff(named: typeName)?.payout != nil else {
            if given.isGiven(.payout) {
                throw ParameterError(.invalid(
                    "\(name(.payout)) is the cash a fixed-payout type pays; \(name(.type)) \(typeName) pays no fixed amount: "
                        + "leave \(name(.payout)) out, or give \(name(.type)) "
                        + ParameterDescriptor.listed(Payoffs.names.filter { Payoffs.payoff(named: $0)?.payout != nil })
                ))
            }
            return .standard
        }
        return PayoffTerms(payout: try number(.payout, otherwise: PayoffTerms.standard.payout)!)
    }

    /// The exercise style a payoff takes when `--style` is not given, where it is not the fixed
    /// default (American): European for a payoff no lattice prices with early exercise (a
    /// digital), so that `--type digital-call` alone runs.
    static func defaultStyle(for payoff: any Payoff) -> ExerciseStyle? {
        BinomialLatticeModel(steps: HedgeScenario.courseLatticeSteps).supports(payoff, exercise: .american) ? nil : .european
    }

    /// Refuses a payoff and exercise style that no model of the run prices (an American
    /// digital), naming both flags and what each style prices (``PricingModel/supports(_:exercise:)``).
    func checkPriced(_ resolved: ResolvedContract, typeName: String, styleName: String) throws(ParameterError) {
        let contract = resolved.contract
        guard !resolved.pricingModel.supports(contract) else { return }
        let offers = ExerciseStyle.allCases.map { style in
            var probe = resolved
            probe.position.contract.style = style
            let names = Payoffs.names.filter { name in
                Payoffs.payoff(named: name).map { probe.pricingModel.supports($0, exercise: style) } ?? false
            }
            return "\(styleName) \(style.rawValue) prices \(names.joined(separator: ", "))"
        }
        throw ParameterError(.invalid(
            "\(typeName) \(contract.payoff.name) cannot be priced with \(styleName) \(contract.style.rawValue): "
                + offers.joined(separator: "; ")
        ))
    }

    /// Solves the volatility that reproduces the market's quote with the model that prices the
    /// option; where the volatility is implied from `--premium`, it becomes the market's.
    /// Call it only after the work budget is checked: on a lattice it prices about
    /// ``WorkBudget/impliedVolatilityLattices`` lattices.
    mutating func solveQuote(_ resolved: inout ResolvedContract) throws(ParameterError) {
        let implied: Double?
        do {
            implied = try resolved.solveQuote()
        } catch {
            throw ParameterError(.invalid("\(name(.premium)): \(error)"))
        }
        if let implied, resolved.volatilityIsImplied {
            // --premium reproduces it: the command leaves --vol out.
            record(.vol, .number(implied), written: nil)
        }
    }
}

extension ParameterReader {
    /// The strike a price file's first `price` sets by default: at the money, rounded as a
    /// listed strike would be and never to 0 — to the dollar from $10, to the cent from $0.10,
    /// and below that to two significant digits (0.0437 → 0.044). Rounding every price to the
    /// dollar made a first close under $0.50 a strike of 0, which the strike's range refuses.
    static func atTheMoneyStrike(_ price: Double) -> Double {
        if price >= 10 { return price.rounded() }
        if price >= 0.10 { return (price * 100).rounded() / 100 }
        // Two significant digits: price·10^k lies in [10, 100).
        let shift = 1 - Int(Foundation.log10(price).rounded(.down))
        let scale = Foundation.pow(10, Double(shift))
        return (price * scale).rounded() / scale
    }
}
