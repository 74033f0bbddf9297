import Pricing
import Testing
@testable import Simulation

/// A path's figures summed as its dates are walked (``HedgeScenario/hedgeFigures(along:model:hedges:)``)
/// are the last bits of its ledgers (``HedgeScenario/hedge(along:model:threads:premiumAtStart:hedges:)``),
/// whether the option is exercised early or held, with traded options or without.
struct HedgePathFiguresTests {
    /// The course's put struck at 300 over 20 days: deep enough in the money that some seeds
    /// exercise it early, with every estimator.
    static var scenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .american, strike: 300, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.hedge.estimators = HedgeEstimator.allCases
        return scenario
    }

    static let model = BinomialLatticeModel(steps: 60)

    static func bits(_ figures: HedgePathFigures) -> [UInt64] {
        [figures.finalPnL.bitPattern] + figures.cumulativeResiduals.map(\.bitPattern) + figures.totalAbsResiduals.map(\.bitPattern)
            + figures.optionHedges.flatMap { [$0.finalPnL.bitPattern, $0.tradedValue.bitPattern] }
    }

    @Test(arguments: [false, true])
    func figuresAreTheLedgersLastBits(tradedOption: Bool) throws {
        var scenario = Self.scenario
        if tradedOption {
            scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 300, expiry: 30.0 / 365))]
        }
        var exercised = 0, held = 0
        for seed in UInt64(1)...24 {
            scenario.dynamics.seed = seed
            let path = scenario.pricePath()
            for hedges in [HedgeSelection.all, .textbookOnly] {
                let expected = HedgePathFigures(try scenario.hedge(along: path, model: Self.model, hedges: hedges))
                let figures = try scenario.hedgeFigures(along: path, model: Self.model, hedges: hedges)
                #expect(Self.bits(figures) == Self.bits(expected), "seed \(seed), \(hedges)")
                #expect(figures.exercised == expected.exercised)
                #expect(figures.cumulativeResiduals.count == (hedges == .all ? scenario.hedge.estimators.count : 0))
                #expect(figures.optionHedges.count == (hedges == .all && tradedOption ? 2 : 0))
            }
            if try scenario.hedgeFigures(along: path, model: Self.model).exercised { exercised += 1 } else { held += 1 }
        }
        #expect(exercised > 0 && held > 0, "exercised on \(exercised) paths, held on \(held): a branch went untested")
    }
}
