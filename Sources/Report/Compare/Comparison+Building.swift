import Analytics
import Foundation
import Simulation

extension Comparison {
    /// The comparison of `runs` (at least two), the first the baseline; sentences name each
    /// scenario by its values of `described` (default: every flag that differs).
    public init(_ runs: [ComparedRun], described: [String]? = nil) {
        let base = runs[0]
        seed = base.scenario.dynamics.seed
        paths = base.analysis.monteCarlo?.paths ?? 0
        observedPrices = runs.allSatisfy(\.scenario.dynamics.pathModel.isObserved)
        let varied = Self.variedFlags(runs)
        self.varied = varied
        self.described = described ?? []
        var scenarios = runs.map { run in
            Scenario(
                name: run.name, report: "\(run.name)/report.html",
                parameters: Dictionary(uniqueKeysWithValues: run.settings.parameters.filter { varied.contains($0.flag) }.map { ($0.flag, $0.shown) }),
                rebalances: run.rebalances, sharesPathsWithBaseline: run.sharesPaths(with: base)
            )
        }
        // Parameters a scenario does not have show as "—" in the table; record them too.
        for i in scenarios.indices {
            for flag in varied where scenarios[i].parameters[flag] == nil { scenarios[i].parameters[flag] = "—" }
        }
        self.scenarios = scenarios
        figures = Self.figures(runs)
        commonRandomNumbers = Self.describeSharing(runs)
        standardErrors = Self.describeErrors(runs)
        ruleFigures = Self.describeRules(runs)
        findings = []
        pairing = []
        findings = Self.findings(self)
        pairing = Self.pairing(self)
    }

    /// The flags whose shown values differ between the runs (the output folder aside).
    static func variedFlags(_ runs: [ComparedRun]) -> [String] {
        var order = [String]()
        var values = [String: Set<String>]()
        for run in runs {
            for parameter in run.settings.parameters where parameter.flag != "--output" {
                if values[parameter.flag] == nil { order.append(parameter.flag) }
                values[parameter.flag, default: []].insert(parameter.shown)
            }
        }
        return order.filter { flag in
            values[flag]!.count > 1 || runs.contains { !$0.settings.parameters.contains { $0.flag == flag } }
        }
    }

    /// How the runs share random numbers, in words: which scenario's market is the baseline's
    /// (``ComparedRun/hedgesSameMarket(as:)``), moves with it, or is another; without a study,
    /// what sets the shown paths apart (observed windows by their dates, no seed).
    static func describeSharing(_ runs: [ComparedRun]) -> String {
        let base = runs[0]
        let own = "Each scenario's figures are those of its own report, to the last digit."
        guard runs.contains(where: { $0.analysis.monteCarlo != nil }) else {
            var text = "No Monte Carlo study ran, so no paths are paired: every figure is of one shown path. "
            if runs.allSatisfy(\.scenario.dynamics.pathModel.isObserved) {
                let windows = runs.map { "\($0.name) \($0.priceWindow)" }.joined(separator: "; ")
                text += runs.dropFirst().allSatisfy({ $0.marketDifferences(from: base).isEmpty })
                    ? "Every scenario hedges the same observed prices (\(windows)). "
                    : "Each scenario hedges the observed prices of its own window (\(windows)), so the markets are not the same. "
            } else {
                let same = runs.dropFirst().filter { $0.marketDifferences(from: base).isEmpty }.map(\.name)
                if !same.isEmpty {
                    text += "\(same.joined(separator: ", ")) \(same.count == 1 ? "hedges" : "hedge") the baseline's market another way. "
                }
                for run in runs.dropFirst() where !run.marketDifferences(from: base).isEmpty {
                    text += "\(run.name)'s shown path differs from the baseline's by \(run.marketDifferences(from: base).joined(separator: " and ")). "
                }
            }
            return text + own
        }
        let apart = runs.dropFirst().filter { !$0.sharesPaths(with: base) }.map(\.name)
        var text = "Every scenario runs from seed \(base.scenario.dynamics.seed): Monte Carlo path k of each is drawn from the same generator state. "
        let sameMarket = runs.dropFirst().filter { $0.hedgesSameMarket(as: base) }.map(\.name)
        let rescaled = runs.dropFirst().filter { $0.sharesPaths(with: base) && !$0.hedgesSameMarket(as: base) }
        if !sameMarket.isEmpty {
            text += "\(sameMarket.joined(separator: ", ")) \(sameMarket.count == 1 ? "draws" : "draw") path k with the same shocks on the same "
                + "grid as the baseline: the same market, hedged another way. "
        }
        for run in rescaled {
            text += "\(run.name) draws path k with the same shocks on the same grid as the baseline, moved by "
                + "\(run.marketDifferences(from: base).joined(separator: " and ")): a market that moves with the baseline's, not the same one. "
        }
        let coupled = runs.filter { $0.scenario.dynamics.drawingInterval != nil && $0.sharesPaths(with: base) }.map(\.name)
        if !coupled.isEmpty {
            text += "\(coupled.joined(separator: ", ")): a coarser schedule reads paths drawn on the finer grid at its own dates "
                + "(--shock-interval, in its report's command), so each shock over a longer interval is the sum of the finer steps' shocks. "
        }
        if !apart.isEmpty {
            text += "\(apart.joined(separator: ", ")) \(apart.count == 1 ? "draws" : "draw") on another grid or with another path model: "
                + "path k reads the same stream of normal draws over other steps, so the markets are not the same and the pairing "
                + "removes little of the noise. "
        }
        return text + own
    }

