import Foundation
import Testing

/// A digital call's report, in, at and out of the money at expiry: the start's valuation is the
/// closed form, and the path section's pin-risk paragraph states figures recomputed here from
/// `ledger.csv` (|m·Γ|, the textbook hedge's trades, the delta hedge's residual), with the
/// conclusions they support. A vanilla report has no such paragraph.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DigitalReportTests {
    /// Strikes against the default path, which ends at $273.31: in the money (240), near the
    /// money with the share crossing the strike in the last days (262), out of the money (290).
    @Test(arguments: [(strike: 240.0, payout: 1.0), (strike: 262, payout: 2.5), (strike: 290, payout: 1)])
    func pinRiskParagraphStatesTheRunsFigures(strike: Double, payout: Double) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--type", "digital-call", "--style", "european",
            "--strike", String(strike), "--payout", String(payout), "--paths", "0",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)

        // Q·e^{−rT}·N(d₂) at the course's market (S, r, σ, 60.5 days).
        let s = 261.4899, r = 0.0431, sigma = 0.6056214, years = 60.5 / 365
        let d2 = (log(s / strike) + (r - sigma * sigma / 2) * years) / (sigma * years.squareRoot())
        let price = payout * exp(-r * years) * 0.5 * erfc(-d2 / 2.squareRoot())
        #expect(abs(report.number("valuation", "price") - price) < 1e-12 * payout)
        #expect(report.value("parameters", "optionType") as? String == "digital-call")
        #expect(report.number("parameters", "payout") == payout)

        let m = 100.0
        let gammas = report.column("gamma").map { abs(m * $0) }
        let trades = report.column("textbook_shares_bought")
        let residuals = report.column("delta_residual").map(abs)
        let intervals = gammas.count - 1
        try #require(intervals == 61 && trades.count == gammas.count && residuals.count == gammas.count)
        let lastSteps = max(1, intervals / 10), first = intervals - lastSteps + 1
        let peak = gammas.indices.max { gammas[$0] < gammas[$1] }!
        let largest = (1...intervals).max { abs(trades[$0]) < abs(trades[$1]) }!
        let lastTraded = trades[first...].reduce(0) { $0 + abs($1) }, traded = trades[1...].reduce(0) { $0 + abs($1) }
        let lastResidual = residuals[first...].reduce(0, +), residual = residuals[1...].reduce(0, +)
        let concentration = (lastResidual / residual) / (Double(lastSteps) / Double(intervals))

        let text = report.text
        let f4 = { String(format: "%.4f", $0) }, f2 = { String(format: "%.2f", $0) }
        #expect(text.contains("Pin risk: Γ at the strike near expiry"))
        #expect(text.contains("pays a fixed $\(f2(payout)) per share, $\(f2(m * payout)) for the position"))
        #expect(text.contains("|m·Γ| started at \(f4(gammas[0])) shares per dollar and was largest, \(f4(gammas[peak]))"), "\(strike)")
        #expect(text.contains(peak >= first ? "within the last \(lastSteps) steps." : "before the last \(lastSteps) steps."))
        #expect(text.contains("largest trade was \(trades[largest] >= 0 ? "a purchase" : "a sale") of \(f2(abs(trades[largest]))) shares"))
        #expect(text.contains("last \(lastSteps) steps traded \(f2(lastTraded)) of the \(f2(traded)) shares"), "\(strike)")
        #expect(text.contains("residual Σ|ε| came to $\(f2(residual))") && text.contains("hold $\(f2(lastResidual)) of it"), "\(strike)")
        #expect(text.contains(concentration > 2 ? "the residual is concentrated at the end" : "the residual is not concentrated at the end"))
    }

    /// Near the money, Γ and the residual pile up at expiry: the paragraph says so (the page's
    /// lesson holds on the course's path, not just in general).
    @Test func nearTheMoneyTheResidualIsConcentratedAtExpiry() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--type", "digital-call", "--style", "european", "--strike", "262", "--paths", "0",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let text = try GeneratedReport(folder: folder).text
        #expect(text.contains("within the last 6 steps."))
        #expect(text.contains("the residual is concentrated at the end, in the steps where Γ peaked."))
    }

    /// The digital put's largest residual on the course's path comes on the last step, which
    /// ends at expiry: the caption says no time was left, not "0 days before expiry".
    @Test func largestResidualOnTheLastStepSaysNoTimeWasLeft() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--type", "digital-put", "--style", "european", "--paths", "0",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        let residuals = report.column("delta_residual").map(abs)
        try #require(residuals.indices.max { residuals[$0] < residuals[$1] } == residuals.count - 1)
        #expect(report.text.contains(String(format: "The largest single-step residual, $%.2f, came at day 60.5", residuals.last!)))
        #expect(report.text.contains("above the strike) and no time left to expiry."))
        #expect(!report.text.contains(" 0 days before"))
    }

    /// The study of a digital draws no discrete-hedging line (its Γ is unbounded at the strike
    /// near expiry) and expects no direction of the mismatch means from the position's sign.
    @Test func digitalStudyDrawsNoDiscreteHedgingLineAndExpectsNoDirection() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--type", "digital-call", "--style", "european", "--paths", "200",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        let study = try #require(report.summary["monteCarlo"] as? [String: Any])
        #expect(study["discreteHedgingTheoryApplies"] as? Bool == false)
        let sweep = try #require(report.caption("mc-sweep"))
        #expect(sweep.contains("No theory line is drawn: the discrete-hedging formula expands each step's error in a bounded Γ"), "\(sweep)")
        #expect(sweep.contains("a law for a bounded Γ, which a payoff that jumps at the strike does not have"), "\(sweep)")
        #expect(!sweep.contains("not explained by these"), "\(sweep)")
        #expect(!report.text.contains("should rise"), "a digital's mismatch means have no expected direction")
        #expect(report.text.contains("so no direction is expected from the sign of the position alone"))
    }

    @Test func vanillaReportHasNoPinRiskParagraph() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path, "--paths", "0"])
        try #require(result.status == 0, "\(result.standardError)")
        #expect(!(try GeneratedReport(folder: folder).html.contains("pin-risk")))
    }

    /// An American digital, asked for with --style american, is refused before any work, with
    /// exit status 64 and both flags named.
    @Test func americanDigitalExitsWithBadUsage() throws {
        let result = try Executable.run([
            "report", "--quiet", "--type", "digital-put", "--style", "american", "--paths", "0", "--output", "/nonexistent/never",
        ])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--type digital-put cannot be priced with --style american"), "\(result.standardError)")
    }

    /// Without --style a digital is European, the one style it is priced in: the run goes
    /// ahead, and the summary and the regenerating command say european.
    @Test func aDigitalWithoutStyleIsEuropean() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path, "--type", "digital-call", "--paths", "0"])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        #expect(report.value("parameters", "exerciseStyle") as? String == "european")
        #expect(report.text.contains("--type digital-call --payout 1 --style european"))
    }
}
