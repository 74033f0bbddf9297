import Foundation

extension BenchmarkCase {
    /// The default report end to end (issue 6), as a user gets it from the built program:
    /// `hedge-report report --output DIR --quiet`, timed as a subprocess because hedge-bench
    /// does not link the Report target. There is no peer: issue 26 holds it to at most `limit`
    /// times the same report without its control runs (`--bench-without-controls`, a switch
    /// for this case alone), timed in the same run, so that a busy machine slows both lines.
    static func defaultReport(
        _ program: HedgeReportProcess = .besideThisProgram, limit: Double = 1.25
    ) -> BenchmarkCase {
        func variant(_ label: String, _ arguments: [String]) -> OurVariant {
            OurVariant(
                label: label,
                schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                call: { try program.report(arguments + ["--quiet"]) }
            )
        }
        return BenchmarkCase(
            name: "default-report",
            title: "the default report end to end: hedge-report report --output DIR --quiet",
            timed: """
                one run of the release executable (.build/release/hedge-report, beside hedge-bench) \
                as a subprocess, from launch to exit, wall clock: start-up, flags, the course \
                scenario's path (simulate), the Monte Carlo study (1000 paths on the scenario's \
                schedule, the frequency sweep, the volatility mismatch), the charts, the page, and \
                writing report.html, ledger.csv, summary.json and charts/ into a fresh temporary \
                folder, which is removed after each run (about 1 MB in a dozen files: 1–2 ms, \
                included). The context lines leave parts of the study out; the split below them is \
                by difference of medians. The second line, the same report without the study's control \
                runs (the reruns that name a departure's causes), is the target's reference. The per-step figures are medians of three more runs \
                without --quiet, from the times their [i/n] progress lines arrive.
                """,
            ours: [
                variant("hedge-report report (defaults)", []),
                variant("--bench-without-controls: no control runs", ["--bench-without-controls"]),
                variant("--paths 0: no Monte Carlo study (for context)", ["--paths", "0"]),
                variant(
                    "--sweep none --mismatch-vols none (for context)",
                    ["--sweep", "none", "--mismatch-vols", "none"]
                ),
            ],
            peer: nil,
            target: .slowdown(atMost: limit),
            breakdown: { medians in
                let (full, noControls, noStudy, mainBatch) = (medians[0], medians[1], medians[2], medians[3])
                let difference = ResultPrinter.difference
                return [
                    "split by difference: the control runs \(difference(full - noControls)); the Monte Carlo study "
                        + "\(difference(full - noStudy)), of which the main batch \(difference(mainBatch - noStudy)) and the "
                        + "sweep, mismatch and controls \(difference(full - mainBatch)); everything else "
                        + "\(ResultPrinter.duration(noStudy))",
                ]
            },
            values: { try stepSeconds(program) }
        )
    }

    /// Milliseconds per step of a default run, medians over `runs` runs, from the times its
    /// `[i/n] step` lines arrive (each is printed as its step starts): start-up and flags
    /// before the first, the exit after the last line ("wrote N files").
    private static func stepSeconds(_ program: HedgeReportProcess, runs: Int = 3) throws -> [String: Double] {
        var samples: [String: [Double]] = [:]
        for _ in 0..<runs {
            var marks: [(name: String, seconds: Double)] = [("start-up and flags", 0)]
            let total = try program.report([]) { text, seconds in
                if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
                    marks.append((String(text[text.index(after: close)...].drop { $0 == " " }), seconds))
                } else if text.hasPrefix("wrote") {
                    marks.append(("exit", seconds))
                }
            }
            marks.append(("end", total))
            samples["whole run without --quiet, ms", default: []].append(total)
            for (index, (mark, next)) in zip(marks, marks.dropFirst()).enumerated() {
                samples["step \(index) \(mark.name), ms", default: []].append(next.seconds - mark.seconds)
            }
        }
        return samples.mapValues { milliseconds(Timing(samples: $0, callsPerSample: 1).median) }
    }

    /// Seconds as milliseconds rounded to 0.1 ms.
    private static func milliseconds(_ seconds: Double) -> Double {
        (seconds * 10_000).rounded() / 10
    }
}
