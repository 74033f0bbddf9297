import Foundation
import Testing

/// Every sentence of `compare.html` that a student review found false for its run (issue 25's
/// compare page), each recomputed from the scenarios compared: their `summary.json` and
/// `comparison.json`.
@Suite(.timeLimit(.minutes(2)))
struct CompareStatedFactsTests {
    private func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func figure(_ comparison: [String: Any], _ id: String) throws -> [String: Any] {
        let figures = try #require(comparison["figures"] as? [[String: Any]])
        return try #require(figures.first { $0["id"] as? String == id })
    }

    /// Runs `compare arguments…` into `folder`; its `comparison.json` and its page.
    private func compare(_ arguments: [String], in folder: URL) throws -> (comparison: [String: Any], page: String) {
        let result = try Executable.run(["compare"] + arguments + ["-o", folder.path, "--quiet"])
        try #require(result.status == 0, "\(result.standardError)")
        return (
            try json(folder.appendingPathComponent("comparison.json")),
            try String(contentsOf: folder.appendingPathComponent("compare.html"), encoding: .utf8)
        )
    }

    /// The page's figure captions, title → text, unescaped.
    private func captions(_ page: String) throws -> [String: String] {
        let pattern = try Regex(#"<figcaption><strong>([^<]*)</strong> ([^<]*)</figcaption>"#)
        let unescaped = { (text: Substring?) in
            String(text ?? "").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
        var texts = [String: String]()
        for match in page.matches(of: pattern) {
            texts[unescaped(match.output[1].substring)] = unescaped(match.output[2].substring)
        }
        return texts
    }

    private func caption(_ page: String, titled prefix: String) throws -> String {
        try #require(try captions(page).first { $0.key.hasPrefix(prefix) }?.value, "no caption titled \(prefix)")
    }

    private func names(_ comparison: [String: Any]) throws -> [String] {
        try #require(comparison["scenarios"] as? [[String: Any]]).compactMap { $0["name"] as? String }
    }

    /// "$254" as the captions write a whole-dollar std.
    private func dollars(_ value: Double) -> String {
        let whole = Int(value.rounded())
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        return "$" + (formatter.string(from: NSNumber(value: whole)) ?? "\(whole)")
    }

    /// Finding 1: the study's main batch hedges on the calendar, so a band scenario's Monte
    /// Carlo figures are its own rule's from its `summary.json` (`monteCarlo.rules`) where the
    /// study compared the rules (with a cost), and absent (—) where it did not; never the
    /// calendar's. Its differences are unpaired, and the histogram leaves it out, saying why.
    @Test func aScenarioOnTheBandRuleShowsItsRulesFiguresNotTheCalendars() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(["--vary", "cost-bps=0,20", "--vary", "rebalance=calendar,band", "--paths", "200"], in: folder)
        let names = try names(comparison)
        let mean = try figure(comparison, "mc-mean"), std = try figure(comparison, "mc-std"), quantile = try figure(comparison, "mc-quantile-05")
        let means = try #require(mean["values"] as? [Any]), stds = try #require(std["values"] as? [Any])
        let meanErrors = try #require(mean["standardErrors"] as? [Any]), quantiles = try #require(quantile["values"] as? [Any])
        let meanDifferences = try #require(mean["differences"] as? [Any])
        var checkedRule = false, checkedMissing = false
        let histogram = try caption(page, titled: "The final P&L over")
        for (i, name) in names.enumerated() {
            let summary = try json(folder.appendingPathComponent("\(name)/summary.json"))
            let parameters = try #require(summary["parameters"] as? [String: Any])
            let study = try #require(summary["monteCarlo"] as? [String: Any])
            guard parameters["rebalance"] as? String == "band" else {
                let own = try #require((study["finalPnL"] as? [String: Any])?["mean"] as? Double)
                #expect(means[i] as? Double == own, "\(name)")
                #expect(histogram.contains("\(name) std"), "\(histogram)")
                continue
            }
            let band = try #require(parameters["bandShares"] as? Double)
            #expect(quantiles[i] is NSNull, "\(name): the 5% quantile is the calendar's")
            #expect(histogram.contains("\(name), whose study hedges its paths on the calendar, not on its band rule"), "\(histogram)")
            #expect(!histogram.contains("\(name) std"), "\(histogram)")
            if let outcome = (study["rules"] as? [[String: Any]])?.first(where: { $0["rule"] as? String == "band" && $0["band"] as? Double == band }) {
                #expect(means[i] as? Double == outcome["mean"] as? Double, "\(name)")
                #expect(meanErrors[i] as? Double == outcome["meanStandardError"] as? Double, "\(name)")
                #expect(stds[i] as? Double == outcome["std"] as? Double, "\(name)")
                let calendar = try #require((study["finalPnL"] as? [String: Any])?["mean"] as? Double)
                #expect(means[i] as? Double != calendar, "\(name) shows the calendar's mean")
                #expect((meanDifferences[i] as? [String: Any])?["method"] as? String == "unpaired")
                #expect((comparison["ruleFigures"] as? String)?.contains("\(name) hedges on the band rule, but its Monte Carlo study hedges its paths on the calendar: its mean and std of the final P&L are its rule's own") == true)
                checkedRule = true
            } else {
                #expect((study["rules"] as? [Any])?.isEmpty ?? true)
                #expect(means[i] is NSNull && stds[i] is NSNull, "\(name): no rules compared, so no figure of its rule")
                let note = "\(name) hedges on the band rule, but its Monte Carlo study hedges its paths on the calendar and compared no rules"
                #expect((comparison["ruleFigures"] as? String)?.contains(note) == true && page.contains(note))
                checkedMissing = true
            }
        }
        #expect(checkedRule && checkedMissing)
        // Each finding on the mean names the figures of the table, the band's its rule's.
        for finding in try #require(comparison["findings"] as? [[String: Any]]) where finding["figure"] as? String == "mc-mean" {
            let i = try #require(finding["scenario"] as? Int), text = try #require(finding["text"] as? String)
            let amounts = CompareTests.amounts(in: text)
            try #require(amounts.count >= 4, "\(text)")
            #expect(abs(amounts[2] - (means[i] as? Double ?? .nan)) <= 0.5, "\(text)")
        }
        // The sweep's lines are the calendar's in every study, and its caption says so.
        #expect(try caption(page, titled: "Hedging error against").contains("hedged on the calendar, not on their own rule"))
    }

