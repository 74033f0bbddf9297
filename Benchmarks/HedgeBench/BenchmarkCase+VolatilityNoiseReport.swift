import Foundation

extension BenchmarkCase {
    /// Issue 11: the default American report with the implied volatility redrawn at every date
    /// (`--iv-spread 0.05`) against the same report without it, both with 2,000 paths, timed as
    /// subprocesses in the same run. The study's grid spans the volatilities drawn, so every
    /// path's pricing stays interpolation; the target is the issue's: at most 3× the time.
    static func volatilityNoiseReport(
        _ program: HedgeReportProcess = .besideThisProgram, slowdown limit: Double = 3
    ) -> BenchmarkCase {
        func variant(_ label: String, _ arguments: [String]) -> OurVariant {
            OurVariant(
                label: label,
                schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1),
                call: { try program.report(["--paths", "2000", "--quiet"] + arguments) }
            )
        }
        return BenchmarkCase(
            name: "iv-noise-report",
            title: "the default American report with --iv-spread 0.05 against without, 2000 paths each",
            timed: """
                one run of the release executable as a subprocess, from launch to exit, wall clock, \
                as default-report times it: `hedge-report report --paths 2000 --iv-spread 0.05` \
                (the study's grids span σ₀ ± 5 spreads on 7 volatility nodes, 28 lattices per date, \
                and every valuation reads 4 of them), then the same without --iv-spread (grids at σ₀ \
                and, for the vega, σ₀ ± 0.01: 8 lattices per date). The target is \
                the ratio of the two medians; the figures are each run's mean Σ|ε| of the greeks \
                estimator and its grid's worst premium error, read from summary.json.
                """,
            ours: [
                variant("hedge-report report --paths 2000 --iv-spread 0.05", ["--iv-spread", "0.05"]),
                variant("hedge-report report --paths 2000 (the reference)", []),
            ],
            peer: nil,
            target: .slowdown(atMost: limit),
            values: { try figures(program) }
        )
    }

    /// The greeks estimator's mean Σ|ε| (USD) and the grid's worst premium error (USD per
    /// share) of the American run with noise, of the same without, and of the European run
    /// with noise (what the American one should come close to).
    private static func figures(_ program: HedgeReportProcess) throws -> [String: Double] {
        var values: [String: Double] = [:]
        for (name, arguments) in [
            ("american, iv noise", ["--iv-spread", "0.05"]),
            ("american, no noise", []),
            ("european, iv noise", ["--iv-spread", "0.05", "--style", "european"]),
        ] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hedge-bench-iv-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            _ = try program.report(["--paths", "2000", "--quiet", "--output", folder.path] + arguments)
            let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
            let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let study = summary?["monteCarlo"] as? [String: Any]
            values["\(name): greeks mean Σ|ε|, USD"] = (study?["meanTotalAbsResidual"] as? [String: Any])?["greeks"] as? Double ?? .nan
            values["\(name): grid error, USD per share"] = study?["gridError"] as? Double ?? .nan
        }
        return values
    }
}
