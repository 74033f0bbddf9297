import Foundation
import Report
import Testing

/// Every sentence that states a finding, checked against the run's own numbers on a matrix of
/// scenarios (issue 11): the oracle recomputes each figure and each conclusion a caption draws
/// from `summary.json` and `ledger.csv`, independently of the code that wrote the caption.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ScenarioMatrixTests {
    /// The matrix: the cases the issue measured, every example, both types and sides, both
    /// styles, costs, weekly and intraday schedules, observed prices. The Monte Carlo study runs
    /// small (it is the captions' logic that is tested, not the study's precision).
    static let scenarios: [(name: String, arguments: [String])] = [
        ("default", ["--paths", "200"]),
        ("intraday", ["--interval", "1m", "--horizon", "120m", "--iv-spread", "0.02", "--paths", "200", "--style", "european"]),
        ("realized-high", ["--realized-vol", "1.2", "--paths", "200", "--style", "european"]),
        ("realized-low", ["--realized-vol", "0.2", "--paths", "0"]),
        ("binomial", ["--path-model", "binomial", "--paths", "200", "--style", "european"]),
        ("short-call", ["--type", "call", "--position", "short", "--paths", "0"]),
        ("deep-itm-american", ["--strike", "400", "--rate", "0.1", "--days", "120", "--paths", "0"]),
        ("european-put-costs", ["--style", "european", "--cost-bps", "20", "--paths", "200"]),
        ("weekly-short-put", ["--interval", "1w", "--position", "short", "--style", "european", "--paths", "0"]),
        ("long-call-dividends", ["--type", "call", "--style", "european", "--dividend-yield", "0.03", "--paths", "0", "--seed", "11"]),
        ("hull-table-19-2", ["--config", "examples/hull-table-19-2/config.yaml"]),
        ("course-put", ["--config", "examples/course-put/config.yaml", "--paths", "0"]),
        ("tesla-2019-2020", ["--config", "examples/tesla-2019-2020/config.yaml"]),
        ("hedge-vol-fixed", ["--style", "european", "--realized-vol", "0.8", "--hedge-vol", "0.7", "--paths", "200"]),
        // Issue 23: causes measured by control runs, nothing to hedge, the lesson.
        ("worthless-call", ["--type", "call", "--position", "short", "--strike", "330", "--days", "1", "--interval", "1h",
                            "--fee-per-trade", "1", "--paths", "200"]),
        ("american-call-realized-gap", ["--type", "call", "--style", "american", "--dividend-yield", "0.04", "--realized-vol", "0.30",
                                        "--interval", "1w", "--paths", "300"]),
        ("european-call-realized-gap", ["--type", "call", "--style", "european", "--dividend-yield", "0.04", "--realized-vol", "0.30",
                                        "--interval", "1w", "--paths", "300"]),
        ("european-call-realized-gap-hedged-realized", ["--type", "call", "--style", "european", "--dividend-yield", "0.04",
                                                        "--realized-vol", "0.30", "--interval", "1w", "--hedge-vol", "realized", "--paths", "300"]),
        ("hedge-vol-realized-0.8", ["--hedge-vol", "realized", "--realized-vol", "0.8", "--paths", "300"]),
        ("heston-costs", ["--path-model", "heston", "--cost-bps", "20", "--style", "european", "--paths", "200"]),
        ("collar", ["--config", "examples/collar/config.yaml", "--paths", "100"]),
        ("market-start-252", ["--year-basis", "252", "--interval", "1m", "--horizon", "390m", "--start-premium", "market", "--paths", "200"]),
        ("price-file-without-iv", ["--prices", "Fuzz/corpus/price-file/tsla-nasdaq-export-head.csv", "--paths", "0"]),
    ]

    /// The scenarios with nothing to hedge.
    static let degenerate: Set<String> = ["worthless-call"]

    @Test(arguments: scenarios.map(\.name))
    func everyCaptionAgreesWithTheRunsNumbers(_ name: String) throws {
        let arguments = Self.scenarios.first { $0.name == name }!.arguments
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path] + arguments)
        try #require(result.status == 0, "\(name): \(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        let oracle = ReportOracle(report: report, scenario: name)
        oracle.checkSections()
        // One option's side and strike; a book's are checked by BookExampleTests.
        if report.value("position") == nil {
            oracle.checkPosition()
            oracle.checkPriceCaption()
        }
        oracle.checkResidualCaption()
        oracle.checkTextbookCaption()
        oracle.checkMonteCarlo()
        oracle.checkHedgeVolatility()
        oracle.checkExplanations()
        oracle.checkTheoryLine()
        oracle.checkHedgeVolatilityWords()
        oracle.checkDegenerate(expected: Self.degenerate.contains(name))
        oracle.checkLesson()
    }
}

/// The checks, each a recomputation from the files.
struct ReportOracle {
    var report: GeneratedReport
    var scenario: String

