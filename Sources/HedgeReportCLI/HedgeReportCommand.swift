import ArgumentParser
import Report

/// The `hedge-report` command: `report` (the default) and `price`.
public struct HedgeReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hedge-report",
        abstract: "Simulate the dynamic delta hedge of an option position and write an HTML teaching report.",
        discussion: """
        Without a subcommand, runs `report` with the course's default scenario: one long TSLA \
        put, strike 260, American, 60.5 days to expiry, hedged daily with TSLA shares.
        """,
        version: ReportPipeline.version,
        subcommands: [ReportCommand.self, PriceCommand.self, ValidateCommand.self],
        defaultSubcommand: ReportCommand.self
    )

    public init() {}
}
