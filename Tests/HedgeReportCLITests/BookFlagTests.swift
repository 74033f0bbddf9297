import Foundation
@testable import HedgeReportCLI
import Pricing
import Simulation
import Testing

/// `--leg`, `--shares` and the config key `legs:`: a book is resolved leg by leg, with the
/// option flags as defaults of a leg's missing keys, and a bad leg is refused before any work
/// (exit 64) naming the leg.
struct BookFlagTests {
    static let strangle = [
        "--spot", "289.26", "--days", "52", "--rate", "0.0423", "--paths", "0",
        "--leg", "type=call,strike=315,position=short,vol=0.4872",
        "--leg", "type=put,strike=255,position=short,vol=0.5521",
    ]

    @Test func legsBecomeTheBookWithTheirOwnVolatilities() throws {
        let run = try Invocation.report(Self.strangle)
        let book = run.pipeline.scenario.book
        #expect(book.legs.count == 2)
        #expect(book.legs.map(\.contract.type) == [.call, .put])
        #expect(book.legs.map(\.contract.strike) == [315, 255])
        #expect(book.legs.map(\.multiplier) == [-100, -100])
        // The first leg's volatility is the market's; the second carries its own.
        #expect(run.pipeline.scenario.market.volatility == 0.4872)
        #expect(book.legs[1].impliedVolatility == 0.5521)
        #expect(run.pipeline.settings.isBook)
    }

    @Test func optionFlagsBesideLegsAreDefaultsOfMissingKeys() throws {
        let run = try Invocation.report([
            "--spot", "100", "--days", "30", "--paths", "0", "--style", "european", "--position", "short", "--strike", "100",
            "--vol", "0.3", "--leg", "type=call", "--leg", "type=put,strike=90,position=long,days=60,contracts=3",
        ])
        let legs = run.pipeline.scenario.book.legs
        #expect(legs[0].contract == .init(type: .call, style: .european, strike: 100, expiry: 30.0 / 365))
        #expect(legs[0].side == .short)
        #expect(legs[1].contract == .init(type: .put, style: .european, strike: 90, expiry: 60.0 / 365))
        #expect(legs[1].multiplier == 300)
        // Legs of different expiries: the run ends at the earliest.
        #expect(run.pipeline.scenario.hedge.schedule.horizon == 30.0 / 365)
    }

    @Test func sharesJoinTheBook() throws {
        let run = try Invocation.report(["--type", "call", "--position", "short", "--shares", "100", "--paths", "0"])
        #expect(run.pipeline.scenario.book.shares == 100)
        #expect(run.pipeline.scenario.book.legs.count == 1)
    }

