import Pricing
import Simulation

/// The book of a `report` run: the legs of `--leg` (config `legs:`) and the shares of `--shares`.
///
/// Each leg is `key=value` pairs, comma separated, with the option flags' names (``legKeys``).
/// A key the leg leaves out takes the flag given beside `--leg`, else the flag's own default
/// (put, American, long, 1 contract, the run's time to expiry and implied volatility), except
/// the strike: the default strike (the course's 260, or a price file's first price) describes
/// the one-leg shorthand, not a book, so a leg takes its strike from the leg or from `--strike`,
/// and is refused without either. Legs may expire at different dates; the run ends at the
/// earliest expiry (the default horizon, and the longest a `--horizon` may be).
extension ParameterReader {
    /// The keys a leg may set: the option flags that describe one option.
    static let legKeys: [ParameterKey] = [.type, .style, .strike, .days, .years, .position, .contracts, .vol, .premium]

    /// The legs given, each resolved as a contract with the `shorthand`'s values as defaults;
    /// nil when no `--leg` is given (the shorthand is the one leg). Prices nothing: a leg's
    /// premium is solved for its volatility by ``solveLegQuotes(_:)``.
    mutating func resolveLegs(shorthand: ResolvedContract) throws(ParameterError) -> [ResolvedContract]? {
        guard case let .list(specs)? = try given.given(.leg), !specs.isEmpty else { return nil }
        var legs = [ResolvedContract]()
        for (index, spec) in specs.enumerated() {
            legs.append(try resolveLeg(spec, label: label(.leg, index), keys: Self.legKeys, shorthand: shorthand))
        }
        record(.leg, .list(specs), written: specs.joined(separator: " "))
        // The legs' own table replaces the one-option rows, which only give their defaults.
        for key in [ParameterKey.type, .style, .position, .contracts, .strike, .vol, .premium] {
            hideFromTable(key)
        }
        return legs
    }

    /// The keys a traded option of `--hedge-with` may set: a leg's but its position and size,
    /// which the hedge decides.
    static let hedgeOptionKeys: [ParameterKey] = legKeys.filter { $0 != .position && $0 != .contracts }

    /// The traded options of `--hedge-with`, resolved as legs are (the option flags as defaults,
    /// a strike required); none when not given. More than two are refused.
    mutating func resolveHedgeOptions(shorthand: ResolvedContract) throws(ParameterError) -> [ResolvedContract] {
        guard case let .list(specs)? = try given.given(.hedgeWith), !specs.isEmpty else { return [] }
        guard specs.count <= 2 else {
            throw ParameterError(.invalid(
                "\(name(.hedgeWith)) is given \(specs.count) times; one option hedges Δ and Γ, two hedge Δ, Γ and vega, more are not solved for"
            ))
        }
        var options = [ResolvedContract]()
        for (index, spec) in specs.enumerated() {
            options.append(try resolveLeg(spec, label: label(.hedgeWith, index), keys: Self.hedgeOptionKeys, shorthand: shorthand))
        }
        record(.hedgeWith, .list(specs), written: specs.joined(separator: " "))
        return options
    }

    /// How an error names item `index` (from 0) of the repeatable `key`: `--leg 2`, or the
    /// config file's key and line with the item (`'legs' (run.yaml:4), leg 2`).
    func label(_ key: ParameterKey, _ index: Int) -> String {
        if case .configFile? = given.sources[key] { return "\(name(key)), \(key == .leg ? "leg" : "option") \(index + 1)" }
        return "\(key.flag) \(index + 1)"
    }

    /// The shares held in the book (`--shares`), 0 when not given.
    mutating func resolveBookShares() throws(ParameterError) -> Double {
        try number(.shares) ?? 0
    }

    /// Solves each leg's premium, where it has one, for the volatility that reproduces it on the
    /// leg's model; where the leg gives no volatility it becomes the leg's. Call it only after
    /// the work budget is checked.
    func solveLegQuotes(_ legs: inout [ResolvedContract], key: ParameterKey = .leg) throws(ParameterError) {
        for index in legs.indices {
            guard let premium = legs[index].marketPremium else { continue }
            do {
                _ = try legs[index].solveQuote()
            } catch {
                throw ParameterError(.invalid("\(label(key, index)): premium \(ParameterDescriptor.written(premium)): \(error)"))
            }
        }
    }

