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
        print("Each case: \(options.rounds) round\(options.rounds == 1 ? "" : "s") of ours then the peer "
            + "(if it has one), back to back; figures are medians over all rounds' samples, after warm-up."
            + (options.quick ? " QUICK: not for figures." : ""))
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
        if let breakdown = benchmark.breakdown {
            for line in breakdown(result.ours.map(\.median)) {
                print("        " + line)
            }
        }
        let verdict = result.meetsTarget ? "met" : "missed"
        if let peer = result.peer, let ratio = result.ratio {
            print(row(side: "peer", label: peer.label, timing: peer.timing, evaluations: benchmark.evaluationsPerCall))
            let speed = ratio >= 1
                ? " faster than the peer" : ": the peer is \(String(format: "%.1f", 1 / ratio))× faster"
            let target = if case .context = benchmark.target { "no target: for comparison" }
                else { "target \(benchmark.target.label): \(verdict)" }
            print("      ratio \(String(format: "%.1f", ratio))×\(speed) (\(target))")
            agreement(result.outputPairs, as: benchmark.agreement)
        } else {
            // A case without a peer has a budget or a slowdown (BenchmarkCase's initialiser checks).
            if case let .slowdown(limit) = benchmark.target, result.ours.count > 1 {
                let ratio = result.ours[0].median / result.ours[1].median
                print("      ours \(Self.duration(result.ours[0].median)), \(String(format: "%.2f", ratio))× the second "
                    + "line's \(Self.duration(result.ours[1].median)), limit \(Self.number(limit))×: \(verdict)")
            } else {
                let budget = if case let .budget(seconds) = benchmark.target { Self.duration(seconds) } else { "?" }
                print("      ours \(Self.duration(result.ours[0].median)), budget \(budget): \(verdict)")
            }
            let names = result.ourValues.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            for name in names {
                let limit = benchmark.limits[name].map { " (limit \(Self.number($0)))" } ?? ""
                print("      \(name): \(Self.number(result.ourValues[name]!))\(limit)")
            }
        }
        if let share = result.othersShare {
            let warning = share > 0.1 ? ": the machine was busy, rerun for figures" : ""
            print("      other processes used \(Int((share * 100).rounded()))% of the cores during this case\(warning)")
        }
        for note in result.peer?.notes ?? [] {
            for line in wrap("note: " + note, indent: "      ") {
                print(line)
            }
        }
    }

    /// How ours and the peer's outputs compare, as the case asks.
    private func agreement(_ pairs: [OutputPair], as agreement: Agreement) {
        switch agreement {
        case .largestRelative:
            guard let worst = pairs.max(by: { $0.relative < $1.relative }) else { return }
            print("      agreement: largest difference at \(worst.name): ours \(Self.number(worst.ours)), "
                + "peer \(Self.number(worst.peer)) (\(String(format: "%.1e", worst.relative)) relative)")
        case let .eachWithin(tolerance):
            let largest = pairs.map { abs($0.ours - $0.peer) }.max() ?? 0
            let verdict = largest <= tolerance ? "within" : "NOT within"
            print("      agreement: largest difference \(String(format: "%.4f", largest)), \(verdict) "
                + "\(Self.number(tolerance)) (Monte Carlo noise):")
            print("        " + "output".padding(toLength: 14, withPad: " ", startingAt: 0)
                + "ours".leftPadded(to: 10) + "peer".leftPadded(to: 10) + "ours − peer".leftPadded(to: 13))
            for pair in pairs {
                print("        " + pair.name.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(format: "%10.4f%10.4f%+13.4f", pair.ours, pair.peer, pair.ours - pair.peer))
            }
        }
    }

    /// A Markdown table of every case, ready for Benchmarks/README.md; the `failures` (cases
    /// whose side failed) last, as missed.
    func summary(_ results: [CaseResult], failures: [BenchmarkCase] = []) {
        print("\n| case | ours | peer | ratio (peer ÷ ours, or ours ÷ line 2) | target | others' load |")
        print("|---|---:|---:|---:|---:|---:|")
        for result in results {
            let target = if case .context = result.benchmark.target { "context" }
                else { "\(result.benchmark.target.label) \(result.meetsTarget ? "✓" : "✗")" }
            let load = result.othersShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "?"
            let peer = result.peer.map { Self.duration($0.timing.median) } ?? "—"
            var ratio = result.ratio.map { String(format: "%.1f×", $0) } ?? "—"
            if case .slowdown = result.benchmark.target, result.ours.count > 1 {
                ratio = String(format: "%.2f× line 2", result.ours[0].median / result.ours[1].median)
            }
            print("| \(result.benchmark.name) | \(Self.duration(result.ours[0].median)) | \(peer) | \(ratio) "
                + "| \(target) | \(load) |")
        }
        for benchmark in failures {
            print("| \(benchmark.name) | failed | — | — | \(benchmark.target.label) ✗ | ? |")
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

    /// A difference of two medians: a duration, or "≈ 0" with the value when noise made it
    /// negative.
    static func difference(_ seconds: Double) -> String {
        seconds >= 0 ? duration(seconds) : "≈ 0 (\(duration(seconds)): noise)"
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
