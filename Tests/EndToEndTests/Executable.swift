import Foundation

/// Runs the built `hedge-report` executable, as a user would.
struct Executable {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The package's root folder, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `hedge-report` under test: `HEDGE_REPORT_EXECUTABLE` when it is set (`make test` sets
    /// it to the release build, the one `make report` and `make install` use, so that the
    /// end-to-end runs take optimised time), else the one built beside the test bundle.
    static let url: URL = ProcessInfo.processInfo.environment["HEDGE_REPORT_EXECUTABLE"]
        .map { URL(fileURLWithPath: $0) } ?? product("hedge-report")

    /// The executable product `name` built beside the test bundle.
    static func product(_ name: String) -> URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates.compactMap({ $0 }) {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("\(name) executable not found beside the tests; run `swift build` first")
    }

    /// Runs `hedge-report arguments…` (or another `executable`) in `directory` and waits for it,
    /// with `standardInput` piped in (none: an empty input) and `environment` replacing the
    /// inherited one where given.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, executable: URL = url,
        standardInput: String? = nil, environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((standardInput ?? "").utf8))
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }

    /// Writes `text` as UTF-8 into `folder`/`name` and returns the file's path.
    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hedge-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
