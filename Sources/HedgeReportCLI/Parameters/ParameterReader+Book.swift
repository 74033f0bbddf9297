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
            legs.append(try resolveLeg(spec, label: legLabel(index), shorthand: shorthand))
        }
        record(.leg, .list(specs), written: specs.joined(separator: " "))
        // The legs' own table replaces the one-option rows, which only give their defaults.
        for key in [ParameterKey.type, .style, .position, .contracts, .strike, .vol, .premium] {
            hideFromTable(key)
        }
        return legs
    }

    /// How an error names leg `index` (from 0): `--leg 2`, or the config file's key, line and item.
    func legLabel(_ index: Int) -> String {
        given.sources[.leg].map { source in
            if case .configFile = source { return "\(name(.leg)), leg \(index + 1)" }
            return "\(ParameterKey.leg.flag) \(index + 1)"
        } ?? "\(ParameterKey.leg.flag) \(index + 1)"
    }

    /// The shares held in the book (`--shares`), 0 when not given.
    mutating func resolveBookShares() throws(ParameterError) -> Double {
        try number(.shares) ?? 0
    }

    /// Solves each leg's premium, where it has one, for the volatility that reproduces it on the
    /// leg's model; where the leg gives no volatility it becomes the leg's. Call it only after
    /// the work budget is checked.
    func solveLegQuotes(_ legs: inout [ResolvedContract]) throws(ParameterError) {
        for index in legs.indices {
            guard let premium = legs[index].marketPremium else { continue }
            let implied: Double
            do {
                implied = try ImpliedVolatility.solve(
                    premium: premium, contract: legs[index].contract, market: legs[index].market, model: legs[index].pricingModel
                )
            } catch {
                throw ParameterError(.invalid("\(legLabel(index)): premium \(ParameterDescriptor.written(premium)): \(error)"))
            }
            legs[index].premiumImpliedVolatility = implied
            if legs[index].volatilityIsImplied { legs[index].market.volatility = implied }
        }
    }

    private func resolveLeg(_ spec: String, label: String, shorthand: ResolvedContract) throws(ParameterError) -> ResolvedContract {
        let values = try legValues(spec, label: label)
        func value(_ key: ParameterKey) throws(ParameterError) -> ParameterValue? {
            if let own = values[key] { return own }
            return try given.given(key)
        }
        func choice<Choice: RawRepresentable>(_ key: ParameterKey, _ fallback: Choice) throws(ParameterError) -> Choice where Choice.RawValue == String {
            guard case let .text(name)? = try value(key) else { return fallback }
            return Choice(rawValue: name) ?? fallback
        }
        let type: OptionType = try choice(.type, shorthand.contract.type)
        let style: ExerciseStyle = try choice(.style, shorthand.contract.style)
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
        var volatilityIsImplied = false
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
        }
        return ResolvedContract(
            ticker: shorthand.ticker,
            position: Position(
                contract: OptionContract(type: type, style: style, strike: strike, expiry: years),
                contracts: contracts, side: side
            ),
            market: market,
            model: shorthand.model,
            marketPremium: marketPremium,
            premiumImpliedVolatility: nil,
            volatilityIsImplied: volatilityIsImplied
        )
    }

    /// The `key=value` pairs of one leg, each read and range-checked with its flag's descriptor.
    private func legValues(_ spec: String, label: String) throws(ParameterError) -> [ParameterKey: ParameterValue] {
        let allowed = Self.legKeys.map(\.rawValue).joined(separator: ", ")
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
            guard let key = ParameterKey(rawValue: parts[0].lowercased()), Self.legKeys.contains(key) else {
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
