import Foundation

extension BenchmarkCase {
    /// Issue 14's many paths: the default report with a 100,000-path Monte Carlo study, end to
    /// end, on every core. There is no peer: issue 26 holds it to at most `limit` times the
    /// default report (1,000 paths) timed in the same run.
    static func manyPathsReport(
        paths: Int = 100_000, _ program: HedgeReportProcess = .besideThisProgram, limit: Double = 10
    ) -> BenchmarkCase {
        let arguments = ["--paths", "\(paths)", "--quiet"]
        return BenchmarkCase(
            name: "report-\(paths)-paths",
            title: "the default report with \(paths) Monte Carlo paths: hedge-report report --paths \(paths)",
            timed: """
                one run of the release executable as a subprocess, from launch to exit, wall clock, on \
                all cores: the course scenario's path, then the study — \(paths) paths hedged daily by \
                the four estimators and the textbook hedge, the same paths hedged at the sweep's \
                frequencies (each date valued once for all of them), \(paths) paths at each of the \
                five mismatch volatilities, the control runs and the path-model comparison — then the \
                charts, the page and the files. The second line, the default report (1,000 paths), is \
                the target's reference and shows how the time grows with the paths.
                """,
            ours: [
                OurVariant(
                    label: "hedge-report report --paths \(paths)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try program.report(arguments) }
                ),
                OurVariant(
                    label: "hedge-report report (defaults: --paths 1000)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try program.report(["--quiet"]) }
                ),
            ],
            peer: nil,
            target: .slowdown(atMost: limit),
            breakdown: { medians in
                let perPath = (medians[0] - medians[1]) / Double(paths - 1000)
                return ["per extra path: \(ResultPrinter.duration(perPath)) (all five batches of it)"]
            },
            values: { [:] }
        )
    }

    /// Issue 14's long schedule: a report rebalanced every minute to expiry (about 23,600
    /// dates) without the study, end to end, within a page-size limit and, by issue 26, at most
    /// `limit` times the default report timed in the same run.
    static func minuteReport(
        _ program: HedgeReportProcess = .besideThisProgram, limit: Double = 5, megabytes: Double = 3
    ) -> BenchmarkCase {
        let arguments = ["--interval", "1m", "--paths", "0", "--quiet"]
        return BenchmarkCase(
            name: "report-every-minute",
            title: "a report rebalanced every minute to expiry: hedge-report report --interval 1m --paths 0",
            timed: """
                one run of the release executable as a subprocess, from launch to exit, wall clock: \
                the course put valued on its lattice at every one of about 23,600 one-minute dates (on \
                all cores), the four estimators' and the textbook's ledgers, charts decimated to their \
                pixels, a page that folds the ledgers (the full ones go to ledger.csv), the files. \
                report.html's size is held to its limit too.
                """,
            ours: [
                OurVariant(
                    label: "hedge-report report --interval 1m --paths 0",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try program.report(arguments) }
                ),
                OurVariant(
                    label: "hedge-report report (defaults)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try program.report(["--quiet"]) }
                ),
            ],
            peer: nil,
            target: .slowdown(atMost: limit),
            limits: ["report.html, MB": megabytes],
            values: {
                var sizes: [String: Double] = [:]
                try program.report(arguments, inspect: { folder throws(BenchError) in
                    for name in ["report.html", "ledger.csv"] {
                        let path = folder.appendingPathComponent(name).path
                        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
                        guard let bytes else {
                            throw BenchError(.programFailed(command: "hedge-report report", detail: "no \(name) written"))
                        }
                        sizes["\(name), MB"] = Double(bytes) / 1_000_000
                    }
                })
                return sizes
            }
        )
    }
}
