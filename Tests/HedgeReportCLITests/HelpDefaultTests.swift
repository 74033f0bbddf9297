import Foundation
@testable import HedgeReportCLI
import Testing

/// `--help` states each parameter's default, and it is the value the run uses: both come from
/// the parameter's descriptor, and these tests read them from the two ends, the help text a
/// user sees and the values resolving no parameters at all produces.
struct HelpDefaultTests {
    /// The help of `report`, one option per line.
    static let help = ReportCommand.helpMessage(columns: 10_000)

    /// The default the help states for `key`: the text after "Default: " up to a ";" or the
    /// closing full stop.
    static func helpDefault(_ key: ParameterKey) -> String? {
        // A long option name puts its help on the next line; a short name (`-o, --output`)
        // stands before the long one; a blank line ends a topic's group.
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.range(of: #"^-[a-z], "#, options: .regularExpression).map { String(trimmed[$0.upperBound...]) } ?? trimmed
        }
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key.flag + " ") || $0 == key.flag }) else { return nil }
        var line = lines[index]
        if index + 1 < lines.count, !lines[index + 1].isEmpty, !lines[index + 1].hasPrefix("-") { line += " " + lines[index + 1] }
        guard let start = line.range(of: "Default: ") else { return nil }
        var text = line[start.upperBound...]
        if let end = text.firstIndex(of: ";") { text = text[..<end] } else if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }

    /// Every parameter of `report` has its line in the help.
    @Test(arguments: ParameterKey.allCases)
    func everyParameterIsInTheHelp(_ key: ParameterKey) {
        #expect(Self.help.contains(key.flag + " ") || Self.help.contains(key.flag + "\n"), "\(key.flag) missing from --help")
    }

    /// A fixed default in the help is the value resolving nothing gives, as the regenerating
    /// command writes it; a parameter without one is not set by default.
    @Test(arguments: ParameterKey.allCases)
    func helpDefaultIsTheResolvedDefault(_ key: ParameterKey) throws {
        // A path model's own parameters are read when the run uses that model.
        let model = ParameterReader.mertonKeys.contains(key) ? ["--path-model", "merton"]
            : ParameterReader.hestonKeys.contains(key) ? ["--path-model", "heston"] : []
        let run = try Invocation.report(model)
        let resolved = run.parameters[key]
        switch key.descriptor.defaultValue.value {
        case let value?:
            #expect(Self.helpDefault(key) == value, "\(key.flag): help says \(Self.helpDefault(key) ?? "nothing")")
            #expect(resolved?.written == value, "\(key.flag): the run uses \(resolved?.written ?? "nothing"), the help says \(value)")
        case nil:
            checkRule(key, resolved, run)
        }
    }

    /// The defaults that depend on other values, against what their help says.
    private func checkRule(_ key: ParameterKey, _ resolved: ResolvedParameters.Entry?, _ run: ResolvedReport) {
        let stated = Self.helpDefault(key) ?? ""
        let parameters = run.parameters
        switch key {
        case .drift:
            #expect(stated == "the rate")
            #expect(resolved?.value == parameters[.rate]?.value)
        case .realizedVol:
            #expect(stated == "the implied volatility")
            #expect(resolved?.value == parameters[.vol]?.value)
        case .years:
            #expect(stated == "--days ÷ 365")
            guard case let .number(days)? = parameters[.days]?.value else { Issue.record("no --days"); return }
            #expect(resolved?.value == .number(days / 365))
            #expect(resolved?.written == nil, "--years is derived: the command gives --days")
        case .premium:
            #expect(stated.contains("the course's mid quote, 23.7"))
            #expect(resolved?.written == "23.7")
        case .sweep:
            #expect(stated.contains("(6,12,30,61,121 for the default run)"))
            #expect(resolved?.written == "6,12,30,61,121")
        case .mismatchVols:
            #expect(stated.hasPrefix("0.5, 0.75, 1, 1.25 and 1.5 × the implied volatility"))
            let volatility = 0.6056214
            #expect(resolved?.value == .list([0.5, 0.75, 1, 1.25, 1.5].map { ParameterDescriptor.written($0 * volatility) }))
        case .hestonTheta, .hestonV0:
            #expect(stated.hasPrefix("the realized volatility squared"))
            guard case let .number(sigma)? = parameters[.realizedVol]?.value else { Issue.record("no realized volatility"); return }
            #expect(resolved?.value == .number(sigma * sigma))
        case .up, .down, .upProbability, .initialShares, .horizon, .prices, .from, .to, .yearBasis, .hedgerSeed, .hedgerPrices,
             .hedgerCorrelation, .startPremium, .fitPrices, .title, .templates, .leg, .shares, .hedgeWith, .shockInterval:
            // Rules for a binomial walk, or what the run does without the parameter: no value.
            #expect(resolved == nil, "\(key.flag) is set by default: \(String(describing: resolved))")
        case .png, .quiet, .open, .author:
            #expect(resolved == nil)
        case .rebalance, .band, .riskAversion:
            // Recorded only when a rule is chosen, so a run without one reads as before rules.
            #expect(stated.hasPrefix(["calendar", "5% of", "0.01 per USD"][[ParameterKey.rebalance, .band, .riskAversion].firstIndex(of: key)!]))
            #expect(resolved == nil, "\(key.flag) is set by default: \(String(describing: resolved))")
            #expect(run.pipeline.scenario.hedge.rebalancing == .calendar)
        case .payout:
            // Read only for a payoff that pays a fixed amount, so a vanilla run reads as before the flag.
            #expect(stated.hasPrefix("1 for a type that pays a fixed amount (digital-call or digital-put)"))
            #expect(resolved == nil, "\(key.flag) is set by default: \(String(describing: resolved))")
        case .hedgeVol:
            // Recorded only when given, so a run without it reads as before the flag.
            #expect(stated.hasPrefix("implied"))
            #expect(resolved == nil, "\(key.flag) is set by default: \(String(describing: resolved))")
            #expect(run.pipeline.scenario.hedge.volatility == .implied)
        default:
            Issue.record("\(key.flag) has no fixed default and no rule checked here")
        }
    }

    /// The walk's defaults, resolved for a walk: u = e^{σ√dt}, d = 1/u, p matching the drift.
    @Test func binomialWalkDefaultsFollowTheirRules() throws {
        let run = try Invocation.report(["--path-model", "binomial", "--paths", "0"])
        let sigma = 0.6056214, dt = 1.0 / 365, mu = 0.0431
        let up = exp(sigma * dt.squareRoot())
        #expect(run.parameters[.up]?.value == .number(up))
        #expect(run.parameters[.down]?.value == .number(1 / up))
        guard case let .number(p)? = run.parameters[.upProbability]?.value else { Issue.record("no p"); return }
        #expect(abs(p - (exp(mu * dt) - 1 / up) / (up - 1 / up)) < 1e-15)
    }
}
