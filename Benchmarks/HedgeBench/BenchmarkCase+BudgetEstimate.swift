import Analytics
import Foundation
import Pricing
import Simulation

extension BenchmarkCase {
    /// The work budget's estimate of a Monte Carlo study's repricing beside its measured time
    /// (issue 24): the course's put with `--paths 10`, for CRR, BBS and BBSR at three lattice
    /// sizes, each run once as a subprocess and its CPU time taken from the kernel.
    ///
    /// Measured is what ``LatticeCost`` was fitted to: the CPU seconds of `report --paths 10`
    /// less those of `report --paths 0` (the study's repricing; the path, the charts and the
    /// page cancel), user and system time summed over threads (`getrusage(RUSAGE_CHILDREN)`),
    /// so that a busy machine's wall clock does not enter. The estimate is
    /// ``StudyCost/seconds`` for the study the run made (its sweep and mismatch volatilities
    /// read back from its `summary.json`). The timed line is the BBSR run at 400 levels, held
    /// to the 12.5 s of CPU the budget allows (about half that in wall time on two cores).
    static func budgetEstimate(
        _ program: HedgeReportProcess = .besideThisProgram, sizes: [Int] = [200, 400, 800], budget seconds: Double = 12.5
    ) -> BenchmarkCase {
        let methods: [LatticeMethod] = [.crr, .blackScholesLastStep, .richardson]
        @Sendable func arguments(_ method: LatticeMethod, _ steps: Int, paths: Int) -> [String] {
            ["--lattice-method", method.rawValue, "--lattice-steps", String(steps), "--paths", String(paths), "--quiet"]
        }
        return BenchmarkCase(
            name: "budget-estimate",
            title: "the work budget's estimate of a study's repricing against its measured CPU time, CRR, BBS, BBSR",
            timed: """
                one run of hedge-report report --lattice-method bbsr --lattice-steps 400 --paths 10 \
                --quiet (wall clock). The figures below are estimate ÷ measured CPU seconds of the \
                study's repricing, for \(methods.map(\.rawValue).joined(separator: ", ")) at \
                \(sizes.map(String.init).joined(separator: ", ")) levels: measured = CPU of the run \
                with --paths 10 less CPU with --paths 0 (one run each), estimate = StudyCost.seconds \
                (LatticeCost's fits). 1.00 is exact; above 1 the budget errs on the safe side.
                """,
            ours: [
                OurVariant(
                    label: "report --lattice-method bbsr --lattice-steps 400 --paths 10",
                    schedule: Schedule(warmUps: 0, samples: 3, callsPerSample: 1),
                    call: { try program.report(arguments(.richardson, 400, paths: 10)) }
                ),
            ],
            peer: nil,
            target: .budget(seconds: seconds),
            values: {
                var figures = [String: Double]()
                for method in methods {
                    for steps in sizes {
                        let base = try childSeconds { try program.report(arguments(method, steps, paths: 0)) }
                        var estimate = 0.0
                        let full = try childSeconds {
                            try program.report(arguments(method, steps, paths: 10), inspect: { folder throws(BenchError) in
                                estimate = try studyEstimate(folder, method: method, steps: steps)
                            })
                        }
                        let label = "\(method.rawValue) \(steps) steps"
                        figures["\(label): estimate, s"] = estimate
                        figures["\(label): measured CPU, s"] = full - base
                        figures["\(label): estimate ÷ measured"] = estimate / (full - base)
                    }
                }
                return figures
            }
        )
    }

    /// CPU seconds (user + system) of the child processes that `work` waits for.
    private static func childSeconds(_ work: () throws -> Void) throws -> Double {
        func total() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
            return seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
        let before = total()
        try work()
        return total() - before
    }

    /// ``StudyCost/seconds`` of the study a default run with `method` and `steps` made, from
    /// its summary's sweep and mismatch volatilities.
    private static func studyEstimate(_ folder: URL, method: LatticeMethod, steps: Int) throws(BenchError) -> Double {
        struct Summary: Decodable {
            struct MonteCarlo: Decodable {
                struct Point: Decodable { var rebalances: Int }
                struct Mismatch: Decodable { var realizedVolatility: Double }
                var paths: Int
                var sweep: [Point]
                var volatilityMismatch: [Mismatch]
            }
            var monteCarlo: MonteCarlo
        }
        let file = folder.appendingPathComponent("summary.json")
        let summary: Summary
        do {
            summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: file))
        } catch {
            throw BenchError(.programFailed(command: "reading \(file.path)", detail: "\(error)"))
        }
        let study = summary.monteCarlo
        return StudyCost(
            scenario: .course, model: BinomialLatticeModel(steps: steps, method: method), paths: study.paths,
            sweep: study.sweep.map(\.rebalances), mismatchVolatilities: study.volatilityMismatch.map(\.realizedVolatility), rules: []
        ).seconds
    }
}
