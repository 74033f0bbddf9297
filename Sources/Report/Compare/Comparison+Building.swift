import Analytics
import Foundation
import Simulation

extension Comparison {
    /// The comparison of `runs` (at least two), the first the baseline; sentences name each
    /// scenario by its values of `described` (default: every flag that differs).
    public init(_ runs: [ComparedRun], described: [String]? = nil) {
        let base = runs[0]
        seed = base.scenario.seed
        paths = base.analysis.monteCarlo?.paths ?? 0
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
        standardErrors = "A difference's standard error is paired: computed from the per-path differences of the same "
            + "paths (path k of every scenario from the same seed). Means: the std of the per-path differences over √n. "
            + "Stds: the delta method over the pairs (each path's (x − x̄)² − s², over 2s). 5% quantile and expected "
            + "shortfall: a paired bootstrap of 200 resamples of the path indices, seeded, so the page is the same on "
            + "every run. The early-exercise fraction and the sweep's slope have no per-path pairs and use √(SE₁² + SE₂²). "
            + "Figures of the one shown path have no sampling error."
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

    static func describeSharing(_ runs: [ComparedRun]) -> String {
        let apart = runs.dropFirst().filter { !$0.sharesPaths(with: runs[0]) }.map(\.name)
        var text = "Every scenario runs from seed \(runs[0].scenario.seed): Monte Carlo path k of each is drawn from the same generator state. "
        let sameMarket = runs.dropFirst().filter { $0.sharesPaths(with: runs[0]) && $0.marketDifferences(from: runs[0]).isEmpty }.map(\.name)
        let rescaled = runs.dropFirst().filter { $0.sharesPaths(with: runs[0]) && !$0.marketDifferences(from: runs[0]).isEmpty }
        if !sameMarket.isEmpty {
            text += "\(sameMarket.joined(separator: ", ")) \(sameMarket.count == 1 ? "draws" : "draw") path k with the same shocks on the same "
                + "grid as the baseline: the same market, hedged another way. "
        }
        for run in rescaled {
            text += "\(run.name) draws path k with the same shocks on the same grid as the baseline, moved by "
                + "\(run.marketDifferences(from: runs[0]).joined(separator: " and ")): a market that moves with the baseline's, not the same one. "
        }
        let coupled = runs.filter { $0.scenario.drawingInterval != nil && $0.sharesPaths(with: runs[0]) }.map(\.name)
        if !coupled.isEmpty {
            text += "\(coupled.joined(separator: ", ")): a coarser schedule reads paths drawn on the finer grid at its own dates "
                + "(--shock-interval, in its report's command), so each shock over a longer interval is the sum of the finer steps' shocks. "
        }
        if !apart.isEmpty {
            text += "\(apart.joined(separator: ", ")) \(apart.count == 1 ? "draws" : "draw") on another grid or with another path model: "
                + "path k reads the same stream of normal draws over other steps, so the markets are not the same and the pairing "
                + "removes little of the noise. "
        }
        text += "Each scenario's figures are those of its own report, to the last digit."
        return text.trimmingCharacters(in: .whitespaces)
    }
}
