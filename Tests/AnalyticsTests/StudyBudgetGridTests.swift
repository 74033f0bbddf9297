import Foundation
import Pricing
import Simulation
import Synchronization
import Testing
@testable import Analytics

/// The grids ``StudyCost`` counts are the grids the study prepares
/// (``MonteCarloStudy/grids(of:sweep:realizedVolatilities:rules:wrongInformationStudy:)``): a
/// study run in process as the report runs it, through a lattice that records every preparation
/// it is asked for, against the list the cost was estimated from, grid by grid (form, contract,
/// volatility, dates and the spots spanned at each date).
struct StudyBudgetGridTests {
    /// One preparation the study asked for.
    struct Prepared: Equatable, CustomStringConvertible {
        var form: StudyGrid.Form
        var contract: OptionContract
        var volatility: Double
        var times: [Double]
        var spotRanges: [ClosedRange<Double>]

        var description: String { "\(form) σ \(volatility) K \(contract.strike) \(times.count) dates" }
    }

    /// A lattice that prices as `base` does and records each prepared form it builds.
    struct RecordingLattice: PricingModel {
        var base: BinomialLatticeModel
        let log = Log()

        final class Log: Sendable {
            let entries = Mutex<[Prepared]>([])
        }

        func record(_ form: StudyGrid.Form, _ request: PricingPreparation) {
            let entry = Prepared(
                form: form, contract: request.contract, volatility: request.market.volatility, times: request.times,
                spotRanges: request.times.map(request.spotRange)
            )
            log.entries.withLock { $0.append(entry) }
        }

        func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
            try base.price(of: contract, in: market)
        }

