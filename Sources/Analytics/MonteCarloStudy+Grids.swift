import Pricing
import Simulation

/// A grid a Monte Carlo study prepares before its paths run: one option's prepared form
/// (``PricingModel/prepared(for:)`` or ``PricingModel/preparedPremiumAndDelta(for:)``, a
/// ``ValuationGrid`` or ``PremiumAndDeltaGrid`` for a lattice) over a batch's dates.
/// ``MonteCarloStudy/grids(of:sweep:realizedVolatilities:rules:wrongInformationStudy:)`` lists
/// them from the same decisions the study makes, for ``StudyCost`` to count before anything runs.
public struct StudyGrid: Sendable, Hashable {
    /// What the grid holds.
    public enum Form: Sendable, Hashable {
        /// The premium and Δ at one volatility (the textbook hedge's final P&L, the hedge's Δ at
        /// the hedging volatility).
        case premiumAndDelta
        /// Every Greek: three volatility nodes for vega, and rho (the ledgers).
        case everyGreek
    }

    public var form: Form
    /// The option priced: a leg of the scenario's book, a traded option, or the reference option.
    public var position: Position
    /// The scenario the grid is prepared for: its market (the leg's own implied volatility aside),
    /// its volatility model's range, and its path model's range of spots at each date
    /// (``PathProcess/spotRange(in:at:)``).
    public var scenario: HedgeScenario
    /// The dates, years from the start.
    public var times: [Double]

    /// The option's contract.
    public var contract: OptionContract { position.contract }

    /// The volatility the grid prices at, per √year: the option's own implied one, else the
    /// scenario's (the hedging volatility for a Δ grid).
    public var volatility: Double { position.impliedVolatility ?? scenario.market.volatility }

    /// The spots the grid spans at `time` (as ``MonteCarloStudy`` prepares it).
    public func spotRange(at time: Double) -> ClosedRange<Double> {
        (scenario.dynamics.pathModel.process ?? GeometricBrownianPaths()).spotRange(in: scenario, at: time)
    }
}

extension MonteCarloStudy {
    /// Every grid a report's study of `scenario` prepares, in the order it prepares them: the main
    /// batch's (``report(sweep:realizedVolatilities:)``), the frequency sweep's, the volatility
    /// mismatch's, the rules' (``compareRules(_:)``, with `rules`), the hedging volatilities'
    /// (``compareHedgeVolatilities(sweep:)``, where ``comparesHedgeVolatilities(_:)``), the
    /// path-model comparison's (``compareModels(paths:jumps:heston:)``) and, with
    /// `wrongInformationStudy`, ``WrongInformationStudy``'s. Each batch's grids are
    /// ``batchGrids(of:computing:times:)``: the pricer's and, hedging at another volatility than
    /// the implied one, the Δ grid at that volatility (``hedgeDeltaPricer(for:times:)``).
    ///
    /// Left out: the control runs' grids (``explanations(for:controlPaths:)``), which depend on
    /// which figures depart from their theory, known only once the study has run, and the
    /// theory's two-date grids (``HedgingTheory``). A batch the study streams (a European option
    /// in closed form, ``StreamingTextbookHedge``) prepares none of its grids; ``StudyCost``
    /// counts American options only, which are never streamed.
    public static func grids(
        of scenario: HedgeScenario, sweep: [Int], realizedVolatilities: [Double], rules: [RebalancingRule],
        wrongInformationStudy: Bool
    ) -> [StudyGrid] {
        // The study hedges on the calendar (``MonteCarloStudy/init(scenario:model:paths:threads:progress:)``).
        var scenario = scenario
        scenario.hedge.rebalancing = .calendar
        let times = scenario.hedge.schedule.times
        let sweepSchedules = schedules(rebalances: sweep, over: scenario.hedge.schedule.horizon)
        var grids = batchGrids(of: scenario, computing: .asked(by: scenario), times: times)
        grids += finalProfitGrids(of: scenario, on: sweepSchedules)
        if let mismatch = mismatchScenarios(of: scenario, realizedVolatilities) {
            grids += pricerGrids(of: mismatch.widest, computing: .finalProfit, times: times)
            // The variants share the widest one's pricer and hedge at the implied volatility.
            grids += mismatch.variants.flatMap { hedgeDeltaGrids(of: $0, times: times) }
        }
        if !rules.isEmpty {
            let base = scenario
            grids += pricerGrids(of: base, everyGreekOf: .textbookOnly, times: times)
            for sigma in rules.compactMap({ $0.base.hedgingVolatility(in: base) }) {
                grids += pricerGrids(of: base.withImpliedVolatility(sigma), everyGreekOf: .textbookOnly, times: times)
            }
        }
        if comparesHedgeVolatilities(scenario) {
            for choice in hedgeVolatilityChoices(scenario) {
                var variant = scenario
                variant.hedge.volatility = choice
                grids += finalProfitGrids(of: variant, on: [scenario.hedge.schedule])
                grids += finalProfitGrids(of: variant, on: sweepSchedules)
            }
        }
        let compared = PathModelComparison.scenarios(comparing: scenario)
        grids += pricerGrids(of: compared.wide, computing: .finalProfit, times: times)
        grids += hedgeDeltaGrids(of: compared.wideAtHedging, times: times)
        if wrongInformationStudy {
            grids += pricerGrids(of: scenario, everyGreekOf: .textbookOnly, times: times)
        }
        return grids
    }

