import Foundation
@testable import HedgeReportCLI
import Report
import Simulation
import Testing

/// A report for every legal input: parameter sets drawn at random from the documented ranges
/// (types, styles, positions, strikes and spots from a millionth to a billion, volatilities,
/// rates and yields of either sign, horizons from minutes to decades, schedules, path models,
/// costs, the study) each give a report or a documented refusal (64, 65 or 74) naming a flag —
/// never exit 70 — and no NaN or infinity reaches any file.
///
/// Sizes are small (at most 24 lattice levels, 24 dates, 8 paths), yet a run costs about 0.4 s
/// of CPU in the unoptimised debug build (some draws far more), so `make test` draws two
/// chunks of ``drawsPerChunk`` = 12, run in parallel; `HEDGE_REPORT_PROPERTY_DRAWS=N` searches
/// N per chunk (other seeds' draws beyond the first 12). The draws are seeded and a failure
/// prints the command.
@Suite(.timeLimit(.minutes(5)))
struct LegalInputPropertyTests {
    static let drawsPerChunk = ProcessInfo.processInfo.environment["HEDGE_REPORT_PROPERTY_DRAWS"].flatMap(Int.init) ?? 12

    @Test(arguments: 0..<2)
    func everyLegalParameterSetGivesAReportOrANamedRefusal(chunk: Int) throws {
        var generator = SplitMix64(seed: 20_261_129 &+ UInt64(chunk))
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var reports = 0, refusals = 0
        for draw in 0..<Self.drawsPerChunk {
            let arguments = Self.legalArguments(using: &generator)
            let output = folder.appendingPathComponent("run-\(draw)").path
            let command = "hedge-report report " + arguments.joined(separator: " ")
            let resolved: ResolvedReport
            do {
                resolved = try Invocation.report(arguments + ["--output", output, "--quiet"])
            } catch let error as ParameterError {
                #expect([64, 65, 74].contains(error.exitStatus), "\(command): \(error)")
                #expect(error.description.contains("--"), "a refusal names no flag: \(command): \(error)")
                refusals += 1
                continue
            }
            do {
                _ = try resolved.pipeline.run(progress: { _ in }, studyProgress: nil)
            } catch {
                Issue.record("exit 70 on legal input: \(command): \(error)")
                continue
            }
            try Self.expectFiniteOutputs(in: output, command: command)
            try? FileManager.default.removeItem(atPath: output)
            reports += 1
        }
        // The draws are meant to be mostly runnable: a generator that only makes refusals
        // would test nothing.
        #expect(reports > Self.drawsPerChunk / 2, "\(reports) reports, \(refusals) refusals")
    }

    /// Every ledger cell a finite number, summary.json valid JSON (which has no NaN or
    /// infinity), no NaN or ∞ shown on the page.
    static func expectFiniteOutputs(in folder: String, command: String) throws {
        let ledger = try String(contentsOfFile: folder + "/ledger.csv", encoding: .utf8)
        let cells = ledger.split(separator: "\n").dropFirst().flatMap { $0.split(separator: ",") }
        let bad = cells.first { Double($0).map { !$0.isFinite } ?? true }
        #expect(bad == nil, "ledger.csv holds '\(bad ?? "")': \(command)")
        let summary = try Data(contentsOf: URL(fileURLWithPath: folder + "/summary.json"))
        #expect((try? JSONSerialization.jsonObject(with: summary)) != nil, "summary.json is not JSON: \(command)")
        let page = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        #expect(!page.contains("NaN") && !page.contains("∞"), "report.html shows a non-finite number: \(command)")
    }

