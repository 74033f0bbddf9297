import Foundation

extension BenchmarkCase {
    /// Issue 14's many paths: the default report with a 100,000-path Monte Carlo study, end to
    /// end, on every core. Held to the budget; there is no peer.
    static func manyPathsReport(
        paths: Int = 100_000, _ program: HedgeReportProcess = .besideThisProgram, budget seconds: Double = 5
    ) -> BenchmarkCase {
        let arguments = ["--paths", "\(paths)", "--quiet"]
        return BenchmarkCase(
            name: "report-\(paths)-paths",
            title: "the default report with \(paths) Monte Carlo paths: hedge-report report --paths \(paths)",
            timed: """
                one run of the release executable as a subprocess, from launch to exit, wall clock, on \
                all cores: the course scenario's path, then the study — \(paths) paths hedged daily by \
                the four estimators and the textbook hedge, the same paths hedged at the sweep's \
                frequencies (each date valued once for all of them), and \(paths) paths at each of the \
                five mismatch volatilities — then the charts, the page and the files. The second line, \
                with 1,000 paths, shows how the time grows with the paths.
                """,
            ours: [
                OurVariant(
                    label: "hedge-report report --paths \(paths)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try program.report(arguments) }
                ),
                OurVariant(
                    label: "--paths 1000 (for context)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try program.report(["--paths", "1000", "--quiet"]) }
                ),
            ],
            peer: nil,
            target: .budget(seconds: seconds),
            breakdown: { medians in
                let perPath = (medians[0] - medians[1]) / Double(paths - 1000)
                return ["per extra path: \(ResultPrinter.duration(perPath)) (all five batches of it)"]
            },
            values: { [:] }
        )
    }

    /// Issue 14's long schedule: a report rebalanced every minute to expiry (about 20,700
    /// dates) without the study, end to end, within a time budget and a page-size limit.
    static func minuteReport(
        _ program: HedgeReportProcess = .besideThisProgram, budget seconds: Double = 3, megabytes: Double = 3
    ) -> BenchmarkCase {
        let arguments = ["--interval", "1m", "--paths", "0", "--quiet"]
        return BenchmarkCase(
            name: "report-every-minute",
            title: "a report rebalanced every minute to expiry: hedge-report report --interval 1m --paths 0",
            timed: """
                one run of the release executable as a subprocess, from launch to exit, wall clock: \
                the course put valued on its lattice at every one of about 20,700 one-minute dates (on \
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
            ],
            peer: nil,
            target: .budget(seconds: seconds),
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
