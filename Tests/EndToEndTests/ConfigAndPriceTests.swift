import Foundation
import Testing

/// `--config FILE` with the flags' keys, flags overriding it, and the `price` subcommand.
@Suite(.serialized)
struct ConfigAndPriceTests {
    @Test func yamlAndJsonConfigsSetParametersAndFlagsOverrideThem() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try Executable.write("""
        # a student's variation
        strike: 250
        days: 30
        lattice-steps: 60
        estimators: [delta, exact]
        title: My hedge
        """, named: "run.yaml", in: folder)
        let json = try Executable.write(#"{"strike": 250, "days": 30, "lattice-steps": 60, "estimators": "delta,exact"}"#, named: "run.json", in: folder)
        for (config, name) in [(yaml, "y"), (json, "j")] {
            let output = folder.appendingPathComponent(name)
            let result = try Executable.run(["--config", config, "--days", "20", "--paths", "0", "--output", output.path, "--quiet"])
            #expect(result.status == 0, "\(result.standardError)")
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("summary.json"))) as? [String: Any]
            let parameters = try #require(summary?["parameters"] as? [String: Any])
            #expect(parameters["strike"] as? Double == 250)
            #expect(abs((parameters["daysToExpiry"] as? Double ?? 0) - 20) < 1e-9, "the flag overrides the file")
            #expect(parameters["latticeSteps"] as? Int == 60)
            #expect((summary?["hedges"] as? [String: Any])?.keys.sorted() == ["delta", "exact"])
        }
    }

    /// One config error per exit status end to end; the matrix is in `Tests/HedgeReportCLITests`.
    @Test(arguments: [
        ("strike: 250\nstrik: 3\n", "bad.yaml:2: unknown key 'strik'", Int32(64)),
        ("strike: [250\n", "bad.yaml: not valid JSON or YAML", Int32(65)),
    ])
    func badConfigIsRefusedNamingFileAndLine(text: String, message: String, status: Int32) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Executable.write(text, named: "bad.yaml", in: folder)
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(["--config", config, "--output", output.path])
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// DESIGN.md §2.6: the course's mid, 23.70, implies σ ≈ 0.5987 on the 366-level lattice.
    @Test func premiumWithoutVolImpliesTheVolatility() throws {
        let result = try Executable.run(["price", "--premium", "23.70", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Double])
        #expect(abs(try #require(object["impliedVolatility"]) - 0.598729) < 0.000002)
        #expect(abs(try #require(object["price"]) - 23.70) < 1e-8)
    }

    @Test func premiumBelowIntrinsicValueIsRefused() throws {
        let result = try Executable.run(["price", "--spot", "200", "--premium", "50"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--premium"))
        #expect(result.standardError.contains("intrinsic"))
    }

    @Test func priceTableShowsReaderUnits() throws {
        let result = try Executable.run(["price", "--lattice-steps", "100", "--lattice-method", "bbsr"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("USD per share per calendar day"))
        #expect(result.standardOutput.contains("bbsr lattice, 100 levels"))
    }
}
