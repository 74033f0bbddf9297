import ArgumentParser
import Foundation
@testable import HedgeReportCLI
import MarketData
import Pricing
import Report
import Simulation
import Testing

/// Each parameter is declared once, as a row of the table: its `@Option(.key)` takes flag and
/// help from the row and is typed by the row's kind (value name, choices, completion), the
/// flag's value lands under its key as written without a list of keys per group, an error
/// message's "what is allowed" is the kind's own words unless the row says more, and a default
/// that depends on other values is written once.
struct ParameterOptionTests {
    /// Every parameter is exactly one option of one topic, and every option is a parameter.
    @Test func everyParameterIsExactlyOneOption() throws {
        let scenario = try ReportCommand.parse([]).scenario
        let keys = scenario.groups.flatMap { $0.options.map(\.key) }
        #expect(keys.count == ParameterKey.allCases.count, "\(keys.count) options for \(ParameterKey.allCases.count) parameters")
        #expect(Set(keys) == Set(ParameterKey.allCases))
        #expect(scenario.groups.allSatisfy { $0.options.allSatisfy { $0.value == nil } }, "an option is given by default")
    }

    /// Every option's value is typed as its row's kind (a switch is a switch), and each
    /// argument type carries exactly one kind, so a type and a row cannot disagree.
    @Test func everyOptionIsTypedAsItsRowsKind() throws {
        #expect(Self.declared.count == ParameterKey.allCases.count)
        for option in Self.declared {
            let kind = option.key.descriptor.kind
            guard let argument = option.argument else {
                #expect("\(kind)" == "flag", "\(option.key.flag) is a switch, its row a \(kind)")
                continue
            }
            let carriesItsKind = argument.carries(kind)
            #expect(carriesItsKind, "\(option.key.flag) is a \(argument), its row a \(kind)")
            let carried = Self.everyKind(beside: kind).filter { argument.carries($0) }
            #expect(carried.count == 1, "\(argument) carries \(carried)")
        }
    }

    /// A kind of each case, and two choices: `kind`'s own type (when it is a choice) and another.
    static func everyKind(beside kind: ParameterDescriptor.Kind) -> [ParameterDescriptor.Kind] {
        let own: any ParameterChoices.Type = if case let .choice(choices) = kind { choices } else { LatticeMethod.self }
        let other: any ParameterChoices.Type = own == YearBasis.self ? LatticeMethod.self : YearBasis.self
        return [.number(0...1), .integer(0...1), .choice(own), .choice(other), .text(maxLength: 1), .duration, .date, .list, .specs, .flag]
    }

    /// A choice's value name, its "one of …" and its completion are its type's names, the
    /// registry's for the registered payoffs and path models.
    @Test(arguments: [
        (ParameterKey.type, "call|put|digital-call|digital-put"),
        (.style, "european|american"),
        (.position, "long|short"),
        (.latticeMethod, "crr|bbs|bbsr"),
        (.pathModel, "gbm|binomial|merton|heston|bootstrap"),
        (.rebalance, "calendar|band|whalley-wilmott|leland"),
        (.exercise, "exercise|hold"),
        (.yearBasis, "365|252"),
        (.startPremium, "model|market"),
    ])
    func choiceNamesComeFromTheType(_ key: ParameterKey, _ valueName: String) throws {
        guard case let .choice(choices) = key.descriptor.kind,
              let argument = Self.declared.first(where: { $0.key == key })?.argument else {
            Issue.record("\(key.flag) is not a declared choice")
            return
        }
        #expect(choices.choiceNames.joined(separator: "|") == valueName)
        let (shown, completion) = (argument.valueName(key), argument.defaultCompletionKind)
        #expect(shown == valueName)
        #expect(key.descriptor.allowed == "one of " + choices.choiceNames.joined(separator: ", "))
        #expect("\(completion)" == "\(CompletionKind.list(choices.choiceNames))")
        #expect(ReportCommand.helpMessage(columns: 400).contains("\(key.flag) <\(valueName)>"))
        #expect(choices.choiceNames.allSatisfy(key.descriptor.help.contains), "the help lists every value: \(key.descriptor.help)")
    }

    /// A choice's help lists its type's values with what each means, in the order of its cases.
    @Test func aChoicesHelpIsItsTypesValues() {
        #expect(LatticeMethod.explainedChoices == "crr (Cox–Ross–Rubinstein), bbs (Black–Scholes last step) or bbsr (bbs with Richardson extrapolation)")
        #expect(ExercisePolicy.explainedChoices == "exercise (the hedge is unwound there) or hold")
        #expect(ParameterKey.position.descriptor.help == "Position: long (bought) or short (written).")
        #expect(ParameterKey.startPremium.descriptor.help.hasPrefix("Premium at the start: model (the model's price"))
    }