    private func resolveLeg(
        _ spec: String, label: String, keys: [ParameterKey], shorthand: ResolvedContract
    ) throws(ParameterError) -> ResolvedContract {
        let values = try legValues(spec, label: label, keys: keys)
        func value(_ key: ParameterKey) throws(ParameterError) -> ParameterValue? {
            if let own = values[key] { return own }
            return keys.contains(key) ? try given.given(key) : nil
        }
        func choice<Choice: ParameterChoice>(_ key: ParameterKey, _ fallback: Choice) throws(ParameterError) -> Choice {
            guard case let .text(name)? = try value(key) else { return fallback }
            return Choice(choiceName: name) ?? fallback
        }
        var payoff = shorthand.contract.payoff
        if case let .text(name)? = try value(.type), let named = Payoffs.payoff(named: name, terms: shorthand.payoffTerms) {
            payoff = named
        }
        let style: ExerciseStyle = try choice(.style, Self.defaultStyle(for: payoff) ?? shorthand.contract.style)
        let side: PositionSide = try choice(.position, shorthand.position.side)
        var contracts = shorthand.position.contracts
        if case let .integer(count)? = try value(.contracts) { contracts = count }
        guard case let .number(strike)? = try value(.strike) else {
            throw ParameterError(.invalid(
                "\(label): no strike; give strike=K in the leg, or \(name(.strike)) K as the strike of every leg that gives none"
            ))
        }
        if values[.days] != nil, values[.years] != nil {
            throw ParameterError(.invalid("\(label): days and years both set the time to expiry: give one of them"))
        }
        var years = shorthand.contract.expiry
        if case let .number(own)? = values[.years] { years = own }
        if case let .number(days)? = values[.days] { years = days / 365 }
        var market = shorthand.market
        var marketPremium: Double?
        var volatilityIsImplied = false, inheritsVolatility = false
        if case let .number(volatility)? = values[.vol] {
            market.volatility = volatility
            if case let .number(premium)? = values[.premium] { marketPremium = premium }
        } else if case let .number(premium)? = values[.premium] {
            marketPremium = premium
            volatilityIsImplied = true
        } else {
            // Neither in the leg: the run's, from --vol or --premium as the one-leg shorthand
            // resolves them.
            marketPremium = shorthand.volatilityIsImplied ? shorthand.marketPremium : nil
            volatilityIsImplied = shorthand.volatilityIsImplied
            inheritsVolatility = true
        }
        let resolved = ResolvedContract(
            ticker: shorthand.ticker,
            position: Position(
                contract: OptionContract(payoff: payoff, style: style, strike: strike, expiry: years),
                contracts: contracts, side: side
            ),
            market: market,
            model: shorthand.model,
            marketPremium: marketPremium,
            premiumImpliedVolatility: nil,
            volatilityIsImplied: volatilityIsImplied,
            inheritsVolatility: inheritsVolatility,
            payoffTerms: shorthand.payoffTerms
        )
        try checkPriced(resolved, typeName: "\(label): type", styleName: "style")
        return resolved
    }

    /// The `key=value` pairs of one leg, each read and range-checked with its flag's descriptor.
    private func legValues(_ spec: String, label: String, keys: [ParameterKey]) throws(ParameterError) -> [ParameterKey: ParameterValue] {
        let allowed = keys.map(\.rawValue).joined(separator: ", ")
        var values = [ParameterKey: ParameterValue]()
        let pairs = spec.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard !(pairs.count == 1 && pairs[0].isEmpty) else {
            throw ParameterError(.invalid("\(label) is empty; give key=value pairs of \(allowed), e.g. type=call,strike=315"))
        }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ParameterError(.invalid("\(label): \(pair.shown) is not key=value; keys: \(allowed)"))
            }
            guard let key = ParameterKey(rawValue: parts[0].lowercased()), keys.contains(key) else {
                throw ParameterError(.invalid("\(label): unknown key \(parts[0].shown); keys: \(allowed)"))
            }
            guard values[key] == nil else {
                throw ParameterError(.invalid("\(label): \(key.rawValue) is given twice"))
            }
            values[key] = try key.descriptor.parse(.written(parts[1]), name: "\(label): \(key.rawValue)")
        }
        return values
    }
}

