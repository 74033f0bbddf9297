import Foundation
import Pricing

/// The command that regenerates a run, every resolved value spelled out as a flag so that it
/// needs no config file and does not depend on defaults that may change.
struct CommandLineBuilder {
    private var arguments: [String]

    /// Starts with the subcommand and the option's flags.
    init(_ contract: ResolvedContract, subcommand: String = "report") {
        let option = contract.contract
        let market = contract.market
        arguments = ["hedge-report", subcommand]
        append(.ticker, contract.ticker)
        append(.type, option.type.rawValue)
        append(.style, option.style.rawValue)
        append(.position, contract.position.side.rawValue)
        append(.contracts, String(contract.position.contracts))
        append(.spot, market.spot)
        append(.strike, option.strike)
        append(.rate, market.rate)
        append(.dividendYield, market.dividendYield)
        if contract.volatilityIsImplied, let premium = contract.marketPremium {
            append(.premium, premium)
        } else {
            append(.vol, market.volatility)
            if let premium = contract.marketPremium { append(.premium, premium) }
        }
        append(.days, option.expiry * 365)
        append(.latticeSteps, String(contract.model.steps))
        append(.latticeMethod, contract.model.method.rawValue)
    }

    mutating func append(_ key: ParameterKey, _ value: String) {
        arguments += [key.flag, value]
    }

    mutating func append(_ key: ParameterKey, _ value: Double) {
        append(key, Self.shortest(value))
    }

    mutating func append(flag key: ParameterKey) {
        arguments.append(key.flag)
    }

    /// The command, quoted for a POSIX shell.
    var text: String {
        ShellQuoting.command(arguments)
    }

    /// The shortest decimal that reads back as `value` (60.5, not 60.50000000000001), after
    /// rounding away the noise of unit conversions.
    private static func shortest(_ value: Double) -> String {
        let cleaned = Double(String(format: "%.12g", value)) ?? value
        let text = "\(cleaned)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
