import Foundation
import Testing

/// `--path-model binomial` with its factors, end to end: what the flags say is what the summary
/// records and what the path does.
@Suite(.timeLimit(.minutes(1)))
struct BinomialWalkFlagTests {
    /// u, d and p read back from `summary.json` (`parameters.binomialWalk`) equal the flags; the
    /// walk's interval is the rebalancing interval, one day; the realized volatility recorded is
    /// the walk's, σ = √(p(1 − p)/δt₀)·ln(u/d); and every step of the ledger's share price is a
    /// move up or down by the walk's factors for that step's length dt (to the 6 decimals of
    /// `ledger.csv`): u and d themselves over a whole day, and over the last half day
    /// exp(ν·dt + σ·√dt·√((1 − p)/p)) and exp(ν·dt − σ·√dt·√(p/(1 − p))), with
    /// ν = (p·ln u + (1 − p)·ln d)/δt₀, the same log mean and variance per year.
    @Test func binomialWalkFactorsAreReadBackFromTheSummaryAndTheLedger() throws {
        let (up, down, probability) = (1.03, 0.975, 0.45)
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--lattice-steps", "40", "--paths", "0", "--exercise", "hold",
            "--path-model", "binomial", "--up", "\(up)", "--down", "\(down)", "--up-probability", "\(probability)",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        #expect(report.value("parameters", "pathModel") as? String == "binomial")
        #expect(report.number("parameters", "binomialWalk", "up") == up)
        #expect(report.number("parameters", "binomialWalk", "down") == down)
        #expect(report.number("parameters", "binomialWalk", "upProbability") == probability)
        let interval = 1.0 / 365
        #expect(abs(report.number("parameters", "binomialWalk", "interval") - interval) < 1e-15)
        let volatility = (probability * (1 - probability)).squareRoot() * log(up / down) / interval.squareRoot()
        #expect(abs(report.number("parameters", "realizedVolatility") - volatility) < 1e-12)

        let (spots, times) = (report.column("spot"), report.column("time_years"))
        #expect(spots.count == 62)
        let drift = (probability * log(up) + (1 - probability) * log(down)) / interval
        var ups = 0, downs = 0
        for k in spots.indices.dropFirst() {
            let dt = times[k] - times[k - 1]
            let spread = volatility * dt.squareRoot()
            let factorUp = exp(drift * dt + spread * ((1 - probability) / probability).squareRoot())
            let factorDown = exp(drift * dt - spread * (probability / (1 - probability)).squareRoot())
            let move = spots[k] / spots[k - 1]
            if abs(move - factorUp) < 1e-8 { ups += 1 } else if abs(move - factorDown) < 1e-8 { downs += 1 }
            #expect(abs(move - factorUp) < 1e-8 || abs(move - factorDown) < 1e-8, "step \(k): × \(move), dt \(dt)")
        }
        #expect(ups > 0 && downs > 0 && ups + downs == 61)
    }
    /// The walk's own volatility, 60.5577%, and the implied 60.5621% both stand in the mismatch
    /// table: each row's volatility is shown with the decimals that tell them apart.
    @Test func mismatchRowsTellTheWalksVolatilityFromTheImpliedOne() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--lattice-steps", "40", "--paths", "100", "--sweep", "none",
            "--path-model", "binomial",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let html = try GeneratedReport(folder: folder).html
        let table = try #require(html.firstRange(of: "<table class=\"mismatch\">").map { html[$0.lowerBound...] })
        let end = try #require(table.firstRange(of: "</table>"))
        let rows = try Regex(#"<tr><td class="num">([^<]*)</td>"#)
        let labels = table[..<end.lowerBound].matches(of: rows).map { String($0.output[1].substring ?? "") }
        #expect(labels.count == 6, "\(labels)")
        #expect(Set(labels).count == labels.count, "\(labels)")
        #expect(labels.contains("60.558% (this run)"), "\(labels)")
    }
}
