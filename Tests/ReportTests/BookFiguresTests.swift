import Analytics
import Foundation
import Pricing
import Simulation
import Testing
@testable import Report

/// A book's legs table and `summary.json`'s `position` are one value (``BookSection/BookFigures``):
/// the page writes the figures the summary encodes, each leg at the implied volatility it was
/// valued at.
struct BookFiguresTests {
    /// A short European strangle whose put has its own implied volatility, on the closed form.
    static let analysis: HedgeAnalysis = {
        let expiry = 52.0 / 365
        let call = Position(contract: OptionContract(type: .call, style: .european, strike: 315, expiry: expiry), contracts: 1, side: .short)
        let put = Position(
            contract: OptionContract(type: .put, style: .european, strike: 255, expiry: expiry), contracts: 2, side: .short,
            impliedVolatility: 0.5521
        )
        let scenario = HedgeScenario(
            book: Book(legs: [call, put], shares: 12), market: Market(spot: 289.26, rate: 0.0423, dividendYield: 0, volatility: 0.4872),
            dynamics: PathDynamics(drift: 0.0423, realizedVolatility: 0.4872, seed: 11),
            hedge: HedgingStrategy(schedule: RebalancingSchedule(interval: 1.0 / 365, horizon: expiry), estimators: [.delta])
        )
        return HedgeAnalysis(try! scenario.simulate(model: BlackScholesModel()))
    }()

    @Test func legsTableAndSummaryPositionAreOneValue() throws {
        var settings = ReportSettings(ticker: "TSLA", latticeSteps: 40, intervalLabel: "1d", command: "hedge-report")
        settings.isBook = true
        let section = try #require(BookSection(ReportContext(analysis: Self.analysis, settings: settings)))
        let position = try #require(SummaryDocument(analysis: Self.analysis, settings: settings).position)

        #expect(position.legs.map(\.impliedVolatility) == [0.4872, 0.5521])
        #expect(position.legs.map(\.contracts) == [-1, -2])
        #expect(position.shares == 12)
        let start = Self.analysis.simulation.valuedPath.legValuations.map { $0[0] }
        #expect(position.legs.map(\.valuation) == start)

        // Rows: the two legs, the shares, the book; columns: name, holding, m, σ, premium, Δ, Γ, Θ, vega, m·Δ.
        let rows = section.legs.texts
        #expect(rows.count == 4)
        for (row, leg) in zip(rows, position.legs) {
            #expect(row[2] == NumberFormat.signed(leg.multiplier, decimals: 0))
            #expect(row[3] == NumberFormat.percent(leg.impliedVolatility, decimals: 2))
            #expect(row[4] == NumberFormat.money(leg.price, decimals: 4))
            #expect(row[7] == NumberFormat.signed(leg.theta / 365, decimals: 4))
            #expect(row[8] == NumberFormat.signed(leg.vega / 100, decimals: 4))
            #expect(row[9] == NumberFormat.signed(leg.multiplier * leg.delta, decimals: 2))
        }
        #expect(section.legs.rows.map(\.isTotal) == [false, false, false, true])
        let book = try #require(rows.last)
        #expect(book[4] == NumberFormat.money(position.total.price))
        #expect(book[5] == NumberFormat.signed(position.total.delta, decimals: 2))
        #expect(book[7] == NumberFormat.signed(position.total.theta / 365, decimals: 2))
    }

    /// `summary.json`'s `position` keeps its keys (DESIGN.md §4).
    @Test func summaryPositionKeepsItsKeys() throws {
        var settings = ReportSettings(ticker: "TSLA", latticeSteps: 40, intervalLabel: "1d", command: "hedge-report")
        settings.isBook = true
        let position = try #require(SummaryDocument(analysis: Self.analysis, settings: settings).position)
        let object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(position)) as? [String: Any])
        #expect(Set(object.keys) == ["legs", "shares", "value", "delta", "gamma", "theta", "vega", "rho"])
        #expect(object["value"] as? Double == position.total.price)
        #expect(object["rho"] as? Double == position.total.rho)
        let leg = try #require((object["legs"] as? [[String: Any]])?.first)
        #expect(Set(leg.keys) == [
            "type", "style", "strike", "yearsToExpiry", "contracts", "multiplier", "impliedVolatility",
            "price", "delta", "gamma", "theta", "vega", "rho",
        ])
    }
}
