import Foundation
import Testing

/// The rules on the release executable: with 20 bps of costs the Monte Carlo study compares the
/// rules, the report shows their table and frontier, and on 2,000 paths of the course's put
/// hedged daily Whalley–Wilmott's band pays less in costs than the calendar (issue 15).
@Suite(.serialized)
struct RebalancingRuleTests {
    @Test func whalleyWilmottPaysLessThanTheCalendarOnTheCoursePut() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "--output", folder.path, "--quiet", "--cost-bps", "20", "--paths", "2000", "--sweep", "none", "--mismatch-vols", "none",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let study = try #require(summary["monteCarlo"] as? [String: Any])
        let rules = try #require(study["rules"] as? [[String: Any]])
        func outcome(_ name: String) throws -> [String: Any] {
            try #require(rules.first { $0["rule"] as? String == name }, "no \(name) in \(rules)")
        }
        let calendar = try outcome("calendar"), whalley = try outcome("whalley-wilmott")
        let calendarCosts = try #require(calendar["costs"] as? Double), whalleyCosts = try #require(whalley["costs"] as? Double)
        #expect(whalleyCosts < calendarCosts, "Whalley–Wilmott \(whalleyCosts) against the calendar's \(calendarCosts)")
        #expect(rules.map { $0["rule"] as? String } == ["calendar", "band", "band", "band", "whalley-wilmott", "leland"])
        for rule in rules {
            for key in ["mean", "std", "trades", "costs"] {
                #expect(rule[key] is Double, "\(key) in \(rule)")
            }
        }
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("id=\"figure-rule-frontier\""))
        #expect(page.contains("<table class=\"rules\">"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("charts/rule-frontier.svg").path))
    }

    /// Without costs no rule is compared and the page has no rules section; a band on the path
    /// trades less often than the calendar.
    @Test func aBandOnThePathTradesLessThanTheCalendar() throws {
        func textbook(_ arguments: [String]) throws -> (trades: Int, page: String) {
            let folder = try Executable.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try Executable.run(["--output", folder.path, "--quiet", "--paths", "0", "--lattice-steps", "40"] + arguments)
            #expect(result.status == 0, "\(result.standardError)")
            let ledger = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8).split(separator: "\n")
            let header = ledger[0].split(separator: ",")
            let column = try #require(header.firstIndex(of: "textbook_shares_bought"))
            let trades = ledger.dropFirst().count { Double($0.split(separator: ",")[column]) != 0 }
            return (trades, try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8))
        }
        let calendar = try textbook([])
        let band = try textbook(["--rebalance", "band", "--band", "10"])
        #expect(band.trades < calendar.trades)
        #expect(!calendar.page.contains("id=\"rules\""))
        #expect(band.page.contains("id=\"rules\""))
        #expect(band.page.contains("followed a band of 10 shares: it traded on \(band.trades) of"))
    }
}
