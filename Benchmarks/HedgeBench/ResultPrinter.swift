import Foundation

/// Prints the run's header, each case's block and the closing summary table on standard output.
struct ResultPrinter {
    /// Width that the `timed` text is wrapped to.
    var width = 96

    func header(options: BenchOptions, cases: [BenchmarkCase]) {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("hedge-bench \(formatter.string(from: Date())) · \(cores) cores · \(cases.count) cases")
        print("Each case: \(options.rounds) round\(options.rounds == 1 ? "" : "s") of ours then the peer, back to back; "
            + "figures are medians over all rounds' samples, after warm-up.\(options.quick ? " QUICK: not for figures." : "")")
    }

    func caseHeader(_ benchmark: BenchmarkCase, index: Int, of count: Int) {
        print("\n[\(index)/\(count)] \(benchmark.name): \(benchmark.title)")
        for line in wrap("timed: " + benchmark.timed, indent: "      ") {
            print(line)
        }
    }

    func caseResult(_ result: CaseResult) {
        let benchmark = result.benchmark
        for (variant, timing) in zip(benchmark.ours, result.ours) {
            print(row(side: "ours", label: variant.label, timing: timing, evaluations: benchmark.evaluationsPerCall))
        }
        print(row(side: "peer", label: result.peerLabel, timing: result.peer, evaluations: benchmark.evaluationsPerCall))
        let verdict = result.meetsTarget ? "met" : "NOT met"
        print("      ratio \(String(format: "%.1f", result.ratio))× faster than the peer "
            + "(target ≥ \(Self.number(benchmark.target))×: \(verdict))")
        if let difference = result.largestDifference {
            print("      agreement: largest difference at \(difference.name): ours \(Self.number(difference.ours)), "
                + "peer \(Self.number(difference.peer)) (\(String(format: "%.1e", difference.relative)) relative)")
        }
        if let share = result.othersShare {
            let warning = share > 0.1 ? ": the machine was busy, rerun for figures" : ""
            print("      other processes used \(Int((share * 100).rounded()))% of the cores during this case\(warning)")
        }
        for note in result.peerNotes {
            for line in wrap("note: " + note, indent: "      ") {
                print(line)
            }
        }
    }

    /// A Markdown table of every case, ready for Benchmarks/README.md.
    func summary(_ results: [CaseResult]) {
        print("\n| case | ours | peer | ratio (peer ÷ ours) | target | others' load |")
        print("|---|---:|---:|---:|---:|---:|")
        for result in results {
            let target = "≥ \(Self.number(result.benchmark.target))× \(result.meetsTarget ? "✓" : "✗")"
            let load = result.othersShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "?"
            print("| \(result.benchmark.name) | \(Self.duration(result.ours[0].median)) | "
                + "\(Self.duration(result.peer.median)) | \(String(format: "%.1f", result.ratio))× | \(target) | \(load) |")
        }
    }

    private func row(side: String, label: String, timing: Timing, evaluations: Int?) -> String {
        var text = "      \(side)  \(label.padding(toLength: 58, withPad: " ", startingAt: 0)) "
            + Self.duration(timing.median).leftPadded(to: 10)
        if let evaluations {
            text += String(format: "  %6.1f M/s", Double(evaluations) / timing.median / 1e6)
        }
        text += "  (\(Self.duration(timing.fastest))–\(Self.duration(timing.slowest)), "
            + "\(timing.samples.count) samples × \(timing.callsPerSample) call\(timing.callsPerSample == 1 ? "" : "s"))"
        return text
    }

    private func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, line.count > indent.count {
                lines.append(line)
                line = indent + "  "
            }
            line += (line.hasSuffix(" ") ? "" : " ") + word
        }
        lines.append(line)
        return lines
    }

    /// Seconds with three significant figures, in s, ms or µs.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case 1...: String(format: "%.3g s", seconds)
        case 1e-3...: String(format: "%.3g ms", seconds * 1e3)
        default: String(format: "%.3g µs", seconds * 1e6)
        }
    }

    /// A value with up to 9 significant figures, without trailing noise.
    static func number(_ value: Double) -> String {
        String(format: "%.9g", value)
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
