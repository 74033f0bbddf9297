import Foundation
import Testing

/// `--hedger-seed` and `--hedger-correlation` end to end: the summary's per-date LVT, LVM and
/// PE, and the page's charts of the run and of the study.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct WrongInformationTests {
    @Test func hedgerOnAnotherPathGivesTheCoursesArithmeticAndTheStudyChart() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "--hedger-seed", "7", "--paths", "200", "--sweep", "none", "--mismatch-vols", "none", "--lattice-steps", "100",
            "--output", folder.path, "--quiet",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        )
        let wrong = try #require(summary["wrongInformation"] as? [String: Any])
        let steps = try #require(wrong["steps"] as? [[String: Any]])
        #expect(steps.count == 62)
        let multiplier = 100.0
        let ledger = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8)
        let rows = ledger.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let premium = try #require(rows[0].firstIndex(of: "premium"))
        for (index, step) in steps.enumerated() {
            let lvt = try #require(step["lvt"] as? Double), lvm = try #require(step["lvm"] as? Double)
            let spot = try #require(step["spot"] as? Double)
            let shares = try #require(step["shares"] as? Double), modelShares = try #require(step["modelShares"] as? Double)
            let price = try #require(Double(rows[index + 1][premium]))
            #expect(abs(lvt - (multiplier * price + shares * spot)) < 1e-6)
            #expect(abs(lvm - (multiplier * price + modelShares * spot)) < 1e-6)
            #expect(abs((step["percentError"] as? Double ?? .nan) - (lvt - lvm) / lvt * 100) < 1e-9)
        }
        let study = try #require(wrong["study"] as? [String: Any])
        #expect(study["pairs"] as? Int == 200)
        let correlations = try #require(study["correlations"] as? [[String: Any]])
        #expect(correlations.compactMap { $0["correlation"] as? Double } == [0, 0.5, 0.8, 0.9, 0.95, 0.99, 1])
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("id=\"figure-wrong-information\""))
        #expect(html.contains("id=\"figure-wrong-information-study\""))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("charts/wrong-information-study.svg").path))
    }
}
