import Foundation

/// Runs the chosen cases, ours then the peer's (when the case has one), round after round, and
/// prints the figures.
struct BenchRunner {
    var options: BenchOptions
    var cases: [BenchmarkCase]

    init(options: BenchOptions, catalogue: [BenchmarkCase] = BenchmarkCase.catalogue) throws(BenchError) {
        self.options = options
        if options.caseNames.isEmpty {
            cases = catalogue
        } else {
            cases = []
            for name in options.caseNames {
                guard let found = catalogue.first(where: { $0.name == name }) else {
                    let names = catalogue.map(\.name).joined(separator: ", ")
                    throw BenchError(.usage("unknown case \(name); the cases are: \(names)"))
                }
                cases.append(found)
            }
        }
    }

    /// Runs every case and prints each one's block, then the summary table. Returns the results.
    ///
    /// A case whose side fails (a refused run, a peer that cannot start) is printed as failed
    /// and the other cases still run; the first failure is thrown after the summary table.
    @discardableResult
    func run() throws(BenchError) -> [CaseResult] {
        let printer = ResultPrinter()
        printer.header(options: options, cases: cases)
        var results: [CaseResult] = []
        var failures: [(benchmark: BenchmarkCase, error: BenchError)] = []
        for (index, benchmark) in cases.enumerated() {
            printer.caseHeader(benchmark, index: index + 1, of: cases.count)
            do {
                let result = try run(benchmark)
                printer.caseResult(result)
                results.append(result)
            } catch {
                print("      FAILED: \(error)")
                failures.append((benchmark, error))
            }
        }
        printer.summary(results, failures: failures.map(\.benchmark))
        if let first = failures.first { throw first.error }
        return results
    }

    /// The rounds of one case: in each, every variant of ours, then the peer (if any), back to back.
    private func run(_ benchmark: BenchmarkCase) throws(BenchError) -> CaseResult {
        let start = MachineLoad.now()
        var ours = [Timing?](repeating: nil, count: benchmark.ours.count)
        var peer: CaseResult.Peer?
        for round in 1...options.rounds {
            progress("round \(round)/\(options.rounds): ours")
            for (v, variant) in benchmark.ours.enumerated() {
                let timing = try measure(variant, of: benchmark)
                ours[v] = ours[v].map { $0.merged(with: timing) } ?? timing
            }
            guard let script = benchmark.peer else { continue }
            progress("round \(round)/\(options.rounds): peer")
            let report = try script.run(python: options.python, directory: options.peersDirectory, quick: options.quick)
            peer = CaseResult.Peer(
                timing: peer.map { $0.timing.merged(with: report.timing) } ?? report.timing,
                label: report.label, notes: report.notes ?? [], values: report.values
            )
        }
        let ourValues: [String: Double]
        do {
            ourValues = try benchmark.values()
        } catch {
            throw BenchError(.oursFailed(case: benchmark.name, error))
        }
        let othersShare = start.flatMap { start in MachineLoad.now().map { start.othersShare(until: $0) } }
        return CaseResult(
            benchmark: benchmark, othersShare: othersShare, ours: ours.map { $0! }, peer: peer, ourValues: ourValues
        )
    }

    private func measure(_ variant: OurVariant, of benchmark: BenchmarkCase) throws(BenchError) -> Timing {
        let schedule = options.quick ? variant.schedule.quick : variant.schedule
        do {
            let (timing, checksum) = try Timing.measure(
                warmUps: schedule.warmUps, samples: schedule.samples, callsPerSample: schedule.callsPerSample,
                variant.call
            )
            if !checksum.isFinite {
                progress("warning: \(benchmark.name): our results are not finite (checksum \(checksum))")
            }
            return timing
        } catch {
            throw BenchError(.oursFailed(case: benchmark.name, error))
        }
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("  … \(message)\n".utf8))
    }
}
