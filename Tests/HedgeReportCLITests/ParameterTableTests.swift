import Foundation
@testable import HedgeReportCLI
import Report
import Testing

/// The table of parameters is complete and consistent, and the command it writes regenerates
/// the run it came from.
struct ParameterTableTests {
    @Test func everyParameterHasExactlyOneRow() {
        let keys = ParameterDescriptor.table.map(\.key)
        #expect(Set(keys).count == keys.count, "a parameter has two rows")
        #expect(Set(keys) == Set(ParameterKey.allCases))
    }

    @Test func summaryKeysAreDistinct() {
        let keys = ParameterDescriptor.table.compactMap(\.summaryKey)
        #expect(Set(keys).count == keys.count)
    }

    /// A row that states no unit leaves the report's unit column empty (the default of
    /// ``ParameterDescriptor/unit``): names, choices, files, switches and the seed have none.
    @Test func rowsWithoutAUnitShowNone() {
        let without: [ParameterKey] = [.ticker, .type, .style, .position, .latticeMethod, .prices, .from, .to, .interval, .seed, .pathModel, .png, .output]
        for key in without {
            #expect(key.descriptor.unit.isEmpty, "\(key.flag) has the unit '\(key.descriptor.unit)'")
        }
        #expect(ParameterKey.spot.descriptor.unit == "USD per share")
        #expect(ParameterKey.yearBasis.descriptor.unit == "days a year")
    }

    /// The report records each value as it was read, of its kind (``ParameterValue`` is the
    /// report's own type): a number, a whole number, text, a list and a switch.
    @Test func reportRecordsEachValueAsRead() throws {
        let run = try Invocation.report(["--spot", "250.5", "--contracts", "3", "--ticker", "NFLX", "--estimators", "exact,delta", "--png", "--paths", "0"])
        let values = Dictionary(run.parameters.reportParameters.map { ($0.flag, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["--spot"] == .number(250.5))
        #expect(values["--contracts"] == .integer(3))
        #expect(values["--ticker"] == .text("NFLX"))
        #expect(values["--estimators"] == .list(["exact", "delta"]))
        #expect(values["--png"] == .flag(true))
    }

    /// A fixed default is a value its own parameter accepts.
    @Test(arguments: ParameterKey.allCases)
    func fixedDefaultIsAnAllowedValue(_ key: ParameterKey) throws {
        guard key.descriptor.defaultValue.value != nil else { return }
        #expect(try key.descriptor.parsedDefault() != nil)
    }

    /// Runs whose regenerating command must reproduce them exactly: defaults that depend on
    /// other values, a volatility implied from a premium, days given as written, a binomial
    /// walk's derived factors, the Monte Carlo study's derived lists, text needing quotes.
    static let runs: [[String]] = [
        [],
        ["--premium", "23.70", "--days", "60.50"],
        ["--years", "0.25", "--strike", "2.5e2", "--vol", "0.4", "--rate", "-0.01"],
        ["--path-model", "binomial", "--realized-vol", "0.3", "--interval", "1w", "--paths", "50"],
        ["--interval", "1m", "--horizon", "120m", "--iv-spread", "0.02", "--style", "european"],
        ["--type", "call", "--position", "short", "--contracts", "3", "--cost-bps", "20", "--fee-per-trade", "1.5"],
        ["--title", "Bob's hedge", "--author", "A \"student\"", "--estimators", "exact,delta", "--initial-shares", "-40"],
        ["--sweep", "5, 10", "--mismatch-vols", "0.3,0.6", "--png", "--seed", "7"],
        ["--sweep", "none", "--mismatch-vols", "none"],
    ]

    @Test(arguments: runs)
    func commandRegeneratesTheRun(_ arguments: [String]) throws {
        let first = try Invocation.report(arguments + ["--output", "first"])
        let words = try #require(ShellWords.split(first.pipeline.settings.command))
        #expect(Array(words.prefix(2)) == ["hedge-report", "report"])
        #expect(words.suffix(2) == ["--output", "first"])
        let second = try Invocation.report(Array(words.dropFirst(2).dropLast(2)) + ["--output", "second"])
        #expect(second.pipeline.scenario == first.pipeline.scenario)
        #expect(second.pipeline.settings.withoutOutput == first.pipeline.settings.withoutOutput)
        #expect(second.pipeline.settings.command == first.pipeline.settings.command.replacingOccurrences(of: "--output first", with: "--output second"))
    }

    /// A price file sets the path, the spot, the strike, the expiry and (its iv column) the
    /// volatilities; the command gives the file and leaves out what it sets.
    @Test func commandRegeneratesARunOnAPriceFile() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prices = try Invocation.write(
            "t,close,iv\n0,100.3,0.41\n0.01,101,0.42\n0.02,99.5,0.4\n0.03,98,0.43\n", named: "prices.csv", in: folder
        )
        let first = try Invocation.report(["--prices", prices, "--output", "first"])
        let words = try #require(ShellWords.split(first.pipeline.settings.command))
        for flag in ["--interval", "--drift", "--realized-vol", "--path-model", "--iv-spread", "--sweep"] {
            #expect(!words.contains(flag), "\(flag) contradicts --prices")
        }
        let second = try Invocation.report(Array(words.dropFirst(2).dropLast(2)) + ["--output", "second"])
        #expect(second.pipeline.scenario == first.pipeline.scenario)
        #expect(second.pipeline.settings.withoutOutput == first.pipeline.settings.withoutOutput)
    }

    /// Numbers are written as the user gave them: `--days 60.5`, not 60.5/365 × 365.
    @Test func commandWritesNumbersAsGiven() throws {
        let run = try Invocation.report(["--days", "60.50", "--strike", "2.5e2", "--paths", "0"])
        let command = run.pipeline.settings.command
        #expect(command.contains("--days 60.50 "))
        #expect(command.contains("--strike 2.5e2 "))
        #expect(!command.contains("--years"))
    }
}

private extension ReportSettings {
    /// These settings but for where the files go: the command's last flag and its entry; and
    /// but for the defaults a price file's run took (the regenerating command states every
    /// input, so its run takes none, and its page rightly names none).
    var withoutOutput: ReportSettings {
        var copy = self
        copy.command = ""
        copy.parameters.removeAll { $0.flag == "--output" }
        copy.priceFileDefaults = []
        return copy
    }
}