    /// Finding 2: with `--hedge-with` the histogram plots the hedge each scenario trades, as the
    /// table's row does, and its caption states that row's stds.
    @Test func theHistogramOfTradedHedgesStatesTheTablesStds() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(["--vary", "hedge-with=none,type=call;strike=270;days=90", "--paths", "200"], in: folder)
        let names = try names(comparison)
        let hedged = try #require(try figure(comparison, "mc-hedge-std")["values"] as? [Double])
        #expect(hedged[1] < hedged[0] / 2)
        let text = try caption(page, titled: "The final P&L over")
        #expect(text.contains("the hedge each scenario trades (shares, delta-gamma)"), "\(text)")
        for (i, name) in names.enumerated() {
            #expect(text.contains("\(name) std \(dollars(hedged[i]))"), "\(text) lacks \(name)'s \(hedged[i])")
        }
    }

    /// Findings 3 and 5: the histogram's caption claims the same paths only when the page's
    /// sharing test holds (the same grid and path model, nothing moving the market), and the
    /// path chart's speaks of a coarser schedule only when the schedules differ.
    @Test(arguments: [
        (["--vary", "path-model=gbm,merton", "--paths", "100"], false),
        (["--vary", "position=long,short", "--paths", "100"], true),
    ])
    func captionsClaimTheSamePathsOnlyWhenTheScenariosShareThem(arguments: [String], same: Bool) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(arguments, in: folder)
        let names = try names(comparison)
        let scenarios = try #require(comparison["scenarios"] as? [[String: Any]])
        // The condition, from the scenarios: every one draws with the baseline's path model on its grid.
        let models = try names.map { name in
            try #require((try json(folder.appendingPathComponent("\(name)/summary.json"))["parameters"] as? [String: Any])?["pathModel"] as? String)
        }
        let shares = scenarios.allSatisfy { $0["sharesPathsWithBaseline"] as? Bool == true } && Set(models).count == 1
        #expect(shares == same)
        let histogram = try caption(page, titled: "The final P&L over")
        #expect(histogram.contains("on the same paths") == shares, "\(histogram)")
        let sharing = try #require(comparison["commonRandomNumbers"] as? String)
        if !shares {
            #expect(histogram.contains("each on its own market (\(names[1]): another path model)"), "\(histogram)")
            #expect(sharing.contains("so the markets are not the same"))
        }
        let rebalances = Set(scenarios.compactMap { $0["rebalances"] as? Int })
        let path = try caption(page, titled: "The shown path and")
        #expect(path.contains("coarser schedule") == (rebalances.count > 1), "\(path)")
    }

    /// Finding 5's other side: a weekly schedule reads the daily path at its own dates, and the
    /// caption says so.
    @Test func aCoarserScheduleIsNamedWhenTheSchedulesDiffer() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(["--vary", "interval=1d,1w", "--paths", "0"], in: folder)
        let rebalances = try #require(comparison["scenarios"] as? [[String: Any]]).compactMap { $0["rebalances"] as? Int }
        #expect(Set(rebalances).count == 2)
        let path = try caption(page, titled: "The shown path and")
        #expect(path.hasPrefix("Every scenario hedges the same shown path, a coarser schedule reading it at its own dates"), "\(path)")
    }

    /// Finding 4: two windows of a price file are told apart by their dates (each report's
    /// `from` and `to`), with no seed and no path model: nothing is drawn and no study ran.
    @Test func observedWindowsAreDescribedByTheirDatesWithoutSeedOrPathModel() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prices = Executable.packageRoot.appendingPathComponent("data/TSLA-2019-07-29_2020-07-27-nasdaq-export.csv").path
        let calm = try Executable.write("name: calm\nprices: \(prices)\nfrom: 2019-08-01\nto: 2019-09-30\n", named: "calm.yaml", in: folder)
        let crash = try Executable.write("name: crash\nprices: \(prices)\nfrom: 2020-02-03\nto: 2020-03-31\n", named: "crash.yaml", in: folder)
        let output = folder.appendingPathComponent("out")
        let (comparison, page) = try compare(["-c", calm, "-c", crash], in: output)
        #expect(comparison["paths"] as? Int == 0)
        let sharing = try #require(comparison["commonRandomNumbers"] as? String)
        let path = try caption(page, titled: "The shown path and")
        let subtitle = try #require(page.firstMatch(of: try Regex(#"<p class="subtitle">([^<]*)</p>"#))?.output[1].substring)
        let footer = try #require(page.firstMatch(of: try Regex(#"<footer><p>([^<]*<code>[^<]*</code>[^<]*)</p></footer>"#))?.output[1].substring)
        #expect(footer.hasSuffix("Same parameters, price files, same numbers."), "\(footer)")
        #expect(!subtitle.contains("noise"), "no study: nothing to tell from noise")
        for text in [sharing, path, String(subtitle)] {
            #expect(!text.contains("seed") && !text.contains("path model"), "\(text)")
        }
        for name in ["calm", "crash"] {
            // Each report's footer: a price file and no study draw nothing from the seed.
            let report = try String(contentsOf: output.appendingPathComponent("\(name)/report.html"), encoding: .utf8)
            #expect(report.contains("Same parameters, price file, same numbers.</p></footer>"), "\(name)")
        }
        for name in ["calm", "crash"] {
            let parameters = try #require(try json(output.appendingPathComponent("\(name)/summary.json"))["parameters"] as? [String: Any])
            #expect(parameters["pathModel"] as? String == "file")
            let window = "\(name) \(try #require(parameters["from"] as? String)) to \(try #require(parameters["to"] as? String))"
            #expect(sharing.contains(window) && path.contains(window), "\(sharing) / \(path) lack \(window)")
        }
    }

    /// Eight scenarios (two costs × four rules): every chart keeps room to plot beside its
    /// legend — the path chart names each colour once, in its top panel — so the page is written
    /// with all of them instead of failing on a chart too small for its legend.
    @Test func eightScenariosDrawEveryChart() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(
            ["--vary", "cost-bps=10,50", "--vary", "rebalance=calendar,whalley-wilmott,band,leland", "--paths", "20"], in: folder
        )
        let scenarios = try #require(comparison["scenarios"] as? [Any])
        #expect(scenarios.count == 8)
        for id in ["compare-path", "compare-rules", "compare-sweep"] {
            #expect(page.contains("id=\"figure-\(id)\""), "\(id)")
        }
    }

    /// Each scenario's `volatilityMismatch` means from its `summary.json`.
    private func mismatchMeans(_ folder: URL, _ name: String) throws -> [Double] {
        let study = try #require(try json(folder.appendingPathComponent("\(name)/summary.json"))["monteCarlo"] as? [String: Any])
        return try #require(study["volatilityMismatch"] as? [[String: Any]]).compactMap { $0["mean"] as? Double }
    }

    /// A student's review (2, 11d, 11e) on `--vary interval=1d,1w`: the slope's cell is the
    /// report's own "slope ± error" text (the regression's residual error, not the one
    /// propagated from the points), an American put's early-exercise fraction is a number, and
    /// mismatch lines that differ are measured against the baseline's.
    @Test func theSweepSlopeCellIsEachReportsOwnText() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(["--vary", "interval=1d,1w", "--paths", "200"], in: folder)
        let names = try names(comparison)
        let slope = try figure(comparison, "sweep-slope")
        let errors = try #require(slope["standardErrors"] as? [Any])
        for (i, name) in names.enumerated() {
            let summary = try json(folder.appendingPathComponent("\(name)/summary.json"))
            let fit = try #require((summary["monteCarlo"] as? [String: Any])?["sweepFit"] as? [String: Any])
            #expect(errors[i] as? Double == fit["standardError"] as? Double, "\(name)")
            #expect(errors[i] as? Double != fit["propagatedStandardError"] as? Double, "\(name)")
            let report = try String(contentsOf: folder.appendingPathComponent("\(name)/report.html"), encoding: .utf8)
            let stated = try #require(report.firstMatch(of: try Regex(#"line of slope (−?[0-9.]+ ± [0-9.]+)"#))?.output[1].substring)
            // The cell is the figure ± its error, then (beside the baseline) its difference.
            #expect(page.contains("<td class=\"num\">\(stated)</td>") || page.contains("<td class=\"num\">\(stated)<small>"), "\(name): \(stated)")
            // The study's schedule: N rebalances over the horizon, as before.
            let path = try #require(summary["path"] as? [String: Any])
            #expect(try #require(comparison["scenarios"] as? [[String: Any]])[i]["rebalances"] as? Int == (path["rebalancingDates"] as? Int).map { $0 - 1 })
        }
        let exercise = try figure(comparison, "mc-early-exercise")
        #expect(try #require(exercise["values"] as? [Any]).allSatisfy { $0 is Double })
        #expect(exercise["label"] as? String == "fraction of paths exercised early")
        let lines = try names.map { try mismatchMeans(folder, $0) }
        let gap = zip(lines[0], lines[1]).map { abs($0 - $1) }.max() ?? 0
        #expect(gap >= 0.005)
        #expect(try caption(page, titled: "Hedging at the implied volatility").contains("the means lie at most \(dollars(gap)) from \(names[0])'s"))
    }

    /// A student's review (5): on observed prices the "rebalances N" row said 89, the days of
    /// a daily schedule the file's dates replace; each run rebalanced at its 61 later prices.
    @Test func observedScenariosRebalanceAtTheirPrices() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, _) = try compare([
            "--prices", PriceFileTests.tsla, "--from", "2020-01-02", "--to", "2020-03-31", "--vary", "type=put,call", "--lattice-steps", "60",
        ], in: folder)
        let scenarios = try #require(comparison["scenarios"] as? [[String: Any]])
        for scenario in scenarios {
            let name = try #require(scenario["name"] as? String)
            let ledger = try String(contentsOf: folder.appendingPathComponent("\(name)/ledger.csv"), encoding: .utf8)
            let lastStep = ledger.split(whereSeparator: \.isNewline).dropFirst().compactMap { Int($0.split(separator: ",")[0]) }.last
            #expect(scenario["rebalances"] as? Int == lastStep, "\(name)")
            #expect(scenario["rebalances"] as? Int == 61, "\(name)")
        }
    }

    /// A student's review (11d, 11e): European options cannot be exercised early, so the
    /// fraction is "—", not a measured 0.0% ± 0.0%; and lines that agree to the cent are said to.
    @Test func europeanScenariosHaveNoEarlyExerciseAndEqualLinesAreSaidEqual() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (comparison, page) = try compare(["--vary", "type=put,digital-put", "--style", "european", "--paths", "50"], in: folder)
        let exercise = try figure(comparison, "mc-early-exercise")
        #expect(try #require(exercise["values"] as? [Any]).allSatisfy { $0 is NSNull })
        #expect(try #require(exercise["differences"] as? [Any]).allSatisfy { $0 is NSNull })
        #expect(page.contains("fraction of paths exercised early (— for European options: they cannot be)"))

        let other = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        let (same, samePage) = try compare(["--vary", "hedge-vol=implied,0.4", "--paths", "50"], in: other)
        let names = try names(same)
        let lines = try names.map { try mismatchMeans(other, $0) }
        #expect(zip(lines[0], lines[1]).allSatisfy { abs($0 - $1) < 0.005 })
        let text = try caption(samePage, titled: "Hedging at the implied volatility")
        #expect(text.contains("the means are \(names[0])'s to the cent"), "\(text)")
        #expect(!text.contains("lie at most"))
    }
}
