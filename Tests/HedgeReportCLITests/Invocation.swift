import Foundation
@testable import HedgeReportCLI
import Testing

/// Runs the CLI's parse and resolve steps in process, as `hedge-report report …` and
/// `hedge-report price …` would before any work.
enum Invocation {
    /// The `report` run `arguments` describe.
    static func report(_ arguments: [String]) throws -> ResolvedReport {
        try ReportCommand.parse(arguments).resolve()
    }

    /// The option `price` would value.
    static func price(_ arguments: [String]) throws -> ResolvedContract {
        try PriceCommand.parse(arguments).resolve()
    }

    /// The error that refuses `report arguments`, or nil (recorded as an issue) when it resolves.
    static func reportRefusal(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ParameterError? {
        refusal(sourceLocation) { try report(arguments) }
    }

    /// The error that refuses `price arguments`, or nil (recorded as an issue) when it resolves.
    static func priceRefusal(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ParameterError? {
        refusal(sourceLocation) { try price(arguments) }
    }

    private static func refusal(_ sourceLocation: SourceLocation, _ body: () throws -> Any) -> ParameterError? {
        do {
            _ = try body()
            Issue.record("resolved, expected a refusal", sourceLocation: sourceLocation)
            return nil
        } catch let error as ParameterError {
            return error
        } catch {
            Issue.record("refused by the argument parser, not by the parameter table: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hedge-report-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` into `folder`/`name` and returns the file's path.
    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
