import Foundation
@testable import HedgeReportCLI
import Testing

/// A bad config file is refused naming the file, the line and the key, with the exit status of
/// DESIGN.md §4: 64 for a value that cannot be used, 65 for a file that does not parse, 74 for
/// one that cannot be read.
struct BadConfigTests {
    @Test(arguments: [
        ("strike: 250\nstrik: 3\n", ":2: unknown key 'strik'", Int32(64)),
        // YAML requires unique keys, so the parser itself refuses a repeat: malformed, 65.
        ("strike: 250\nstrike: 240\n", "duplicated key(s): 'strike'", Int32(65)),
        ("strike: high\n", ":1: key 'strike' must be a number, got 'high'", Int32(64)),
        ("strike: \"250\"\n", ":1: key 'strike' must be a number, got '250'", Int32(64)),
        ("contracts: 2.5\n", ":1: key 'contracts' must be a whole number", Int32(64)),
        ("png: maybe\n", ":1: key 'png' must be true or false", Int32(64)),
        ("estimators: {delta: 1}\n", ":1: key 'estimators' must be a value or a list of values, got a mapping", Int32(64)),
        ("type: straddle\n", ":1: key 'type' must be one of call, put", Int32(64)),
        ("days: 5\nvol: -0.3\n", "'vol' (", Int32(64)),
        ("lattice-steps: 100000\n", "'lattice-steps' (", Int32(64)),
        ("strike: [250\n", "not valid JSON or YAML", Int32(65)),
        ("- strike\n", "expected a mapping of keys to values", Int32(65)),
    ])
    func badConfigIsRefusedNamingFileLineAndKey(text: String, message: String, status: Int32) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write(text, named: "bad.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config]))
        #expect(error.exitStatus == status, "\(error)")
        #expect(error.description.contains(message), "\(error)")
        #expect(error.description.contains(config), "\(error)")
    }

    /// A value out of range is named by its key, file and line, where the user must fix it.
    @Test func outOfRangeValueNamesItsLine() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("strike: 250\n\nvol: -0.3\n", named: "run.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config]))
        #expect(error.description == "'vol' (\(config):3) must be \(ParameterKey.vol.descriptor.allowed), got -0.3")
    }

    @Test func invalidJSONIsMalformedEvenWhereYAMLWouldReadIt() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write(#"{"strike": 250,,}"#, named: "bad.json", in: folder)
        let error = try #require(Invocation.priceRefusal(["--config", config]))
        #expect(error.exitStatus == 65)
        #expect(error.description.contains("\(config): not valid JSON"), "\(error)")
    }

    @Test func missingConfigIsAnIOErrorNamingIt() throws {
        let error = try #require(Invocation.priceRefusal(["--config", "/no/such/run.yaml"]))
        #expect(error.exitStatus == 74)
        #expect(error.description == "cannot read config file /no/such/run.yaml: no such file")
    }

    /// A flag overrides the file, and an error in the flag names the flag, not the file.
    @Test func flagOverridingTheFileIsNamedAsAFlag() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("days: 30\n", named: "run.yaml", in: folder)
        let error = try #require(Invocation.priceRefusal(["--config", config, "--days", "-1"]))
        #expect(error.description.hasPrefix("--days must be"), "\(error)")
    }

    /// Flags and config keys are read by one parse: the same text gives the same value.
    @Test func configAndFlagsResolveToTheSameRun() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("""
            strike: 250
            days: 30.25
            lattice-steps: 60
            estimators: [delta, exact]
            path-model: binomial
            up: 1.02
            paths: 0
            output: out
            """, named: "run.yaml", in: folder)
        let fromFile = try Invocation.report(["--config", config])
        let fromFlags = try Invocation.report([
            "--strike", "250", "--days", "30.25", "--lattice-steps", "60", "--estimators", "delta,exact",
            "--path-model", "binomial", "--up", "1.02", "--paths", "0", "--output", "out",
        ])
        #expect(fromFile.pipeline.settings.command == fromFlags.pipeline.settings.command)
        #expect(fromFile.pipeline.scenario == fromFlags.pipeline.scenario)
    }
}
