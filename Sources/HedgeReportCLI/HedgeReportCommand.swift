import ArgumentParser
import Foundation
import Report

/// The `hedge-report` command: `report` (the default), `price` and `validate`.
public struct HedgeReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hedge-report",
        abstract: "Simulate the dynamic delta hedge of an option position and write an HTML teaching report.",
        discussion: """
        Without a subcommand, runs `report` with the course's default scenario: one long TSLA \
        put, strike 260, American, 60.5 days to expiry, hedged daily with TSLA shares. \
        `hedge-report help report` lists the report's flags by topic.

        \(ExitStatus.help)
        """,
        version: ReportPipeline.version,
        subcommands: [ReportCommand.self, PriceCommand.self, ValidateCommand.self, CompareCommand.self],
        defaultSubcommand: ReportCommand.self
    )

    public init() {}

    /// Parses the command line, runs the command and exits, every error reported the same way:
    /// one line starting `error:` on standard error (ArgumentParser's own start with `Error:`),
    /// then the usage where the command line itself was wrong. Help and the version go to
    /// standard output with status 0.
    public static func main() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { StandardError.print(Self.lowercasingPrefix(message)) }
            Foundation.exit(status.rawValue)
        }
    }

    /// `Error: …` as `error: …`, the form every other message of the tool takes.
    static func lowercasingPrefix(_ message: String) -> String {
        message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message
    }
}