        func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
            try base.valuation(of: contract, in: market)
        }

        func valuationAtFixedRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
            try base.valuationAtFixedRate(of: contract, in: market)
        }

        func premiumAndDelta(of contract: OptionContract, in market: Market) throws(PricingError) -> PremiumAndDelta {
            try base.premiumAndDelta(of: contract, in: market)
        }

        func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
            record(.everyGreek, request)
            return try base.prepared(for: request)
        }

        func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
            record(.premiumAndDelta, request)
            return try base.preparedPremiumAndDelta(for: request)
        }

        var valuationIsCostly: Bool { base.valuationIsCostly }

        func valuationAtFixedVolatilityAndRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
            try base.valuationAtFixedVolatilityAndRate(of: contract, in: market)
        }

        func deltaSlice(of contract: OptionContract, in market: Market, timeToExpiry: Double) throws(PricingError) -> BlackScholesDeltaSlice? {
            try base.deltaSlice(of: contract, in: market, timeToExpiry: timeToExpiry)
        }

        func exercisesEarly(_ contract: OptionContract, in market: Market, premium: Double) -> Bool {
            base.exercisesEarly(contract, in: market, premium: premium)
        }
    }

    /// A study's settings beside its scenario.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var scenario: HedgeScenario
        var sweep: [Int] = [4, 12]
        var mismatch: [Double] = [0.3, 0.9]
        var rules: [RebalancingRule] = []
        /// Whether the wrong-information study runs beside the study.
        var wrongInformation = false
        var description: String { name }
    }

    /// The course's American put over 20 days, daily.
    static var course: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract.expiry = 20.0 / 365
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        return scenario
    }

    static let cases: [Case] = {
        var fixed = course
        fixed.hedge.volatility = .fixed(0.45)
        var realized = course
        realized.hedge.volatility = .realized
        realized.dynamics.realizedVolatility = 0.8
        var realizedAtImplied = course
        realizedAtImplied.hedge.volatility = .realized
        var costs = course
        costs.hedge.costs = TransactionCosts(basisPoints: 20)
        var heston = fixed
        heston.dynamics.pathModel = .simulated(HestonVariance.standard(level: 0.36))
        // A put and a call at its own implied volatility, each its own grid.
        var book = course
        let call = OptionContract(type: .call, style: .american, strike: 280, expiry: 20.0 / 365)
        book.book = Book(legs: [book.position, Position(contract: call, contracts: 1, side: .short, impliedVolatility: 0.5)])
        return [
            Case(name: "implied", scenario: course),
            Case(name: "hedge-vol 0.45", scenario: fixed),
            Case(name: "hedge-vol realized, realized 0.8", scenario: realized),
            Case(name: "hedge-vol realized at the implied volatility", scenario: realizedAtImplied),
            Case(name: "hedge-vol 0.45 on Heston paths", scenario: heston),
            Case(name: "costs with the rules compared", scenario: costs, rules: MonteCarloStudy.comparedRules(for: costs)),
            Case(name: "a book of two options", scenario: book),
            Case(name: "the wrong-information study", scenario: course, wrongInformation: true),
        ]
    }()

    /// The study's grids as the report runs it (``ReportPipeline``: the study, the rules, the
    /// hedging volatilities, the model comparison; not the control runs, which the cost leaves
    /// out; the wrong-information study after them, as the pipeline runs it), without the
    /// theory's two-date grids.
    static func preparedGrids(_ study: Case) throws -> [Prepared] {
        let lattice = RecordingLattice(base: BinomialLatticeModel(steps: 40))
        let monteCarlo = MonteCarloStudy(scenario: study.scenario, model: lattice, paths: 4, threads: 1)
        _ = try monteCarlo.report(sweep: study.sweep, realizedVolatilities: study.mismatch)
        if !study.rules.isEmpty { _ = try monteCarlo.compareRules(study.rules) }
        if MonteCarloStudy.comparesHedgeVolatilities(study.scenario) {
            _ = try monteCarlo.compareHedgeVolatilities(sweep: study.sweep)
        }
        let sigma = study.scenario.dynamics.realizedVolatility
        _ = try monteCarlo.compareModels(
            paths: 2, jumps: PathModelComparison.jumps(realizedVolatility: sigma), heston: .standard(level: sigma * sigma)
        )
        if study.wrongInformation {
            _ = try WrongInformationStudy.run(
                scenario: study.scenario, model: lattice, pairs: 2, correlations: [0, 0.9], hedgerSeed: 7, threads: 1
            )
        }
        let horizon = study.scenario.hedge.schedule.horizon
        return lattice.log.entries.withLock { $0 }.filter { $0.times != [0, horizon] }
    }

    @Test(arguments: cases)
    func costCountsTheGridsTheStudyPrepares(_ study: Case) throws {
        let prepared = try Self.preparedGrids(study)
        let planned = MonteCarloStudy.grids(
            of: study.scenario, sweep: study.sweep, realizedVolatilities: study.mismatch, rules: study.rules,
            wrongInformationStudy: study.wrongInformation
        ).map { grid in
            Prepared(
                form: grid.form, contract: grid.contract, volatility: grid.volatility, times: grid.times,
                spotRanges: grid.times.map(grid.spotRange(at:))
            )
        }
        #expect(!prepared.isEmpty)
        #expect(planned == prepared, "planned \(planned), prepared \(prepared)")
    }

    /// Under `--hedge-vol` every batch but the mismatch's adds its Δ grid: the main batch's, the
    /// sweep's, the hedging volatilities' and the model comparison's; the count grows by them.
    @Test func hedgeVolatilityAddsItsDeltaGrids() {
        func grids(_ scenario: HedgeScenario) -> [StudyGrid] {
            MonteCarloStudy.grids(of: scenario, sweep: [6, 12, 30], realizedVolatilities: [0.3, 0.9], rules: [], wrongInformationStudy: false)
        }
        var fixed = Self.course
        fixed.hedge.volatility = .fixed(0.45)
        let implied = grids(Self.course), hedged = grids(fixed)
        // Implied: main, sweep, mismatch, model comparison.
        #expect(implied.count == 4)
        // At 0.45: main + Δ, sweep + Δ, mismatch, the implied choice's own and sweep grids, the 0.45
        // choice's own and sweep grids each with its Δ, model comparison + Δ.
        #expect(hedged.count == 13)
        #expect(hedged.filter { $0.volatility == 0.45 }.count == 5)
        let model = BinomialLatticeModel(steps: 366)
        let cost = { (scenario: HedgeScenario) in
            StudyCost(scenario: scenario, model: model, paths: 10, sweep: [6, 12, 30], mismatchVolatilities: [0.3, 0.9], rules: [])
        }
        #expect(cost(fixed).units > 2 * cost(Self.course).units)
    }
}
