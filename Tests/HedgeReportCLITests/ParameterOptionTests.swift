import Foundation
@testable import HedgeReportCLI
import Report
import Simulation
import Testing

/// Each parameter is declared once, as a row of the table: its `@Option(.key)` takes flag,
/// help, value name and completion from the row, the flag's value lands under its key without
/// a list of keys per group, an error message's "what is allowed" is the kind's own words
/// unless the row says more, and a default that depends on other values is written once.
struct ParameterOptionTests {
    /// Every parameter is exactly one option of one topic, and every option is a parameter.
    @Test func everyParameterIsExactlyOneOption() throws {
        let scenario = try ReportCommand.parse([]).scenario
        let keys = scenario.groups.flatMap { $0.options.map(\.key) }
        #expect(keys.count == ParameterKey.allCases.count, "\(keys.count) options for \(ParameterKey.allCases.count) parameters")
        #expect(Set(keys) == Set(ParameterKey.allCases))
        #expect(scenario.groups.allSatisfy { $0.options.allSatisfy { $0.value == nil } }, "an option is given by default")
    }

    /// `price` reads the contract's and the market's topics, the same options as `report`.
    @Test func priceHasTheContractAndMarketOptions() throws {
        let price = try PriceCommand.parse(["--strike", "250", "--rate", "-0.01"])
        let keys = (price.contract.options + price.market.options).map(\.key)
        let report = try ReportCommand.parse([]).scenario
        #expect(keys == (report.contract.options + report.market.options).map(\.key))
        #expect(price.contract.parameters.values == [.strike: .written("250")])
        #expect(price.market.parameters.values == [.rate: .written("-0.01")])
    }

    /// A value that starts with a dash, for the options whose numbers may be negative.
    static func sample(_ key: ParameterKey) -> String {
        key.descriptor.takesNegativeValues ? "-7" : "x7"
    }

    /// `--key value` sets `key` and nothing else, from the command line, as written; a switch
    /// sets "true"; a repeatable option keeps each value in order.
    @Test(arguments: ParameterKey.allCases)
    func eachFlagSetsItsOwnParameter(_ key: ParameterKey) throws {
        let (arguments, given): ([String], ParameterSet.Value) = switch key.descriptor.kind {
        case .flag: ([key.flag], .written("true"))
        case .specs: ([key.flag, "type=call", key.flag, "strike=1"], .list(["type=call", "strike=1"]))
        default: ([key.flag, Self.sample(key)], .written(Self.sample(key)))
        }
        let parameters = try ReportCommand.parse(arguments).parameters
        #expect(parameters.values == [key: given])
        #expect(parameters.name(key) == key.flag)
    }

    /// The short forms stand for their parameters.
    @Test func shortNamesSetTheirParameters() throws {
        let parameters = try ReportCommand.parse(["-o", "somewhere", "-q"]).parameters
        #expect(parameters.values == [.output: .written("somewhere"), .quiet: .written("true")])
    }

    /// The words a kind gives to "must be …", and a row's own words before its range.
    @Test(arguments: [
        (ParameterKey.rate, "a rate per year from −1 to 1"),
        (.vol, "a volatility per √year from 0.0001 to 10"),
        (.shares, "a number of shares from −1e9 to 1e9"),
        (.feePerTrade, "USD from 0 to 1000000"),
        (.paths, "a whole number of paths from 0 to 1000000"),
        (.contracts, "a whole number from 1 to 100000"),
        (.seed, "a whole number ≥ 0"),
        (.latticeMethod, "one of crr, bbs, bbsr"),
        (.rebalance, "one of calendar, band, whalley-wilmott, leland"),
        (.from, "a date, YYYY-MM-DD or M/D/YYYY"),
        (.title, "at most 500 characters"),
        (.spot, "a price in USD > 0 and at most 1e9"),
    ])
    func allowedWords(_ key: ParameterKey, _ words: String) {
        #expect(key.descriptor.allowed == words)
    }