    /// A choice, a duration and a date are read once, as their types, by the reader.
    @Test func theReaderHandsOutTypedValues() throws {
        var given = ParameterSet()
        for (key, text) in [(ParameterKey.yearBasis, "252"), (.startPremium, "Market"), (.horizon, "30D"), (.from, "1/2/2024")] {
            given.set(key, .written(text))
        }
        var reader = ParameterReader(given)
        #expect(try reader.choice(.yearBasis) == YearBasis.trading)
        #expect(try reader.choice(.startPremium) == StartPremium.market)
        #expect(try reader.choice(.latticeMethod) == LatticeMethod.crr, "the row's default")
        #expect(try reader.choice(.exercise, otherwise: ExercisePolicy.hold) == .hold, "a default that depends on others")
        let horizon = try #require(try reader.duration(.horizon))
        #expect(horizon.duration == TradingDuration("30d") && horizon.text == "30D")
        #expect(try reader.duration(.interval)?.text == "1d", "the row's default")
        #expect(try reader.duration(.shockInterval) == nil)
        #expect(try reader.date(.from)?.description == "2024-01-02")
        #expect(reader.resolved[.from]?.written == "1/2/2024", "the command keeps the date as written")
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

    /// Every option, with the type of its value (nil for a switch).
    static let declared: [DeclaredOption] = {
        guard let scenario = try? ReportCommand.parse([]).scenario else { return [] }
        return scenario.groups.flatMap(\.options)
    }()

    /// A value that starts with a dash, for the options whose values may (numbers, lists,
    /// durations, a name or a number).
    static func sample(_ key: ParameterKey) -> String {
        declared.first { $0.key == key }?.argument?.takesDashedValues == true ? "-7" : "x7"
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
        case let .choice(choices):
            let names = choices.choiceNames
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

    /// The defaults the resolver applies without recording them, and the hedger's seed, are the
    /// reader's constants, which the help states.
    @Test func conventionDefaultsAreTheReadersOwn() throws {
        #expect(HelpDefaultTests.helpDefault(.yearBasis) == "\(ParameterDefaults.yearBasis.rawValue), a day is a calendar day")
        #expect(ParameterDefaults.yearBasis == .calendar)
        #expect(HelpDefaultTests.helpDefault(.startPremium) == "\(ParameterDefaults.startPremium.rawValue), the model's price")
        #expect(ParameterDefaults.startPremium == .model)
        let plain = try Invocation.report(["--paths", "0"])
        #expect(plain.parameters[.yearBasis] == nil && plain.parameters[.startPremium] == nil, "the default run keeps its command")
        #expect(!plain.pipeline.settings.startsAtMarketPremium)
        let hedger = try Invocation.report(["--hedger-correlation", "0.5", "--seed", "7", "--paths", "0"])
        #expect(hedger.parameters[.hedgerSeed]?.value == .integer(7 + ParameterDefaults.hedgerSeedOffset))
        #expect(ParameterKey.hedgerSeed.descriptor.helpText.hasSuffix("--seed + \(ParameterDefaults.hedgerSeedOffset)."))
    }

    /// The study's default lists are the reader's constants, which the help states: the sweep's
    /// multiples of the run's rebalances (and the default run's sweep itself), the mismatch
    /// volatilities' multiples of σ, and the ranges their items are checked against.
    @Test func studyDefaultsAreTheReadersOwn() throws {
        let run = try Invocation.report(["--paths", "10"])
        let sweep = ParameterDefaults.sweep(rebalances: 60.5, doubling: false)
        #expect(sweep == [6, 12, 30, 61, 121])
        #expect(run.pipeline.monteCarlo?.sweep == sweep)
        #expect(HelpDefaultTests.helpDefault(.sweep)?.hasPrefix("0.1, 0.2, 0.5, 1 and 2 × the run's own number of rebalances over the horizon (6,12,30,61,121 for the default run)") == true)
        #expect(run.pipeline.monteCarlo?.realizedVolatilities == ParameterDefaults.mismatchMultiples.map { $0 * 0.6056214 })
        #expect(HelpDefaultTests.helpDefault(.mismatchVols)?.hasPrefix("0.5, 0.75, 1, 1.25 and 1.5 × the implied volatility") == true)
        #expect(ParameterKey.sweep.descriptor.allowed == "whole numbers of rebalances from 1 to 10000, or none")
        #expect(ParameterKey.mismatchVols.descriptor.allowed == "volatilities per √year from 0.001 to 10, or none")
        let walk = try Invocation.report(["--paths", "10", "--path-model", "binomial"])
        #expect(walk.pipeline.monteCarlo?.sweep == [6, 12, 24, 48, 96, 192])
    }
}