private extension Substring {
    /// The text without surrounding spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension ParameterReader {
    /// Refuses a traded option that expires before the book's `horizon`, years: the hedge would
    /// hold it past its expiry.
    func checkHedgeOptionExpiries(_ options: [ResolvedContract], horizon: Double) throws(ParameterError) {
        for (index, option) in options.enumerated() where option.contract.expiry < horizon * (1 - 1e-9) {
            throw ParameterError(.invalid(
                "\(label(.hedgeWith, index)) expires after \(Self.shownDays(option.contract.expiry)) days, before the book's horizon at "
                    + "\(Self.shownDays(horizon)) days; give it days or years of at least the horizon"
            ))
        }
    }

    /// Refuses traded options that cannot neutralize the book at the start: one whose Γ is 0,
    /// or two whose (Γ, vega) are collinear or nearly so (a separation below
    /// ``OptionHedgeRatios/minimumSeparation``), naming them. Prices each
    /// option once at t = 0.
    func checkHedgeOptionsSolvable(_ options: [ResolvedContract]) throws(ParameterError) {
        guard !options.isEmpty else { return }
        var valuations = [Valuation]()
        for (index, option) in options.enumerated() {
            do {
                valuations.append(try option.pricingModel.valuation(of: option.contract, in: option.market))
            } catch {
                throw ParameterError(.invalid("\(label(.hedgeWith, index)): \(error)"))
            }
        }
        let probe = Valuation(price: 0, delta: 0, gamma: 1, theta: 0, vega: 1, rho: 0)
        switch OptionHedgeRatios.solve(book: probe, options: valuations) {
        case .success where valuations.count == 2:
            let separation = OptionHedgeRatios.separation(valuations[0], valuations[1])
            guard separation < OptionHedgeRatios.minimumSeparation else { return }
            let ratios = valuations.map { ParameterDescriptor.written(($0.vega / $0.gamma).rounded()) }
            throw ParameterError(.invalid(
                "\(label(.hedgeWith, 0)) (\(Self.described(options[0]))) and \(label(.hedgeWith, 1)) (\(Self.described(options[1]))) "
                    + "have nearly proportional (Γ, vega) at the start (vega ÷ Γ \(ratios[0]) and \(ratios[1]); under Black–Scholes "
                    + "vega ÷ Γ = S²·σ·τ, the same for options of one expiry and volatility): their separation "
                    + "\(String(format: "%.3f", separation)) is below \(OptionHedgeRatios.minimumSeparation), and the Δ-Γ-vega hedge's "
                    + "quantities can grow as 1 ÷ separation (here \(Int((1 / separation).rounded()))), a bet on two nearly equal risks rather than a hedge; "
                    + "give two options of expiries further apart"
            ))
        case .success:
            return
        case let .failure(.noGamma(index)):
            throw ParameterError(.invalid(
                "\(label(.hedgeWith, index)) (\(Self.described(options[index]))) has a Γ of \(valuations[index].gamma) at the start: "
                    + "it cannot offset the book's Γ; choose a strike nearer the money or a later expiry"
            ))
        case .failure(.collinear):
            throw ParameterError(.invalid(
                "\(label(.hedgeWith, 0)) (\(Self.described(options[0]))) and \(label(.hedgeWith, 1)) (\(Self.described(options[1]))) "
                    + "have collinear (Γ, vega) at the start (Γ \(valuations[0].gamma) and \(valuations[1].gamma), vega "
                    + "\(valuations[0].vega) and \(valuations[1].vega)): no mix of them sets both to zero; give two options "
                    + "of different expiries or strikes"
            ))
        }
    }

    private static func described(_ option: ResolvedContract) -> String {
        "\(option.contract.payoff.name) \(ParameterDescriptor.written(option.contract.strike)), \(shownDays(option.contract.expiry)) days"
    }

    private static func shownDays(_ years: Double) -> String {
        let days = years * 365
        return abs(days - days.rounded()) < 1e-9 ? String(Int(days.rounded())) : String(format: "%.2f", days)
    }
}