    /// Where the words are the kind's (or a range's), they are the range the parse checks: each
    /// bound is accepted, and a value just outside it is refused with those words.
    @Test(arguments: ParameterKey.allCases)
    func rangeWordsAreTheRangeChecked(_ key: ParameterKey) throws {
        let descriptor = key.descriptor
        if case .words = descriptor.allowedWords { return }
        let inside: [String], outside: [String]
        switch descriptor.kind {
        case let .number(range):
            inside = [range.lowerBound, range.upperBound].map { "\($0)" }
            outside = [range.lowerBound.nextDown, range.upperBound.nextUp].map { "\($0)" }
        case let .integer(range):
            inside = [range.lowerBound, range.upperBound].map { "\($0)" }
            outside = [range.lowerBound - 1].map { "\($0)" } + (range.upperBound == Int.max ? [] : ["\(range.upperBound + 1)"])
        case let .choice(names):
            inside = names
            outside = [names.joined()]
        default:
            return
        }
        for text in inside {
            #expect(throws: Never.self) { try descriptor.parse(.written(text), name: key.flag) }
        }
        for text in outside {
            #expect(throws: ParameterError.self) { try descriptor.parse(.written(text), name: key.flag) }
            do {
                _ = try descriptor.parse(.written(text), name: key.flag)
            } catch {
                let got = if case .choice = descriptor.kind { text.shown } else { text }
                #expect(error.description == "\(key.flag) must be \(descriptor.allowed), got \(got)")
            }
        }
    }

    /// The band's and Whalley–Wilmott's defaults are the rule's (``RebalancingRule``), the
    /// same constants the help states and the report's section reads.
    @Test func ruleDefaultsAreTheRulesOwn() throws {
        let band = try Invocation.report(["--rebalance", "band", "--contracts", "3", "--paths", "0"])
        #expect(band.pipeline.scenario.hedge.rebalancing == .band(shares: BandRule.defaultBand(multiplier: 300)))
        #expect(BandRule.defaultBand(multiplier: -300) == 15)
        let whalleyWilmott = try Invocation.report(["--rebalance", "whalley-wilmott", "--cost-bps", "20", "--paths", "0"])
        #expect(whalleyWilmott.pipeline.scenario.hedge.rebalancing == .whalleyWilmott(riskAversion: WhalleyWilmottRule.defaultRiskAversion))
        #expect(HelpDefaultTests.helpDefault(.band) == "5% of the position's shares-equivalent, 5 shares per contract")
        #expect(HelpDefaultTests.helpDefault(.riskAversion) == "0.01 per USD")
        #expect(HelpDefaultTests.helpDefault(.payout)?.hasPrefix("1 for a type that pays a fixed amount") == true)
    }

    /// The study's default lists are the reader's constants, which the help states: the sweep's
    /// multiples of the run's rebalances (and the default run's sweep itself), the mismatch
    /// volatilities' multiples of σ, and the ranges their items are checked against.
    @Test func studyDefaultsAreTheReadersOwn() throws {
        let run = try Invocation.report(["--paths", "10"])
        let sweep = ParameterReader.defaultSweep(rebalances: 60.5, doubling: false)
        #expect(sweep == [6, 12, 30, 61, 121])
        #expect(run.pipeline.monteCarlo?.sweep == sweep)
        #expect(HelpDefaultTests.helpDefault(.sweep)?.hasPrefix("0.1, 0.2, 0.5, 1 and 2 × the run's own number of rebalances over the horizon (6,12,30,61,121 for the default run)") == true)
        #expect(run.pipeline.monteCarlo?.realizedVolatilities == ParameterReader.mismatchMultiples.map { $0 * 0.6056214 })
        #expect(HelpDefaultTests.helpDefault(.mismatchVols)?.hasPrefix("0.5, 0.75, 1, 1.25 and 1.5 × the implied volatility") == true)
        #expect(ParameterKey.sweep.descriptor.allowed == "whole numbers of rebalances from 1 to 10000, or none")
        #expect(ParameterKey.mismatchVols.descriptor.allowed == "volatilities per √year from 0.001 to 10, or none")
        let walk = try Invocation.report(["--paths", "10", "--path-model", "binomial"])
        #expect(walk.pipeline.monteCarlo?.sweep == [6, 12, 24, 48, 96, 192])
    }
}
