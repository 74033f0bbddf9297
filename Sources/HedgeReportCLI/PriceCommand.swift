import ArgumentParser
import Foundation
import Pricing

/// `hedge-report price`: price and Greeks of one option.
struct PriceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price",
        abstract: "Print the price and Greeks of one option (a table, or JSON in the code's units)."
    )

    @OptionGroup var contract: ContractOptions

    @Flag(help: "Print one JSON object with price, delta, gamma, theta (per year), vega (per 1.00 vol), rho (per 1.00 rate).")
    var json = false

    func run() throws {
        let model: any PricingModel = contract.style == .european
            ? BlackScholesModel() : BinomialLatticeModel(steps: contract.latticeSteps)
        let value: Valuation
        do {
            value = try model.valuation(of: contract.contract, in: contract.market)
        } catch {
            StandardError.print("error: price: \(error)")
            throw ExitCode(64)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
            return
        }
        let method = contract.style == .european ? "Black–Scholes–Merton" : "CRR lattice, \(contract.latticeSteps) levels"
        print("\(contract.ticker) \(contract.style.rawValue) \(contract.type.rawValue), K = \(contract.strike), "
            + "S = \(contract.spot), \(contract.yearsToExpiry * 365) days, σ = \(contract.vol), r = \(contract.rate), "
            + "q = \(contract.dividendYield) (\(method))")
        let rows: [(String, Double, String)] = [
            ("price", value.price, "USD per share"),
            ("delta", value.delta, "per USD of spot"),
            ("gamma", value.gamma, "per USD² of spot"),
            ("theta", value.thetaPerDay, "USD per share per calendar day"),
            ("vega", value.vegaPerPoint, "USD per share per vol point"),
            ("rho", value.rhoPerPercent, "USD per share per 1% of rate"),
        ]
        for (name, number, unit) in rows {
            let padded = name.padding(toLength: 6, withPad: " ", startingAt: 0)
            let text = String(format: "%12.6f", number)
            print("\(padded) \(text)  \(unit)")
        }
    }
}
