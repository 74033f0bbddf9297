import Foundation

/// A peer's side of a case: a Python script in `Benchmarks/peers/` that does the same work with
/// another library and prints its timings as JSON.
///
/// The script is run as `python SCRIPT REQUEST`, REQUEST being the JSON of ``PeerRequest``; it
/// prints one ``PeerReport`` as JSON on standard output (anything else goes to standard error).
struct PeerScript: Sendable {
    /// File name inside the peers folder, e.g. `quantlib_american_put.py`.
    var file: String
    /// The case's inputs as a JSON object, so both sides use the same numbers.
    var parameters: String
    var schedule: Schedule

    /// Runs the script once (a round of warm-ups and samples) and reads its report.
    func run(python: String, directory: String, quick: Bool) throws(BenchError) -> PeerReport {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(file).path
        let request = "{\"parameters\": \(parameters), \"schedule\": \(Self.json(quick ? schedule.quick : schedule))}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, path, request]
        // No __pycache__ left in Benchmarks/peers by the import of peer_timing.
        process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONDONTWRITEBYTECODE": "1"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw BenchError(.peerFailed(script: file, detail: "cannot start \(python): \(error)"))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError(.peerFailed(script: file, detail: "exit status \(process.terminationStatus)"))
        }
        do {
            return try JSONDecoder().decode(PeerReport.self, from: data)
        } catch {
            let text = String(decoding: data.prefix(500), as: UTF8.self)
            throw BenchError(.peerFailed(script: file, detail: "unreadable report (\(error)): \(text)"))
        }
    }

    /// JSON text of `value`, for a case's parameters or a schedule.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Encoding plain structs of numbers and strings cannot fail.
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// What a peer script prints: its timings and its outputs, for the agreement check.
struct PeerReport: Sendable, Decodable {
    /// The library and call timed, with its version, e.g. `QuantLib 1.44 BinomialVanillaEngine`.
    var label: String
    /// Seconds per call, one value per sample.
    var seconds: [Double]
    var callsPerSample: Int
    /// The peer's outputs, by the same names as ours.
    var values: [String: Double]
    /// Anything worth saying next to the figures (e.g. how caching was defeated).
    var notes: [String]?

    var timing: Timing { Timing(samples: seconds, callsPerSample: callsPerSample) }
}
