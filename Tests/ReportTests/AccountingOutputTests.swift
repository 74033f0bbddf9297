import Analytics
import Foundation
import Pricing
import Simulation
import Testing
@testable import Report

/// `ledger.csv` and `summary.json` carry the share balance's outside cash and self-financing
/// value (DESIGN.md §2.1), as plain numbers that add up as the identities say.
struct AccountingOutputTests {
    static let analysis: HedgeAnalysis = {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = 9
        return HedgeAnalysis(try! scenario.simulate(model: BinomialLatticeModel(steps: 40)))
    }()

    @Test func ledgerHasOutsideCashAndSelfFinancingValuePerEstimator() throws {
        let lines = try LedgerCSV.render(Self.analysis).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let last = lines.last!.split(separator: ",").map { Double($0)! }
        for estimator in ["delta", "delta_gamma", "greeks", "exact"] {
            let column = { (name: String) throws -> Double in
                last[try #require(header.firstIndex(of: "\(estimator)_\(name)"), "\(estimator)_\(name)")]
            }
            let cumulative = try column("cumulative_outside_cash")
            // V = HLV − C, to the rounding of the subtraction.
            #expect(abs(try column("self_financing_value") - (try column("liquidation_value") - cumulative)) < 1e-9)
            let summary = try #require(Self.analysis.summaries.first { $0.estimator.rawValue.replacingOccurrences(of: "-", with: "_") == estimator })
            #expect(abs(cumulative - summary.outsideCash) < 1e-6)
            #expect(header.contains("\(estimator)_outside_cash"))
        }
        #expect(header.contains("textbook_cash_interest") && header.contains("textbook_dividends"))
    }

    @Test func ledgerCellsReadBackAsTheRunsOwnDoubles() throws {
        let lines = try LedgerCSV.render(Self.analysis).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let valued = Self.analysis.simulation.valuedPath
        for (i, line) in lines.dropFirst().enumerated() {
            let cells = line.split(separator: ",").map(String.init)
            let cell = { (name: String) in Double(cells[header.firstIndex(of: name)!])! }
            #expect(cell("time_years") == valued.path.times[i])
            #expect(cell("spot") == valued.path.spots[i])
            #expect(cell("gamma") == valued.valuations[i].gamma)
            #expect(cell("delta_shares") == Self.analysis.simulation.ledgers[0].rows[i].shares)
            #expect(cell("textbook_pnl") == Self.analysis.simulation.textbook[i].profitAndLoss)
        }
    }

    @Test func exactFormatIsShortestAndRoundTrips() {
        #expect(NumberFormat.exact(1e-20) == "1e-20")
        #expect(NumberFormat.exact(-0.0) == "0")
        #expect(NumberFormat.exact(5) == "5")
        #expect(NumberFormat.exact(0.1) == "0.1")
        #expect(NumberFormat.exact(.nan) == nil && NumberFormat.exact(.infinity) == nil)
        for value in [261.4899, 1.0 / 3, 6.02e23, -2.5e-300, 0.16575342465753425] {
            #expect(Double(NumberFormat.exact(value)!) == value)
        }
    }

    /// Every hedge in `summary.json` has the lecture's keys and the accounting's, each holding
    /// the value recomputed here from the ledger's rows (sums, extremes and the liquidation
    /// value m·P + n·S from premium, shares and spot), or, for the textbook terms, the
    /// reconciliation's.
    @Test func summaryKeepsTheLecturesKeysAndAddsTheAccounting() throws {
        let settings = ReportSettings(ticker: "TSLA", latticeSteps: 40, intervalLabel: "1d", command: "hedge-report")
        let data = try SummaryDocument(analysis: Self.analysis, settings: settings).encoded()
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let hedges = try #require(object?["hedges"] as? [String: [String: Double]])
        let m = Self.analysis.simulation.scenario.position.multiplier
        #expect(Set(hedges.keys) == Set(Self.analysis.simulation.ledgers.map(\.estimator.rawValue)))
        for ledger in Self.analysis.simulation.ledgers {
            let name = ledger.estimator.rawValue
            let hedge = try #require(hedges[name])
            let rows = ledger.rows, residuals = rows.dropFirst().map(\.residual)
            let largest = residuals.map(abs).max() ?? 0
            let liquidation = { (row: ShareBalanceRow) in m * row.premium + row.shares * row.spot }
            let outside = zip(rows, rows.dropFirst()).reduce(0) { $0 + ($1.1.shares - $1.0.shares) * $1.1.spot }
            let final = liquidation(rows.last!) - outside
            let pair = try #require(Self.analysis.reconciliation(ledger.estimator))
            let expected: [String: Double] = [
                "finalShares": rows.last!.shares,
                "cumulativeResidual": residuals.reduce(0, +),
                "totalAbsResidual": residuals.reduce(0) { $0 + abs($1) },
                "maxAbsResidual": largest,
                "maxAbsResidualStep": Double(1 + (residuals.firstIndex { abs($0) == largest } ?? -1)),
                "rootMeanSquareResidual": (residuals.reduce(0) { $0 + $1 * $1 } / Double(residuals.count)).squareRoot(),
                "initialLiquidationValue": liquidation(rows[0]),
                "finalLiquidationValue": liquidation(rows.last!),
                "outsideCash": outside,
                "finalSelfFinancingValue": final,
                "selfFinancingPnL": final - liquidation(rows[0]),
                "holdingDifferencePnL": pair.holdingDifferencePnL,
                "textbookInterest": pair.textbookInterest,
                "textbookDividends": pair.textbookDividends,
                "textbookCosts": pair.textbookCosts,
            ]
            #expect(Set(hedge.keys) == Set(expected.keys), "\(name)")
            let scale = abs(liquidation(rows[0])) + rows.reduce(0) { $0 + abs($1.shares * $1.spot) }
            for (key, value) in expected {
                let written = try #require(hedge[key], "\(name).\(key)")
                #expect(abs(written - value) <= 1e-9 * scale, "\(name).\(key): \(written) vs \(value)")
            }
        }
    }
}