    /// How each kind of standard error was computed, in words; without a study, that every
    /// figure is exact.
    static func describeErrors(_ runs: [ComparedRun]) -> String {
        guard runs.contains(where: { $0.analysis.monteCarlo != nil }) else {
            return "No Monte Carlo study ran: every figure is of the one shown path, with no sampling error, and each difference is exact."
        }
        return "A difference's standard error is paired: computed from the per-path differences of the same "
            + "paths (path k of every scenario from the same seed). Means: the std of the per-path differences over √n. "
            + "Stds: the delta method over the pairs (each path's (x − x̄)² − s², over 2s). 5% quantile and expected "
            + "shortfall: a paired bootstrap of 200 resamples of the path indices, seeded, so the page is the same on "
            + "every run. The early-exercise fraction and the sweep's slope have no per-path pairs and use √(SE₁² + SE₂²); "
            + "a slope's own ± is its report's, the regression's residual standard error (none with fewer than 3 frequencies). "
            + "Figures of the one shown path have no sampling error."
    }

    /// One sentence per scenario whose textbook hedge trades on another rule than the calendar
    /// its study hedges on (``ComparedRun/studyHedgesOwnRule``): which of its Monte Carlo
    /// figures are its rule's own and which it has none of; empty when every scenario is on the
    /// calendar.
    static func describeRules(_ runs: [ComparedRun]) -> String {
        runs.filter { !$0.studyHedgesOwnRule && $0.analysis.monteCarlo != nil }.map { run in
            let head = "\(run.name) hedges on the \(run.scenario.hedge.rebalancing.name.rawValue) rule, but its Monte Carlo study hedges its "
                + "paths on the calendar"
            let sweep = " Its sweep's slope, like the sweep's and the mismatch's charts, is the calendar's."
            guard run.ownRuleOutcome != nil else {
                return head + " and compared no rules (it compares them only with a proportional cost, --cost-bps above 0): the mean, "
                    + "std, 5% quantile and expected shortfall of its final P&L would not be its rule's, so they show as —." + sweep
            }
            return head + ": its mean and std of the final P&L are its rule's own, from its report's “The rules side by side” "
                + "on the same paths, with unpaired differences (the study keeps no per-path figures of a rule); its 5% quantile and expected "
                + "shortfall are not computed for its rule and show as —." + sweep
        }.joined(separator: " ")
    }
}