    private func expectSays(_ text: String?, _ fragment: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text?.contains(fragment) == true, "\(scenario): \(what) should say “\(fragment)”: \(text ?? "no text")", sourceLocation: sourceLocation)
    }

    func checkSections() {
        let numbers = report.sectionNumbers
        #expect(numbers == Array(1...max(numbers.count, 1)), "\(scenario): section numbers \(numbers)")
    }

    var isLong: Bool { (report.value("parameters", "position") as? String) == "long" }

    func checkPosition() {
        let text = report.text
        expectSays(text, isLong ? "bought when the share traded" : "written (sold) when the share traded", "the scenario")
        expectSays(text, isLong ? "the holder paid" : "the writer received", "the scenario")
        #expect(!text.contains(isLong ? "written (sold)" : "bought when"), "\(scenario): the side is said both ways")
    }

    func checkPriceCaption() {
        let spots = report.column("spot")
        let strike = report.number("parameters", "strike")
        let caption = report.caption("price-path")
        expectSays(caption, "ranged from \(NumberFormat.money(spots.min()!)) to \(NumberFormat.money(spots.max()!))", "the price caption")
        let crossings = zip(spots, spots.dropFirst()).filter { ($0 - strike) * ($1 - strike) < 0 }.count
        expectSays(caption, "crossed the strike \(crossings) time", "the price caption")
        let times = report.column("time_years")
        let expiry = report.number("parameters", "yearsToExpiry")
        let exercised = report.column("exercised").contains(1)
        if exercised {
            expectSays(caption, "exercised early", "the price caption")
        } else if abs(times.last! - expiry) <= 1e-9 * max(expiry, 1) {
            let put = (report.value("parameters", "optionType") as? String) == "put"
            let inTheMoney = put ? spots.last! < strike : spots.last! > strike
            expectSays(caption, "expired \(inTheMoney ? "in" : "out of") the money", "the price caption")
        } else {
            expectSays(caption, "the horizon ends with", "the price caption")
            #expect(caption?.contains("expired") == false, "\(scenario): says expired before expiry")
        }
    }

    /// With nothing to hedge the residual and textbook charts are left out
    /// (``checkDegenerate(expected:)`` checks that), so there is no caption to read.
    var hasSomethingToHedge: Bool { report.value("degenerate") as? [String: Any] == nil }

    func checkResidualCaption() {
        guard hasSomethingToHedge else { return }
        let caption = report.caption("premium-vs-hedge")
        let estimators = report.value("parameters", "estimators") as? [String] ?? []
        let estimator = estimators.contains("delta") ? "delta" : estimators.first ?? ""
        let residual = report.number("hedges", estimator, "cumulativeResidual")
        expectSays(caption, "cumulative residual, \(NumberFormat.signedMoney(residual)) at the end", "the residual caption")
        guard estimator == "delta" else { return }
        // What the delta estimate leaves out, from the ledger's Greeks at each step's start.
        let m = report.number("parameters", "multiplier") * (isLong ? 1 : -1)
        let (s, t, g, theta, vega, sigma) = (
            report.column("spot"), report.column("time_years"), report.column("gamma"),
            report.column("theta_per_year"), report.column("vega_per_unit_volatility"), report.column("implied_volatility")
        )
        var gammaSize = 0.0, thetaSize = 0.0, vegaSize = 0.0
        for i in 1..<s.count {
            gammaSize += abs(0.5 * m * g[i - 1] * (s[i] - s[i - 1]) * (s[i] - s[i - 1]))
            thetaSize += abs(m * theta[i - 1] * (t[i] - t[i - 1]))
            vegaSize += abs(m * vega[i - 1] * (sigma[i] - sigma[i - 1]))
        }
        let largest = [("Γ term", gammaSize), ("time decay", thetaSize), ("implied-volatility moves", vegaSize)].max { $0.1 < $1.1 }!
        let relative = abs(largest.1 - [gammaSize, thetaSize, vegaSize].filter { $0 != largest.1 }.max()!) / max(largest.1, 1e-9)
        let degenerate = report.value("degenerate") as? [String: Any] != nil
        if relative > 0.01, !degenerate {  // a near tie is rounding's call, not a finding
            expectSays(caption, "\(largest.0)", "the residual caption")
            expectSays(caption?.components(separatedBy: ": ").last, largest.0, "the residual caption's conclusion")
        }
    }

    func checkTextbookCaption() {
        guard hasSomethingToHedge else { return }
        let caption = report.caption("textbook-pnl")
        expectSays(caption, "ended at \(NumberFormat.signedMoney(report.number("textbook", "finalPnL")))", "the textbook caption")
        let (s, t, sigma) = (report.column("spot"), report.column("time_years"), report.column("implied_volatility"))
        let big = (1..<s.count).filter { i in
            let move = s[i] / s[i - 1] - 1
            return move * move > sigma[i - 1] * sigma[i - 1] * (t[i] - t[i - 1])
        }.count
        expectSays(caption, big == 0 ? "on none of the \(s.count - 1) steps" : "on \(big) of \(s.count - 1) steps", "the textbook caption")
        if caption?.contains("Γ changed sign") == true {
            // A book whose m·Γ changes sign: the bars' side is per step (ReportOracle+Explanations).
            #expect(report.value("position") != nil, "\(scenario): Γ changes sign on one option")
        } else if big > 0, big < s.count - 1 {
            // The side of zero follows the sign of m·Γ on the steps, not the position's side.
            let m = report.number("parameters", "multiplier")  // signed: negative for a written option
            let longGamma = report.column("gamma").dropLast().contains { m * $0 > 0 }
            expectSays(caption, longGamma ? "those are the bars above zero" : "those are the bars below zero", "the textbook caption")
        }
    }

    func checkMonteCarlo() {
        guard let study = report.value("monteCarlo") as? [String: Any] else {
            #expect(report.caption("mc-distribution") == nil, "\(scenario): a Monte Carlo caption without a study")
            return
        }
        let paths = report.number("monteCarlo", "paths")
        let mean = report.number("monteCarlo", "finalPnL", "mean"), std = report.number("monteCarlo", "finalPnL", "standardDeviation")
        let error = std / paths.squareRoot()
        let distribution = report.caption("mc-distribution")
        expectSays(distribution, "averaged \(NumberFormat.signedMoney(mean)) ± \(NumberFormat.money(error))", "the distribution caption")
        // On a binomial walk's tree the mean is judged against the walk's exact theory mean.
        let exact = (study["theoryMethod"] as? String) == "binomial-walk-tree" ? report.number("monteCarlo", "finalPnLTheoryMean") : 0
        if abs((mean - exact) / error) <= 3 {
            expectSays(distribution, "no bias shows", "the distribution caption")
        } else {
            expectSays(distribution, "a bias", "the distribution caption")
            #expect(distribution?.contains("no bias shows") == false)
        }

        let sweep = (study["sweep"] as? [[String: Any]] ?? []).map {
            (n: ($0["rebalances"] as! NSNumber).doubleValue, std: ($0["std"] as! NSNumber).doubleValue,
             theory: ($0["theory"] as? NSNumber)?.doubleValue ?? 0)
        }
        if sweep.count > 2, let caption = report.caption("mc-sweep") {
            let x = sweep.map { log($0.n) }, y = sweep.map { log($0.std) }
            let k = Double(x.count), mx = x.reduce(0, +) / k, my = y.reduce(0, +) / k
            let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
            let slope = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / sxx
            let residual = zip(x, y).reduce(0) { $0 + pow($1.1 - my - slope * ($1.0 - mx), 2) }
            let slopeError = (residual / (k - 2) / sxx).squareRoot()
            expectSays(caption, "slope \(NumberFormat.signed(slope, decimals: 3))", "the sweep caption")
            // A slope is compared with −½ only when every point lies within 3 of its standard
            // errors of the line (PowerLawFit.lineTolerance).
            let errors = (study["sweep"] as? [[String: Any]] ?? []).map { ($0["stdStandardError"] as! NSNumber).doubleValue }
            let alongLine = x.indices.allSatisfy { i in
                abs(y[i] - my - slope * (x[i] - mx)) <= 3 * errors[i] / sweep[i].std
            }
            let consistent = alongLine && (slopeError > 0 ? abs(slope + 0.5) <= 2 * slopeError : false)
            #expect((caption.contains("consistent with the theory's −½") || caption.contains("consistent with the Black–Scholes 1/√N law's −½")) == consistent, "\(scenario): slope \(slope) ± \(slopeError): \(caption)")
            if (study["discreteHedgingTheoryApplies"] as? Bool) == true, sweep.allSatisfy({ $0.theory > 0 }) {
                let within = sweep.allSatisfy { abs($0.std / $0.theory - 1) <= 0.15 }
                #expect(caption.contains("Every point lies within 15%") == within, "\(scenario): \(caption)")
            }
        }

        let mismatch = (study["volatilityMismatch"] as? [[String: Any]] ?? []).map {
            (mean: ($0["mean"] as! NSNumber).doubleValue, std: ($0["std"] as! NSNumber).doubleValue,
             theory: ($0["theory"] as? NSNumber)?.doubleValue)
        }
        if mismatch.count > 1, let caption = report.caption("mc-mismatch") {
            let rising = zip(mismatch, mismatch.dropFirst()).allSatisfy { $1.mean > $0.mean }
            #expect(caption.contains("The mean P&L rises") == rising, "\(scenario): \(caption)")
            // Points without a theory figure (a book, Merton, Heston) are not compared.
            let theories = mismatch.compactMap(\.theory)
            let agree = theories.count == mismatch.count && zip(mismatch, theories).allSatisfy {
                abs($0.mean - $1) <= 3 * $0.std / paths.squareRoot() + 0.1 * abs($1)
            }
            #expect(caption.contains("Every mean lies within 3 standard errors") == agree, "\(scenario): \(caption)")
        }
    }
}
