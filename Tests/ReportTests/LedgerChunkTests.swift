import Analytics
import Foundation
import Pricing
import Simulation
import Testing
@testable import Report

/// `ledger.csv` is rendered in chunks of rows on several threads (issue 26: an every-minute run
/// writes 23,596 rows): the same bytes whatever the number of threads, rows in order across the
/// chunks' seams, and a non-finite value reported at its earliest step.
struct LedgerChunkTests {
    /// The course's put, European (never cut short by an exercise), hedged hourly for 45 days:
    /// 1,081 rows, two chunks and a part.
    static let analysis: HedgeAnalysis = {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = 3
        scenario.book.legs[0].contract.style = .european
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / (365 * 24), horizon: 45.0 / 365)
        return HedgeAnalysis(try! scenario.simulate(model: BlackScholesModel()))
    }()

    @Test func severalThreadsWriteTheBytesOfOne() throws {
        let one = try LedgerCSV.render(Self.analysis, threads: 1)
        let rows = one.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == Self.analysis.simulation.valuedPath.valuations.count + 2, "header, rows and the final newline")
        #expect(rows.count - 2 > 2 * LedgerCSV.rowsPerChunk)
        #expect(rows.last == "")
        for (index, row) in rows.dropFirst().dropLast().enumerated() {
            #expect(row.prefix(while: { $0 != "," }) == "\(index)")
        }
        for threads in [2, 3, 8] {
            #expect(try LedgerCSV.render(Self.analysis, threads: threads) == one, "\(threads) threads")
        }
    }

    /// Non-finite spots in the third chunk and at row 600, in the second: every thread count
    /// names step 600.
    @Test func theEarliestNonFiniteValueIsReportedWhateverTheThreads() {
        var analysis = Self.analysis
        analysis.simulation.valuedPath.path.spots[Self.rowsInLastChunk] = .nan
        analysis.simulation.valuedPath.path.spots[600] = .infinity
        for threads in [1, 2, 8] {
            do {
                _ = try LedgerCSV.render(analysis, threads: threads)
                Issue.record("a non-finite spot was written")
            } catch {
                #expect(error.description.contains("ledger.csv: spot at step 600 is inf"), "\(threads) threads: \(error)")
            }
        }
    }

    static let rowsInLastChunk = 2 * LedgerCSV.rowsPerChunk + 10
}