    /// One parameter set inside the documented ranges, small enough to run in a moment.
    static func legalArguments(using generator: inout SplitMix64) -> [String] {
        func uniform(_ range: ClosedRange<Double>) -> Double {
            range.lowerBound + (range.upperBound - range.lowerBound) * Double(generator.next() >> 11) / Double(1 << 53)
        }
        func logUniform(_ range: ClosedRange<Double>) -> Double {
            exp(uniform(log(range.lowerBound)...log(range.upperBound)))
        }
        func chance(_ p: Double) -> Bool { uniform(0...1) < p }
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        func text(_ value: Double) -> String { "\(value)" }

        var arguments = [String]()
        func add(_ flag: String, _ value: String) { arguments += [flag, value] }
        add("--type", pick(["put", "call"]))
        add("--style", pick(["american", "european"]))
        add("--position", pick(["long", "short"]))
        if chance(0.3) { add("--contracts", String(Int(logUniform(1...100_000)))) }
        // Spots and strikes across the whole range, often near each other, sometimes far apart.
        let spot = chance(0.7) ? logUniform(1...10_000) : logUniform(1e-6...1e9)
        add("--spot", text(spot))
        let strike = chance(0.6) ? min(max(spot * exp(uniform(-0.5...0.5)), 1e-6), 1e9) : logUniform(1e-6...1e9)
        add("--strike", text(strike))
        add("--rate", text(chance(0.7) ? uniform(-0.05...0.15) : uniform(-1...1)))
        if chance(0.4) { add("--dividend-yield", text(chance(0.7) ? uniform(0...0.1) : uniform(-1...1))) }
        add("--vol", text(chance(0.7) ? logUniform(0.05...1.5) : logUniform(1e-4...10)))
        let days = chance(0.7) ? logUniform(1...730) : logUniform(1e-3...10_950)
        add("--days", text(days))
        let method = pick(["crr", "crr", "bbs", "bbsr"])
        add("--lattice-method", method)
        add("--lattice-steps", String(Int(uniform(4...24))))
        // A schedule of 1 to 24 dates, in one of the four units; sometimes a shorter horizon.
        let horizonDays = chance(0.25) ? days * uniform(0.1...1) : days
        if horizonDays < days { add("--horizon", text(horizonDays) + "d") }
        let intervals = Int(uniform(1...24))
        let intervalDays = horizonDays / Double(intervals)
        switch pick(["m", "h", "d", "w"]) {
        case "m": add("--interval", text(intervalDays * 390) + "m")
        case "h": add("--interval", text(intervalDays * 6.5) + "h")
        case "w": add("--interval", text(intervalDays / 7) + "w")
        default: add("--interval", text(intervalDays) + "d")
        }
        if chance(0.5) { add("--drift", text(chance(0.7) ? uniform(-0.5...0.5) : uniform(-10...10))) }
        if chance(0.4) { add("--realized-vol", text(chance(0.7) ? uniform(0...1.5) : uniform(0...10))) }
        if chance(0.25) {
            add("--path-model", "binomial")
            if chance(0.5) {
                add("--up", text(1 + logUniform(1e-3...1)))
                add("--down", text(uniform(0.3...0.999)))
            }
            if chance(0.3) { add("--up-probability", text(uniform(0...1))) }
        }
        if chance(0.2) { add("--iv-spread", text(uniform(0...0.3))) }
        if chance(0.3) { add("--cost-bps", text(uniform(0...200))) }
        if chance(0.2) { add("--fee-per-trade", text(uniform(0...50))) }
        if chance(0.3) { add("--exercise", "hold") }
        if chance(0.2) { add("--initial-shares", text(uniform(-1_000...1_000))) }
        if chance(0.2) { add("--estimators", pick(["delta", "exact,delta", "greeks,delta-gamma"])) }
        if chance(0.35) {
            add("--paths", String(Int(uniform(2...8))))
            add("--sweep", pick(["none", "2,4", "1,3"]))
            add("--mismatch-vols", pick(["none", "0.3,0.6", "0.001,2"]))
        } else {
            add("--paths", "0")
        }
        add("--seed", String(generator.next() % 1_000))
        return arguments
    }
}
