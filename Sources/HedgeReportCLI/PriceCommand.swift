import ArgumentParser
import Foundation
import Pricing

/// `hedge-report price`: price and Greeks of one option.
struct PriceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price",
        abstract: "Print the price and Greeks of one option (a table, or JSON in the code's units).",
        discussion: ExitStatus.help
    )

    @OptionGroup(title: "Config file") var config: ConfigOption
    @OptionGroup(title: ContractOptions.title) var contract: ContractOptions
    @OptionGroup(title: MarketOptions.title) var market: MarketOptions

    @Flag(help: "Print one JSON object with price, delta, gamma, theta (per year), vega (per 1.00 vol), rho (per 1.00 rate); with --premium, also impliedVolatility.")
    var json = false

    /// The option with every value checked, its work within ``WorkBudget/priceNodeUpdates``,
    /// and the volatility implied from `--premium` when one is given (the only case where
    /// `price` shows it; the course's own quote is left unsolved).
    func resolve() throws(ParameterError) -> ResolvedContract {
        var reader = ParameterReader(try config.merged(with: contract.parameters.overridden(by: market.parameters)))
        var resolved = try reader.resolveContract()
        if !reader.given.isGiven(.premium) { resolved.marketPremium = nil }
        try reader.checkPriceWork(resolved)
        try reader.solveQuote(&resolved)
        try reader.checkLatticeRefinement(resolved, valuations: 1, budget: WorkBudget.priceNodeUpdates)
        return resolved
    }

    func run() throws {
        let resolved: ResolvedContract
        do {
            resolved = try resolve()
        } catch {
            throw error.reported()
        }
        let value: Valuation
        do {
            value = try resolved.pricingModel.valuation(of: resolved.contract, in: resolved.market)
        } catch {
            StandardError.print("error: price: \(error)")
            throw ExitCode(64)
        }
        let implied = resolved.premiumImpliedVolatility
        if json {
            try StandardOutput.print(Self.json(value, impliedVolatility: implied))
        } else {
            try StandardOutput.print(Self.table(value, resolved, impliedVolatility: implied))
        }
    }

    private static func json(_ value: Valuation, impliedVolatility: Double?) -> String {
        struct Output: Encodable {
            var valuation: Valuation
            var impliedVolatility: Double?
            func encode(to encoder: any Encoder) throws {
                try valuation.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encodeIfPresent(impliedVolatility, forKey: .impliedVolatility)
            }
            enum Key: String, CodingKey { case impliedVolatility }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(Output(valuation: value, impliedVolatility: impliedVolatility))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private static func table(_ value: Valuation, _ resolved: ResolvedContract, impliedVolatility: Double?) -> String {
        let option = resolved.contract
        let market = resolved.market
        let method = option.style == .european
            ? "Black–Scholes–Merton"
            : "\(resolved.model.method.rawValue) lattice, \(resolved.model.steps) levels"
        var lines = [
            "\(resolved.ticker) \(option.style.rawValue) \(option.payoff), K = \(option.strike), S = \(market.spot), "
                + "\(String(format: "%g", option.expiry * 365)) days, σ = \(String(format: "%.6g", market.volatility)), "
                + "r = \(market.rate), q = \(market.dividendYield) (\(method))",
        ]
        var rows = value.readerQuantities.map { ($0.name, $0.value, $0.unit) }
        if let impliedVolatility { rows.append(("iv", impliedVolatility, "implied by the premium, per √year")) }
        for (name, number, unit) in rows {
            lines.append(name.padding(toLength: 6, withPad: " ", startingAt: 0) + String(format: "%12.6f", number) + "  " + unit)
        }
        return lines.joined(separator: "\n")
    }
}
