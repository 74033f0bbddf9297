import Foundation
@testable import HedgeReportCLI
import Pricing
import Testing

/// `--type digital-call|digital-put` and `--payout`: what resolves, and what is refused with the
/// flags named (exit 64, DESIGN.md §4).
struct DigitalFlagTests {
    @Test func europeanDigitalResolvesWithItsPayout() throws {
        let resolved = try Invocation.price(["--type", "digital-put", "--style", "european", "--payout", "10"])
        #expect(resolved.contract.payoff.name == "digital-put")
        #expect(resolved.contract.payoff.payout == 10)
        #expect(resolved.pricingModel is BlackScholesModel)
    }

    /// The payout is 1 per share unless given.
    @Test func payoutDefaultsToOnePerShare() throws {
        let resolved = try Invocation.price(["--type", "digital-call", "--style", "european"])
        #expect(resolved.contract.payoff.payout == 1)
    }

    /// Without --style a digital takes the one style it is priced in, European.
    @Test func digitalWithoutStyleIsEuropean() throws {
        let resolved = try Invocation.price(["--type", "digital-call"])
        #expect(resolved.contract.style == .european)
        #expect(resolved.pricingModel is BlackScholesModel)
    }

    /// A digital asked for with American exercise is refused, naming both flags and what each
    /// style prices.
    @Test func americanDigitalIsRefusedNamingTypeAndStyle() throws {
        let error = try #require(Invocation.priceRefusal(["--type", "digital-call", "--style", "american"]))
        let message = "\(error)"
        #expect(message.contains("--type digital-call") && message.contains("--style american"), "\(message)")
        #expect(message.contains("--style european prices call, put, digital-call, digital-put"), "\(message)")
        #expect(error.exitStatus == 64)
    }

    @Test func payoutWithAVanillaTypeIsRefused() throws {
        let error = try #require(Invocation.priceRefusal(["--type", "call", "--payout", "2"]))
        #expect("\(error)".contains("--payout") && "\(error)".contains("--type call"), "\(error)")
    }

    @Test(arguments: ["0", "-1", "nan"])
    func payoutOutOfRangeIsRefused(payout: String) throws {
        let error = try #require(Invocation.priceRefusal(["--type", "digital-call", "--style", "european", "--payout", payout]))
        #expect("\(error)".contains("--payout"), "\(error)")
    }

    /// A digital's value is not monotone in σ, so no volatility is implied from its premium.
    @Test func premiumOfADigitalIsRefused() throws {
        let error = try #require(Invocation.priceRefusal(["--type", "digital-call", "--style", "european", "--premium", "0.4"]))
        #expect("\(error)".contains("--premium") && "\(error)".contains("digital call"), "\(error)")
    }

    /// A book's leg names its own type and style.
    @Test func americanDigitalLegIsRefusedNamingTheLeg() throws {
        let error = try #require(Invocation.reportRefusal([
            "--leg", "type=digital-call,strike=270,style=american", "--leg", "type=put,strike=250", "--paths", "0",
        ]))
        #expect("\(error)".contains("--leg 1: type digital-call") && "\(error)".contains("style american"), "\(error)")
    }
}
