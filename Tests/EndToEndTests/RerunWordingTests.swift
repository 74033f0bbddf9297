import Foundation
import Report
import Testing

/// Sentences a student's review found false on runs other than the default (a written put, a
/// one-day run, a deep in- or out-of-the-money put, a second volatility equal to the first, two
/// hedge options); each is decided here from the run's own `summary.json` and `ledger.csv`.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct RerunWordingTests {
    private func report(_ arguments: [String]) throws -> GeneratedReport {
        try GeneratedReport.generated(arguments)
    }

    /// A written option's hedge pays the gap between realized and implied variance, so its mean
    /// falls as the realized volatility rises; a bought one's earns it.
    @Test(arguments: [(["--position", "short", "--paths", "200"], false), (["--paths", "200"], true)])
    func mismatchCaptionSaysWhoEarnsTheGap(_ arguments: [String], long: Bool) throws {
        let report = try report(arguments)
        let means = try #require(report.value("monteCarlo", "volatilityMismatch") as? [[String: Any]])
            .compactMap { ($0["mean"] as? NSNumber)?.doubleValue }
        let caption = try #require(report.caption("mc-mismatch"))
        let monotone = long ? zip(means, means.dropFirst()).allSatisfy { $1 > $0 } : zip(means, means.dropFirst()).allSatisfy { $1 < $0 }
        #expect(!caption.contains(long ? "pays the gap" : "earns the gap"), "\(caption)")
        if monotone {
            #expect(caption.contains(long ? "hedge earns the gap" : "hedge pays the gap"), "\(caption)")
        }
    }

    /// A one-day run rebalanced daily has two dates: it is read in days, and its one log return
    /// has no standard deviation, so no realized volatility is quoted (not “0.0%”).
    @Test func oneDayRunIsReadInDaysAndQuotesNoRealizedVolatility() throws {
        let report = try report(["--days", "1", "--paths", "0"])
        #expect(report.column("spot").count == 2)
        let text = report.text
        #expect(text.contains("too few steps to measure a realized volatility"), "\(text.prefix(3000))")
        #expect(!text.contains("it realized 0.0%"))
        #expect(!text.contains("hour 6.5"))
        #expect(text.contains("day 1"))
    }

    /// An option exercised when bought has no hedge to follow along a path: no sentence says one
    /// is followed.
    @Test func exercisedAtStartFollowsNoHedge() throws {
        let report = try report(["--strike", "500", "--paths", "0"])
        #expect(report.value("degenerate", "reason") as? String == "exercised-at-start")
        #expect(!report.text.contains("This report follows the hedge"))
    }

    /// A `--hedge-vol` number beside a realized volatility equal to the implied one compares two
    /// hedges, not three with two the same.
    @Test func hedgeVolatilityComparisonHasEachVolatilityOnce() throws {
        let report = try report(["--hedge-vol", "0.4", "--paths", "100"])
        #expect(report.number("parameters", "realizedVolatility") == report.number("parameters", "impliedVolatility"))
        let rows = try #require(report.value("monteCarlo", "hedgeVolatilities") as? [[String: Any]])
        let volatilities = rows.compactMap { ($0["volatility"] as? NSNumber)?.doubleValue }
        #expect(volatilities.count == 2 && Set(volatilities).count == 2, "\(volatilities)")
        #expect(!report.text.contains("Hedged at realized"))
    }

    /// A deep out-of-the-money put's figures are cents: the sentences keep the cents the numbers
    /// have instead of rounding every figure to “$0”, and the grid's error is set against the
    /// tiny premium it is a large fraction of.
    @Test func farOutOfTheMoneyFiguresKeepTheirCents() throws {
        let report = try report(["--strike", "100", "--paths", "300"])
        let q05 = report.number("monteCarlo", "finalPnL", "quantile05")
        try #require(abs(q05) < 100)
        #expect(report.text.contains("One path in twenty ends below \(NumberFormat.signedMoney(q05, decimals: 2))"))
        let models = try #require(report.value("assumptions", "models") as? [[String: Any]])
        for model in models {
            let std = try #require((model["std"] as? NSNumber)?.doubleValue)
            #expect(report.text.contains(NumberFormat.money(std, decimals: 2)), "\(model["model"] ?? "")")
        }
        #expect(!report.text.contains("standard deviation is $0 under GBM"))
        let relative = report.number("monteCarlo", "gridErrorRelative")
        if relative >= 0.01 {
            #expect(report.text.contains("of a premium of only"))
        }
    }

    /// With two hedge options the page says what its Δ-Γ row trades: the first option alone.
    @Test func twoOptionHedgesNameWhatTheDeltaGammaRowTrades() throws {
        let report = try report([
            "--hedge-with", "type=call,strike=270,days=90", "--hedge-with", "type=put,strike=250,days=120", "--paths", "0",
        ])
        #expect(report.text.contains("the Δ-Γ hedge, which trades the $270.00 call"), "\(report.text.prefix(4000))")
    }
}