    @Test func configListOfMappingsGivesTheLegs() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("""
            spot: 289.26
            days: 52
            paths: 0
            legs:
              - {type: call, strike: 315, position: short, vol: 0.4872}
              - type: put
                strike: 255
                position: short
                vol: 0.5521
            """, named: "strangle.yaml", in: folder)
        let fromFile = try Invocation.report(["--config", config]).pipeline.scenario.book
        let fromFlags = try Invocation.report(Self.strangle.filter { $0 != "0.0423" && $0 != "--rate" }).pipeline.scenario.book
        #expect(fromFile == fromFlags)
    }

    @Test func hedgeOptionsJoinTheScenarioWithTheirOwnVolatility() throws {
        let run = try Invocation.report(["--paths", "0", "--hedge-with", "type=call,strike=270,days=90,vol=0.55"])
        let options = run.pipeline.scenario.hedge.tradedOptions
        #expect(options.count == 1)
        #expect(options.first?.contract == .init(type: .call, style: .american, strike: 270, expiry: 90.0 / 365))
        #expect(options.first?.impliedVolatility == 0.55)
        #expect(run.pipeline.settings.command.contains("--hedge-with type=call,strike=270,days=90,vol=0.55"))
    }

    @Test func regeneratingCommandRepeatsEachLeg() throws {
        let run = try Invocation.report(Self.strangle)
        let command = run.pipeline.settings.command
        #expect(command.contains("--leg type=call,strike=315,position=short,vol=0.4872 --leg type=put,strike=255,position=short,vol=0.5521"), "\(command)")
    }

    @Test(arguments: [
        (["--leg", "type=call"], "--leg 1: no strike"),
        (["--leg", "type=call,strike=300", "--leg", "type=put"], "--leg 2: no strike"),
        (["--leg", "type=call,strike=300", "--leg", "type=put,strik=250"], "--leg 2: unknown key 'strik'"),
        (["--leg", "type=call,strike=300,spot=5"], "--leg 1: unknown key 'spot'"),
        (["--leg", "type=straddle,strike=300"], "--leg 1: type must be one of call, put"),
        (["--leg", "strike=-3"], "--leg 1: strike must be"),
        (["--leg", "strike=300,vol=abc"], "--leg 1: vol must be a number"),
        (["--leg", "strike=300,contracts=0"], "--leg 1: contracts must be"),
        (["--leg", "strike=300,strike=310"], "--leg 1: strike is given twice"),
        (["--leg", "strike=300,days=10,years=1"], "--leg 1: days and years both"),
        (["--leg", "strike=300,call"], "--leg 1: 'call' is not key=value"),
        (["--leg", ""], "--leg 1 is empty"),
        (["--leg", "strike=300,days=10", "--leg", "strike=280,days=40", "--horizon", "20d"], "past the expiry at 10 days"),
        (["--hedge-with", "type=call"], "--hedge-with 1: no strike"),
        (["--hedge-with", "strike=270,position=short"], "--hedge-with 1: unknown key 'position'"),
        (["--hedge-with", "strike=270,contracts=2"], "--hedge-with 1: unknown key 'contracts'"),
        (["--hedge-with", "strike=270,days=30"], "--hedge-with 1 expires after 30 days, before the book's horizon at 60.50 days"),
        (["--hedge-with", "strike=270", "--hedge-with", "strike=270"], "--hedge-with 1 (put 270, 60.50 days) and --hedge-with 2 (put 270, 60.50 days) have collinear"),
        (["--hedge-with", "strike=270", "--hedge-with", "strike=280", "--hedge-with", "strike=290"], "--hedge-with is given 3 times"),
        (["--hedge-with", "strike=270,vol=0"], "--hedge-with 1: vol must be"),
        (["--shares", "nan"], "--shares"),
        (["--shares", "2e9"], "--shares"),
    ])
    func badLegIsRefusedNamingIt(arguments: [String], message: String) {
        guard let error = Invocation.reportRefusal(arguments + ["--paths", "0"]) else { return }
        #expect(error.exitStatus == 64, "\(arguments): \(error)")
        #expect(error.description.contains(message), "\(arguments): \(error)")
    }

    @Test func badLegInConfigNamesFileLineAndLeg() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("paths: 0\nlegs:\n  - {type: call, strike: 315}\n  - {type: put}\n", named: "bad.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("'legs' (\(config):2), leg 2: no strike"), "\(error)")
        let nested = try Invocation.write("legs:\n  - [call, 315]\n", named: "nested.yaml", in: folder)
        let refusal = try #require(Invocation.reportRefusal(["--config", nested]))
        #expect(refusal.description.contains("item 1 must be a mapping"), "\(refusal)")
    }
}

extension BookFlagTests {
    /// A book of European and American legs prices each with its own model: the closed form
    /// and the lattice (``PricingModelByStyle``).
    @Test func mixedStylesPriceEachLegWithItsModel() throws {
        let run = try Invocation.report([
            "--paths", "0", "--leg", "type=call,strike=270,style=european", "--leg", "type=put,strike=250,style=american",
        ])
        let model = try #require(run.pipeline.model as? PricingModelByStyle)
        #expect(model.european is BlackScholesModel)
        #expect(model.american is BinomialLatticeModel)
        #expect(!run.pipeline.settings.usesClosedForm)
    }
}
