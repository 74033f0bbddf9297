import Simulation

/// One rebalancing rule's textbook hedge over a Monte Carlo study's paths (DESIGN.md §2.7): what
/// it ends with, how often it trades and what it pays. USD for the whole position at the horizon.
///
/// In `summary.json` (`monteCarlo.rules`) it is `{rule, band, riskAversion, hedgingVolatility,
/// mean, meanStandardError, std, stdStandardError, trades, costs, costsStandardError}`, `rule`
/// the `--rebalance` name, `band` in shares (null but for a band), `riskAversion` per USD (null
/// but for Whalley–Wilmott), `hedgingVolatility` per √year (Leland's σ̂ at the start; null
/// otherwise).
public struct RuleOutcome: Sendable, Hashable {
    /// The rule, with its band or risk aversion.
    public var rule: RebalancingRule
    /// Leland's volatility at the start, per √year, for Leland's rule; nil otherwise.
    public var hedgingVolatility: Double?
    /// Mean final P&L, with its standard error.
    public var mean: Double
    public var meanStandardError: Double
    /// Standard deviation of the final P&L, with its standard error.
    public var std: Double
    public var stdStandardError: Double
    /// Mean number of trades per path, the set-up trade included (a date trades when shares
    /// change hands).
    public var trades: Double
    /// Mean transaction costs paid per path (proportional costs and fees), USD, with its
    /// standard error.
    public var costs: Double
    public var costsStandardError: Double

    public init(
        rule: RebalancingRule, hedgingVolatility: Double?, mean: Double, meanStandardError: Double, std: Double,
        stdStandardError: Double, trades: Double, costs: Double, costsStandardError: Double
    ) {
        self.rule = rule
        self.hedgingVolatility = hedgingVolatility
        self.mean = mean
        self.meanStandardError = meanStandardError
        self.std = std
        self.stdStandardError = stdStandardError
        self.trades = trades
        self.costs = costs
        self.costsStandardError = costsStandardError
    }
}

extension RuleOutcome: Codable {
    private enum Key: String, CodingKey {
        case rule, hedgingVolatility, mean, meanStandardError, std, stdStandardError, trades, costs, costsStandardError
    }

    /// The key of a rule's number (``RuleParameter/summaryKey``).
    private struct ParameterKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Every registered rule's number key, once each, in the order of ``RebalancingRules/all``.
    private static var parameterKeys: [String] {
        var keys = [String]()
        for rule in RebalancingRules.all {
            if let key = rule.parameter?.summaryKey, !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(rule.name.rawValue, forKey: .rule)
        // Every rule's number is a key of every row: this rule's holds its number, the others null.
        var parameters = encoder.container(keyedBy: ParameterKey.self)
        let own = type(of: rule.base).parameter?.summaryKey
        for key in Self.parameterKeys {
            try parameters.encode(key == own ? rule.base.parameterValue : nil, forKey: ParameterKey(stringValue: key))
        }
        try container.encode(hedgingVolatility, forKey: .hedgingVolatility)
        try container.encode(mean, forKey: .mean)
        try container.encode(meanStandardError, forKey: .meanStandardError)
        try container.encode(std, forKey: .std)
        try container.encode(stdStandardError, forKey: .stdStandardError)
        try container.encode(trades, forKey: .trades)
        try container.encode(costs, forKey: .costs)
        try container.encode(costsStandardError, forKey: .costsStandardError)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let name = try container.decode(RebalancingRule.Name.self, forKey: .rule)
        guard let policy = RebalancingRules.rule(named: name) else {
            throw DecodingError.dataCorruptedError(
                forKey: .rule, in: container,
                debugDescription: "unknown rebalancing rule \(name); known: \(RebalancingRule.Name.allCases.map(\.rawValue))"
            )
        }
        let value = try policy.parameter.map { parameter in
            try decoder.container(keyedBy: ParameterKey.self).decode(Double.self, forKey: ParameterKey(stringValue: parameter.summaryKey))
        }
        rule = RebalancingRule(policy.make(parameter: value))
        hedgingVolatility = try container.decodeIfPresent(Double.self, forKey: .hedgingVolatility)
        mean = try container.decode(Double.self, forKey: .mean)
        meanStandardError = try container.decode(Double.self, forKey: .meanStandardError)
        std = try container.decode(Double.self, forKey: .std)
        stdStandardError = try container.decode(Double.self, forKey: .stdStandardError)
        trades = try container.decode(Double.self, forKey: .trades)
        costs = try container.decode(Double.self, forKey: .costs)
        costsStandardError = try container.decode(Double.self, forKey: .costsStandardError)
    }
}
