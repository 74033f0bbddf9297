import Foundation
@testable import HedgeReportCLI
import Testing

/// Typed options keep the one parse of flags and config files: ArgumentParser takes every
/// value as written, the descriptor refuses a bad one in the same words and with the same exit
/// status whether it came by flag or by config key, and the text as written reaches the
/// regenerating command.
struct TypedOptionParseTests {
    /// Bad values of every kind of typed option, each refused by the descriptor, not by
    /// ArgumentParser (``Invocation/reportRefusal(_:sourceLocation:)`` records that as an issue).
    static let badValues: [(ParameterKey, String)] = [
        (.days, "abc"), (.rate, "5"), (.contracts, "2.5"), (.seed, "-1"), (.type, "straddle"),
        (.yearBasis, "360"), (.startPremium, "both"), (.latticeMethod, "foo"), (.pathModel, "vg"),
        (.interval, "3x"), (.horizon, "-2d"), (.hedgeVol, "fast"),
    ]

    /// ArgumentParser keeps each value as written, whatever it is.
    @Test func argumentParserTakesEveryValueAsWritten() throws {
        let parameters = try ReportCommand.parse(Self.badValues.flatMap { [$0.0.flag, $0.1] }).parameters
        #expect(parameters.values == Dictionary(uniqueKeysWithValues: Self.badValues.map { ($0.0, .written($0.1)) }))
    }

    /// `--key value` and `key: value` are refused with the same "must be …, got …" and exit status.
    @Test(arguments: badValues)
    func aFlagAndAConfigKeyAreRefusedAlike(_ key: ParameterKey, _ value: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("\(key.configKey): \(value)\n", named: "run.yaml", in: folder)
        let byFlag = try #require(Invocation.reportRefusal([key.flag, value, "--paths", "0"]))
        let byConfig = try #require(Invocation.reportRefusal(["--config", config, "--paths", "0"]))
        #expect(byFlag.exitStatus == 64 && byConfig.exitStatus == 64)
        let words = try #require(byFlag.description.range(of: " must be ")).lowerBound
        #expect(byFlag.description.hasPrefix(key.flag + " must be "), "\(byFlag)")
        #expect(byConfig.description.hasSuffix(byFlag.description[words...]), "\(byConfig)")
        #expect(byConfig.description.contains(config) && byConfig.description.contains("'\(key.configKey)'"), "\(byConfig)")
    }

    /// A flag over a config file's bad value replaces it before anything is read.
    @Test func aFlagOverridesABadConfigValue() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("rate: 5\nyear-basis: 252\n", named: "run.yaml", in: folder)
        let run = try Invocation.report(["--config", config, "--rate", "0.01", "--paths", "0"])
        #expect(run.parameters.command("report").contains("--rate 0.01 "))
        #expect(run.parameters.command("report").contains("--year-basis 252 "))
    }

    /// The regenerating command repeats each value as the user wrote it.
    @Test func theCommandKeepsTheTextAsWritten() throws {
        let run = try Invocation.report([
            "--days", "60.50", "--rate", "0.04310", "--type", "PUT", "--style", "American", "--interval", "1D", "--paths", "0",
        ])
        let command = run.parameters.command("report")
        for written in ["--days 60.50 ", "--rate 0.04310 ", "--type PUT ", "--style American ", "--interval 1D "] {
            #expect(command.contains(written), "\(command)")
        }
    }
}
