import Foundation
@testable import HedgeReportCLI
import Pricing
import Synchronization
import Testing

/// Structural and work-budget checks come before any pricing: a request that would run for
/// minutes is refused at once.
struct WorkBudgetTests {
    /// Issue 12 measured 333 s before `report --lattice-steps 100000` was refused (the course
    /// quote's implied volatility was solved on that lattice first); `price` had no budget.
    @Test(.timeLimit(.minutes(1)), arguments: [["report"], ["price"], ["price", "--premium", "23.7"], ["report", "--vol", "0.6"]])
    func hundredThousandLevelsAreRefusedAtOnce(_ command: [String]) throws {
        let arguments = Array(command.dropFirst()) + ["--lattice-steps", "100000"]
        // Refused before any lattice is valued: had the solve or a price come first, 100,000
        // levels would run for minutes and this test would meet its time limit (no speed
        // target here: those are in `make bench`).
        let refusal = command[0] == "report" ? Invocation.reportRefusal(arguments) : Invocation.priceRefusal(arguments)
        let error = try #require(refusal)
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--lattice-steps 100000 "), "\(error)")
        #expect(error.description.contains("lattice node updates"), "\(error)")
    }

    /// A path prices one full valuation, then the tree and vega's two lattices at every later
    /// date (rho, whose dr is 0 along a path, at the first date only; issue 26): at 366 levels
    /// 19 lattices for the first date and 3 for each later one.
    @Test func pathCountsRhoAtItsFirstDateOnly() {
        let model = BinomialLatticeModel(steps: 366)
        #expect(WorkBudget.latticesPerValuation(model) == 19)
        #expect(WorkBudget.latticesPerPath(dates: 1, model) == 19)
        #expect(WorkBudget.latticesPerPath(dates: 62, model) == 19 + 61 * 3)
    }

    /// The every-minute run to expiry (23,596 dates at 366 levels) fits the budget, as its 3
    /// lattices a date take about 2 s of CPU; at 1,500 levels the same dates need 8.0e10 node
    /// updates and are refused before anything is priced.
    @Test func everyMinuteRunFitsAndALargerLatticeIsRefused() throws {
        _ = try Invocation.report(["--interval", "1m", "--paths", "0"])
        let error = try #require(Invocation.reportRefusal(["--interval", "1m", "--paths", "0", "--lattice-steps", "1500"]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("8.0e+10 lattice node updates"), "\(error)")
    }

    /// `price` may value a lattice that fits its budget, and the budget counts the solve.
    @Test func priceBudgetCountsTheImpliedVolatilitySolve() throws {
        // 5 lattices of 60,000 levels: 9.0e9 updates, within 1e10; with a solve, 4.5e10.
        _ = try Invocation.price(["--lattice-steps", "60000", "--vol", "0.6"])
        let error = try #require(Invocation.priceRefusal(["--lattice-steps", "60000", "--premium", "23.7"]))
        #expect(error.description.contains("and the volatility implied from --premium"), "\(error)")
    }

    /// European exercise is priced in closed form: no lattice, no budget, and no solve on one.
    @Test func europeanOptionIsNotHeldToTheLatticeBudget() throws {
        let resolved = try Invocation.price(["--style", "european", "--lattice-steps", "100000", "--premium", "23.7"])
        #expect(resolved.premiumImpliedVolatility != nil)
    }

    /// `price` shows an implied volatility only for a premium given, and solves nothing else:
    /// the course's own quote is left to `report`, which shows it.
    @Test func priceSolvesTheQuoteOnlyWhenAPremiumIsGiven() throws {
        #expect(try Invocation.price([]).premiumImpliedVolatility == nil)
        #expect(try Invocation.price(["--premium", "23.7"]).premiumImpliedVolatility != nil)
        #expect(try Invocation.report(["--paths", "0"]).pipeline.settings.premiumImpliedVolatility != nil)
    }

    /// The budget counts a solve as ``WorkBudget/impliedVolatilityLattices`` lattices: the
    /// course's quote, solved on its 366-level lattice, takes fewer.
    @Test func impliedVolatilitySolveFitsWhatTheBudgetCounts() throws {
        let counter = CountingModel(model: BinomialLatticeModel(steps: 366))
        let course = try Invocation.price(["--premium", "23.7"])
        _ = try ImpliedVolatility.solve(premium: 23.7, contract: course.contract, market: course.market, model: counter)
        #expect(counter.count.value > 2)
        #expect(Double(counter.count.value) <= WorkBudget.impliedVolatilityLattices, "\(counter.count.value) lattices")
    }
}

/// A pricing model that counts the prices it is asked for.
private struct CountingModel: PricingModel {
    final class Count: Sendable {
        private let calls = Mutex(0)
        var value: Int { calls.withLock { $0 } }
        func add() { calls.withLock { $0 += 1 } }
    }

    var model: BinomialLatticeModel
    let count = Count()

    func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        count.add()
        return try model.price(of: contract, in: market)
    }

    func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try model.valuation(of: contract, in: market)
    }
}
