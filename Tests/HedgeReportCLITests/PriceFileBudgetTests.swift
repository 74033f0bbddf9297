import Foundation
@testable import HedgeReportCLI
import MarketData
import Testing

/// With `--prices` the rebalancing dates are the file's rows up to the horizon, and they are
/// what the work budget counts: a long file is refused before anything is priced, naming the
/// file and the figure (issue 13: a 1,000,000-row file ran for 636 s because the budget
/// counted dates from `--interval`).
struct PriceFileBudgetTests {
    /// A `t,price` file of `rows` rows, one every `step` years, starting at `first`.
    static func priceFile(rows: Int, first: Double = 100, step: Double = 1e-4, in folder: URL) throws -> String {
        var text = "t,price\n"
        for row in 0..<rows {
            text += "\(Double(row) * step),\(first * (1 + 0.001 * Double(row % 7)))\n"
        }
        return try Invocation.write(text, named: "prices.csv", in: folder)
    }

    /// 1,000 rows over 0.1 years: `--interval 1d` would space 38 dates over that span, but the
    /// hedge rebalances at each of the 1,000 rows, and at 6,000 levels five lattices at the first
    /// date and three at each later one (rho at the first date only) need 5.4e10 node updates,
    /// past the 5e10 a report may spend.
    @Test func americanLatticeWorkCountsTheFilesRows() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.priceFile(rows: 1_000, in: folder)
        let clock = ContinuousClock()
        var refusal: ParameterError?
        let elapsed = clock.measure {
            refusal = Invocation.reportRefusal(["--prices", file, "--lattice-steps", "6000"])
        }
        let error = try #require(refusal)
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("the 1000 rows of --prices \(file) up to the horizon"), "\(error)")
        #expect(error.description.contains("5.4e+10 lattice node updates"), "\(error)")
        #expect(elapsed < .seconds(2), "refused after \(elapsed)")
    }

    /// The same rows with a horizon that keeps 400 of them fit: only the dates up to the
    /// horizon are counted, and they are the path the report hedges.
    @Test func onlyRowsUpToTheHorizonCount() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.priceFile(rows: 1_000, in: folder)
        // 0.04 years = 14.6 days: rows 0 to 400.
        let report = try Invocation.report(["--prices", file, "--lattice-steps", "5000", "--horizon", "14.6d"])
        guard case let .observed(path) = report.pipeline.scenario.dynamics.pathModel else {
            Issue.record("expected the file's path")
            return
        }
        #expect(path.times.count == 401)
    }

    /// A European option is priced in closed form: the same file is not held to the lattice
    /// budget, only to the limit on dates every run has.
    @Test func europeanOptionWithTheSameFileResolves() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.priceFile(rows: 1_000, in: folder)
        _ = try Invocation.report(["--prices", file, "--lattice-steps", "5000", "--style", "european"])
    }

    /// The limit on dates is one figure, ``WorkBudget/maximumDates``, whether `--interval` or a
    /// file sets them; the reader takes longer files (its own limit), a window of which
    /// `--horizon` can simulate.
    @Test func maximumDatesIsWithinThePriceReadersRowLimit() {
        #expect(Int(WorkBudget.maximumDates) <= PriceFileReader.defaultMaximumRows)
    }

    @Test func tooManyIntervalDatesNameTheInterval() throws {
        let error = try #require(Invocation.reportRefusal(["--interval", "1m", "--days", "10000"]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("--interval 1m gives more than \(Int(WorkBudget.maximumDates)) rebalancing dates"), "\(error)")
    }
}

/// A price file sets the strike at the money by default, rounded as a listed strike would be
/// and never to 0 (issue 13: a first close under $0.50 gave "strike must be … > 0, got 0.0").
struct DefaultStrikeTests {
    @Test(arguments: [
        (261.49, 261.0), (10.0, 10.0), (9.996, 10.0), (9.994, 9.99), (0.43, 0.43), (0.437, 0.44),
        (0.1, 0.1), (0.0437, 0.044), (0.099, 0.099), (0.004_321, 0.004_3), (1e-6, 1e-6),
    ])
    func strikeIsTheFirstPriceRounded(price: Double, strike: Double) {
        let rounded = ParameterReader.atTheMoneyStrike(price)
        #expect(abs(rounded - strike) <= 1e-12 * strike, "\(price) → \(rounded)")
        #expect(rounded > 0)
    }

    /// Every rounding keeps at least ten units of its last digit, so the strike is within 5%
    /// of the price (at the money) at every scale from 1e-6 to 1e9.
    @Test func strikeStaysAtTheMoney() {
        var price = 1e-6
        while price < 1e9 {
            let strike = ParameterReader.atTheMoneyStrike(price)
            #expect(abs(strike / price - 1) <= 0.05, "\(price) → \(strike)")
            price *= 1.37
        }
    }

    @Test(arguments: [(0.43, 0.43), (0.004_3, 0.004_3), (261.49, 261.0)])
    func priceFileUnderHalfADollarResolves(first: Double, strike: Double) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try PriceFileBudgetTests.priceFile(rows: 30, first: first, step: 1.0 / 365, in: folder)
        let report = try Invocation.report(["--prices", file, "--style", "european"])
        #expect(abs(report.pipeline.scenario.position.contract.strike - strike) <= 1e-12 * strike)
    }
}
