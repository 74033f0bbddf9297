import Foundation
@testable import HedgeReportCLI
import Testing

/// Short flags, help grouped by topic, the exit statuses in the help, and "did you mean" for a
/// config file's keys as for flags.
struct CommandLineHabitsTests {
    @Test func shortFlagsAreTheirLongForms() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("strike: 250\n", named: "short.yaml", in: folder)
        let short = try Invocation.report(["-o", "somewhere", "-q", "-c", config])
        let long = try Invocation.report(["--output", "somewhere", "--quiet", "--config", config])
        #expect(short.pipeline.outputDirectory == "somewhere")
        #expect(short.quiet)
        #expect(short.pipeline.scenario.position.contract.strike == 250)
        #expect(short.parameters.command("report") == long.parameters.command("report"))
        let price = try Invocation.price(["-c", config])
        #expect(price.contract.strike == 250)
    }

    /// Every flag of the parameter table is shown under exactly one topic, in the order of the
    /// topics, with the exit statuses after the overview.
    @Test func reportHelpGroupsEveryFlagUnderOneTopic() throws {
        let help = ReportCommand.helpMessage(columns: 10_000)
        let titles = ["CONFIG FILE", "CONTRACT", "MARKET AND PRICING", "BOOK", "PATH", "HEDGE", "INFORMATION", "MONTE CARLO STUDY", "OUTPUT"]
        let starts = try titles.map { title in try #require(help.range(of: "\n\(title):\n"), "no \(title) group").lowerBound }
        #expect(starts == starts.sorted(), "topics out of order")
        for key in ParameterKey.allCases {
            // An option's own line starts with its name (after a short name, if any); other
            // options' help may mention it.
            let lines = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
                let name = line.hasPrefix("-") && !line.hasPrefix("--") ? String(line.dropFirst(4)) : line
                return name.hasPrefix("\(key.flag) ") || name == key.flag
            }
            #expect(lines.count == 1, "\(key.flag) shown \(lines.count) times")
        }
        #expect(help.contains("-o, --output <"))
        #expect(help.contains("-q, --quiet"))
        #expect(help.contains("-c, --config <file>"))
        #expect(help.contains("Exit status: 0 success; 64"))
        #expect(PriceCommand.helpMessage(columns: 10_000).contains("\nMARKET AND PRICING:\n"))
    }

    @Test func validateHelpStatesItsDefaultOnce() {
        let help = ValidateCommand.helpMessage(columns: 10_000)
        #expect(help.components(separatedBy: "200000").count == 2, "\(help)")
    }

    @Test(arguments: [
        ("strik", "did you mean 'strike'?"),
        ("risk-aversoin", "did you mean 'risk-aversion'?"),
        ("dividend_yield", "did you mean 'dividend-yield'?"),
        ("leg", "did you mean 'legs'?"),
        ("volatility", "allowed keys: author, band,"),
    ])
    func unknownConfigKeyNamesTheNearestKey(key: String, message: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("\(key): 1\n", named: "typo.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains(":1: unknown key '\(key)'; \(message)"), "\(error)")
    }

    @Test(arguments: [
        ("", "", 0), ("strike", "strike", 0), ("strik", "strike", 1), ("sTRIKE", "strike", 0),
        ("ab", "ba", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("ca", "abc", 3),
    ])
    func editDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps(a: String, b: String, distance: Int) {
        #expect(NearestName.editDistance(Array(a.lowercased()), Array(b.lowercased())) == distance)
    }

    @Test func nearestNameIsNilBeyondATypo() {
        #expect(NearestName.nearest(to: "vol", among: ["vol", "rate"]) == "vol")
        #expect(NearestName.nearest(to: "xyz", among: ["vol", "rate"]) == nil)
        #expect(NearestName.nearest(to: "volatility", among: ["vol", "realized-vol"]) == nil)
    }
}
