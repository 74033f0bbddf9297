import Foundation
@testable import HedgeReportCLI
import Testing

/// Inputs a hostile or careless user gives that were accepted, crashed, hung or blamed the
/// wrong thing (issue 24): each refused at once with the exit status of DESIGN.md §4, naming
/// what the user gave.
struct HostileInputTests {
    @Test func emptyOutputIsRefusedNamingTheFlag() throws {
        let error = try #require(Invocation.reportRefusal(["--output", ""]))
        #expect(error.exitStatus == 64)
        #expect(error.description == "--output must be a folder path (`.` for the current folder), got an empty path", "\(error)")
    }

    @Test(arguments: [("{\"paths\": 50,}", 1), ("{\n  \"sweep\": [12, 24,\n  ]\n}", 2), ("{\"title\": \"a,}\", \"paths\": 5,\n}", 1)])
    func jsonWithATrailingCommaIsRefused(text: String, line: Int) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write(text, named: "run.json", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config]))
        #expect(error.exitStatus == 65)
        #expect(error.description.hasPrefix("\(config):\(line): not valid JSON: a comma before"), "\(error)")
    }

    @Test func commaInsideAStringOfJSONIsNotATrailingComma() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("{\"title\": \"a,}\", \"paths\": 0}", named: "run.json", in: folder)
        let run = try Invocation.report(["--config", config])
        #expect(run.pipeline.settings.title == "a,}")
    }

    /// A value of a leg's map is one value: a comma in it does not make more keys.
    @Test(arguments: [
        ("legs: [{type: put, strike: \"315,position=short\"}]\n", "strike's value '315,position=short' holds ','"),
        ("legs: [{type: \"call,strike=10\", strike: 260}]\n", "type's value 'call,strike=10' holds ','"),
        ("legs:\n  - {\"type,x\": call}\n", "the key 'type,x' holds ','"),
    ])
    func commaInsideAConfigValueIsRefusedNotSplit(text: String, message: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write(text, named: "run.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config, "--paths", "0"]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains(message) && error.description.contains(config), "\(error)")
    }

    @Test func fifoGivenToConfigIsRefusedAtOnce() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("f.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let error = try #require(Invocation.reportRefusal(["--config", fifo]))
        #expect(error.exitStatus == 74)
        #expect(error.description == "cannot read config file \(fifo): it is a pipe, socket or device, not a regular file; save the config to a file and pass that", "\(error)")
    }

    /// The issue's price file, an `iv` of 1e-05 on line 6 (exit 70, "pricing failed at step 4"),
    /// is refused as out of `--vol`'s range; an `iv` in range that no lattice of the run can
    /// price against r = 4.31 % (0.0001: its vega bump's lower volatility, 2 % below, needs more
    /// levels than the lattice may refine to) is refused before the work; both name file, line
    /// and column.
    @Test(arguments: [("1e-05", "'1e-05' is out of range (expected an implied volatility per √year from 0.0001 to 10"),
                      ("0.0001", "implied volatility 0.0001 is too small for the CRR lattice of --lattice-steps 20")])
    func ivCellTooSmallIsRefusedNamingFileLineAndColumn(cell: String, message: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = ["date,close,Implied Vol"]
        for day in 0..<8 {
            rows.append("2023-06-\(16 + day),\(261 + day).5,\(day == 4 ? cell : "0.6")")
        }
        let file = try Invocation.write(rows.joined(separator: "\n") + "\n", named: "prices.csv", in: folder)
        let error = try #require(Invocation.reportRefusal(["--prices", file, "--paths", "0", "--lattice-steps", "20"]))
        #expect(error.exitStatus == 65)
        #expect(error.description.hasPrefix("\(file):6: column 'Implied Vol': \(message)"), "\(error)")
    }
}
