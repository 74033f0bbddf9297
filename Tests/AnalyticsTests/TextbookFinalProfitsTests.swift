import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The Monte Carlo study's ledger-free textbook hedge against the ledger
/// (`HedgeScenario.hedge(along:model:)`): the same final P&L and early exercise, bit for bit,
/// on every schedule sharing a path.
struct TextbookFinalProfitsTests {
    /// An in-the-money American put over 20 days, deep enough that some paths exercise early,
    /// with trading costs, on a 120-level lattice's grids.
    static func scenario(_ volatilityModel: VolatilityModel, costs: TransactionCosts = .none) -> HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .american, strike: 300, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.dynamics.volatilityModel = volatilityModel
        scenario.hedge.costs = costs
        scenario.hedge.estimators = []
        return scenario
    }

    @Test(arguments: [VolatilityModel.constant, .noisy(spread: 0.05)])
    func finalProfitsAreTheLedgersLastRowOnEverySchedule(_ volatilityModel: VolatilityModel) throws {
        let base = Self.scenario(volatilityModel, costs: TransactionCosts(basisPoints: 20, feePerTrade: 1))
        let horizon = base.hedge.schedule.horizon
        let dates = CommonDates([20, 7, 3].map { RebalancingSchedule(interval: horizon / Double($0), horizon: horizon).times })
        let study = MonteCarloStudy(scenario: base, model: BinomialLatticeModel(steps: 120), paths: 2, threads: 1)
        // The study's grid for the textbook hedge alone holds the premium and Δ; the ledger reads
        // every Greek, from the grid a share-balance estimator gets.
        let lean = try study.premiumAndDeltaPricer(for: base, times: dates.times, measuringError: false).model
        let full = try study.fullPricer(for: base, hedges: .all, times: dates.times, measuringError: false).model
        let hedge = TextbookFinalProfits(scenario: base, model: lean)
        var exercised = 0
        for k in 0..<24 {
            var single = base
            single.dynamics.seed = MonteCarloStudy.pathSeed(base.dynamics.seed, k)
            var generator = SplitMix64(seed: single.dynamics.seed)
            let path = PricePath.geometricBrownianMotion(
                spot: base.market.spot, drift: base.dynamics.drift, volatility: base.dynamics.realizedVolatility, times: dates.times,
                using: &generator
            )
            let outcomes = try hedge.outcomes(along: path, schedules: dates.positions, seed: single.dynamics.seed)
            for (schedule, positions) in dates.positions.enumerated() {
                let own = PricePath(times: positions.map { path.times[$0] }, spots: positions.map { path.spots[$0] })
                let ledger = try single.hedge(along: own, model: full)
                let last = try #require(ledger.textbook.last)
                #expect(outcomes[schedule].profit.bitPattern == last.profitAndLoss.bitPattern, "path \(k) schedule \(schedule)")
                #expect(outcomes[schedule].exercised == (ledger.exerciseStep != nil), "path \(k) schedule \(schedule)")
                if outcomes[schedule].exercised { exercised += 1 }
            }
        }
        #expect(exercised > 0, "no path exercised early: the early-exercise branch went untested")
    }

    /// A book equal to one option (two of the put long, one short) takes the ledger's route
    /// through the frequency sweep, the option the ledger-free one: the same means and stds, to
    /// rounding (the book's value is a sum of legs).
    @Test func aBookTakesTheLedgersRouteToTheSameSweep() throws {
        var single = Self.scenario(.constant)
        single.position.contract.style = .european
        var book = single
        let put = single.position
        book.book = Book(legs: [
            Position(contract: put.contract, contracts: 2, side: .long), Position(contract: put.contract, contracts: 1, side: .short),
        ])
        let model = BinomialLatticeModel(steps: 60)
        let expected = try MonteCarloStudy(scenario: single, model: model, paths: 40, threads: 2).sweep([4, 10, 20])
        let got = try MonteCarloStudy(scenario: book, model: model, paths: 40, threads: 2).sweep([4, 10, 20])
        for (a, b) in zip(expected, got) {
            #expect(abs(a.mean - b.mean) <= 1e-9 * max(abs(a.mean), 1), "N = \(a.rebalances)")
            #expect(abs(a.std - b.std) <= 1e-9 * max(a.std, 1), "N = \(a.rebalances)")
        }
    }
}