    /// The grids one batch of `scenario` computing `output` over `times` prepares
    /// (``run(_:computing:batch:of:measuresGridError:pricer:)``): its pricer's, then the Δ grid
    /// at the hedging volatility.
    static func batchGrids(of scenario: HedgeScenario, computing output: BatchOutput, times: [Double]) -> [StudyGrid] {
        pricerGrids(of: scenario, computing: output, times: times) + hedgeDeltaGrids(of: scenario, times: times)
    }

    /// The grids of ``pricer(for:computing:times:measuringError:)``.
    static func pricerGrids(of scenario: HedgeScenario, computing output: BatchOutput, times: [Double]) -> [StudyGrid] {
        if pricesPremiumAndDelta(scenario, computing: output) {
            return [premiumAndDeltaGrid(of: scenario, times: times)]
        }
        return pricerGrids(of: scenario, everyGreekOf: output == .ledgers ? .all : .textbookOnly, times: times)
    }

    /// The grid of ``premiumAndDeltaPricer(for:times:measuringError:)``: the reference option's
    /// premium and Δ.
    static func premiumAndDeltaGrid(of scenario: HedgeScenario, times: [Double]) -> StudyGrid {
        grid(.premiumAndDelta, of: scenario.position, in: scenario, times: times)
    }

    /// The grids of ``fullPricer(for:hedges:times:measuringError:)``: every Greek of each
    /// contract priced (``pricedInstruments(of:hedges:)``).
    static func pricerGrids(of scenario: HedgeScenario, everyGreekOf hedges: HedgeSelection, times: [Double]) -> [StudyGrid] {
        pricedInstruments(of: scenario, hedges: hedges).map { grid(.everyGreek, of: $0, in: scenario, times: times) }
    }

    /// The Δ grid of ``hedgeDeltaPricer(for:times:)``, if the scenario hedges at another
    /// volatility than the implied one.
    static func hedgeDeltaGrids(of scenario: HedgeScenario, times: [Double]) -> [StudyGrid] {
        guard let atHedging = hedgingScenario(of: scenario) else { return [] }
        return [premiumAndDeltaGrid(of: atHedging, times: times)]
    }

    /// The grids of ``finalProfits(of:on:batch:of:)``: one pricer over the schedules' common dates
    /// (and its Δ grid, for one option) when the path model samples any dates, a batch per
    /// schedule otherwise.
    static func finalProfitGrids(of scenario: HedgeScenario, on schedules: [RebalancingSchedule]) -> [StudyGrid] {
        guard !schedules.isEmpty else { return [] }
        guard sharesPaths(scenario) else {
            return schedules.flatMap { schedule in
                var variant = scenario
                variant.hedge.schedule = schedule
                return batchGrids(of: variant, computing: .finalProfit, times: schedule.times)
            }
        }
        let times = CommonDates(schedules.map(\.times)).times
        let pricer = pricerGrids(of: scenario, computing: .finalProfit, times: times)
        return pricesPremiumAndDelta(scenario, computing: .finalProfit) ? pricer + hedgeDeltaGrids(of: scenario, times: times) : pricer
    }

    /// `leg`'s grid of `form` in `scenario` over `times`.
    private static func grid(_ form: StudyGrid.Form, of leg: Position, in scenario: HedgeScenario, times: [Double]) -> StudyGrid {
        StudyGrid(form: form, position: leg, scenario: scenario, times: times)
    }
}
