import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// The frequency sweep (DESIGN.md §2.4): for each number of rebalances N over the
    /// scenario's horizon (N equal intervals), the mean and standard deviation of the textbook
    /// hedge's final P&L over `paths` paths with their standard errors, beside the
    /// discrete-hedging std for that horizon (``HedgingTheory``; Derman–Kamal's
    /// √(π/4)·σ·|m|·𝒱/√N over an at-the-money option's whole life).
    ///
    /// The frequencies share their paths (common random numbers): a GBM path is simulated at the
    /// union of all the schedules' dates and each schedule hedges it at its own dates, so every
    /// frequency sees the same `paths` futures and the curve over N is not blurred by each
    /// frequency's own luck. GBM sampled at the finer dates has the same law at each schedule's
    /// own, so each frequency's figures estimate what independent paths would; only their
    /// sampling errors move together; so does Merton's jump diffusion, also sampled exactly. Other
    /// path models (the binomial walk, Heston's Euler scheme), whose step depends on the
    /// interval, run one batch per frequency instead.
    ///
    /// - Parameter rebalances: each ≥ 1.
    public func sweep(_ rebalances: [Int]) throws(SimulationError) -> [MonteCarloReport.SweepPoint] {
        try sweep(rebalances, theory: theoryTerms(), batch: 0, of: 1).points
    }

    /// The theory's Γ integral and implied-volatility noise variance for the scenario
    /// (``HedgingTheory``), which every frequency shares; the pricing error when the model
    /// cannot value what the theory needs (a lattice at a volatility too small for it).
    func theoryTerms() -> Result<TheoryTerms, PricingError> {
        let theory = HedgingTheory(scenario: scenario, model: model)
        return Result { () throws(PricingError) in
            TheoryTerms(gammaIntegral: try theory.gammaIntegral(), noiseVariance: try theory.impliedVolatilityNoiseVariance())
        }
    }

    /// The theory's mean and std with `rebalances` equal intervals: exact on a binomial walk's
    /// tree where it applies (``HedgingTheory/walkMoments(rebalances:noiseVariance:)``); the
    /// discrete-hedging formula and the first-order expected P&L at the scenario's realized
    /// volatility (the same for every N) otherwise. Nil where the terms are missing or the model
    /// fails, and a figure that is not finite is no figure either.
    func theoryMoments(
        _ theory: HedgingTheory, rebalances n: Int, terms: Result<TheoryTerms, PricingError>, premium: Double
    ) -> (mean: Double?, std: Double?) {
        guard case let .success(terms) = terms, theory.method != .none else { return (nil, nil) }
        do {
            if let exact = try theory.walkMoments(rebalances: n, noiseVariance: terms.noiseVariance) {
                return (exact.mean.finite, exact.std.finite)
            }
        } catch {
            return (nil, nil)
        }
        return (
            (try? theory.expectedProfit(realizedVolatility: scenario.dynamics.realizedVolatility, premium: premium))?.finite,
            theory.standardDeviation(rebalances: n, gammaIntegral: terms.gammaIntegral, noiseVariance: terms.noiseVariance).finite
        )
    }

    /// The sweep, with the theory's terms (``theoryTerms()``), reporting progress as batch
    /// `index` of `count`, with the lattice valuations its grid cost.
    func sweep(
        _ rebalances: [Int], theory terms: Result<TheoryTerms, PricingError>, batch index: Int, of count: Int
    ) throws(SimulationError) -> (points: [MonteCarloReport.SweepPoint], gridPoints: Int) {
        guard !rebalances.isEmpty else { return ([], 0) }
        let schedules = try self.sweepSchedules(rebalances)
        let (profits, gridPoints) = try finalProfits(of: scenario, on: schedules, batch: index, of: count)
        let theory = HedgingTheory(scenario: scenario, model: model)
        let premium = try self.premium(of: scenario)
        var points = [MonteCarloReport.SweepPoint]()
        for (schedule, n) in rebalances.enumerated() {
            let statistics = SampleStatistics(profits[schedule])
            let expected = theoryMoments(theory, rebalances: n, terms: terms, premium: premium)
            points.append(MonteCarloReport.SweepPoint(
                rebalances: n, std: statistics.standardDeviation, theory: expected.std,
                mean: statistics.mean, theoryMean: expected.mean, meanStandardError: statistics.meanStandardError,
                stdStandardError: statistics.standardDeviationStandardError,
                earlyExerciseFraction: profits.earlyExercises.map { Double($0[schedule]) / Double(paths) }
            ))
        }
        return (points, gridPoints)
    }

    /// The schedules of a frequency sweep: each N of `rebalances` equal intervals over the
    /// scenario's horizon.
    ///
    /// - Throws: `.invalidInput` naming the first N below 1.
    func sweepSchedules(_ rebalances: [Int]) throws(SimulationError) -> [RebalancingSchedule] {
        for n in rebalances where n < 1 {
            throw SimulationError(.invalidInput(name: "number of rebalances", value: "\(n)", allowed: "a whole number ≥ 1"))
        }
        return Self.schedules(rebalances: rebalances, over: scenario.hedge.schedule.horizon)
    }

    /// The textbook hedge's final P&L, USD, for each schedule on each path (the textbook hedge
    /// alone: the scenario's estimators and traded options are not run), the schedules
    /// sharing paths when the path model samples any dates exactly
    /// (``PathGenerator/samplesAnyDates``: GBM, Merton), one batch per schedule otherwise; and
    /// the lattice valuations a grid cost.
    func finalProfits(
        of scenario: HedgeScenario, on schedules: [RebalancingSchedule], batch index: Int, of count: Int
    ) throws(SimulationError) -> (FinalProfits, gridPoints: Int) {
        guard Self.sharesPaths(scenario) else {
            var profits = [Double](), gridPoints = 0, exercises = [Int]()
            for (offset, schedule) in schedules.enumerated() {
                var variant = scenario
                variant.hedge.schedule = schedule
                let batch = try run(
                    variant, computing: .finalProfit, batch: index * schedules.count + offset, of: count * schedules.count,
                    measuresGridError: false
                )
                profits += batch.finalPnL
                gridPoints += batch.gridPoints
                exercises.append(batch.earlyExercises)
            }
            return (FinalProfits(values: profits, paths: paths, earlyExercises: exercises), gridPoints)
        }
        for schedule in schedules {
            var variant = scenario
            variant.hedge.schedule = schedule
            try variant.validate()
        }
        let dates = CommonDates(schedules.map(\.times))
        let completed = progressReporter(batch: index, of: count)
        if let stream = try StreamingTextbookHedge(scenario: scenario, model: model, dates: dates) {
            return (try finalProfits(streaming: stream, seed: scenario.dynamics.seed, completed: completed), 0)
        }
        return try hedgeCommonPaths(of: scenario, on: dates, completed: completed)
    }

    /// N equal intervals over `horizon` years for each N of `rebalances`: the sweep's schedules.
    static func schedules(rebalances: [Int], over horizon: Double) -> [RebalancingSchedule] {
        rebalances.map { RebalancingSchedule(rebalances: $0, over: horizon) }
    }

    /// Whether ``finalProfits(of:on:batch:of:)`` hedges several schedules on shared paths drawn at
    /// their common dates: when the path model samples any dates exactly
    /// (``PathGenerator/samplesAnyDates``: GBM, Merton).
    static func sharesPaths(_ scenario: HedgeScenario) -> Bool {
        scenario.pathGenerator?.samplesAnyDates == true
    }

    /// The general form of ``finalProfits(of:on:batch:of:)``, for any model (a lattice is
    /// replaced by one ``ValuationGrid`` over all the common dates): path k simulated at the
    /// common dates, then each schedule's dates taken from it and hedged as
    /// ``HedgeScenario/hedge(along:model:)`` would, keeping the final P&L only
    /// (``TextbookFinalProfits``), with early exercise as the scenario says.
    private func hedgeCommonPaths(
        of scenario: HedgeScenario, on dates: CommonDates, completed: @Sendable (Int) -> Void
    ) throws(SimulationError) -> (FinalProfits, gridPoints: Int) {
        let (pricer, _, gridPoints) = try pricer(for: scenario, computing: .finalProfit, times: dates.times, measuringError: false)
        let sampler = scenario.pathSampler(at: dates.times)
        let finals: [[TextbookFinalProfits.Outcome]]
        switch pricer {
        case let .premiumAndDelta(model):
            let hedge = TextbookFinalProfits(
                scenario: scenario, model: model, deltaModel: try hedgeDeltaPricer(for: scenario, times: dates.times)
            )
            finals = try textbookOutcomes(
                hedge, sampler: sampler, schedules: dates.positions, seed: scenario.dynamics.seed, completed: completed
            )
        case let .valuation(model):
            // A book: each schedule's dates hedged on the ledger, its last row kept.
            finals = try mapPaths(completed: completed) { k throws(SimulationError) in
                var single = scenario
                single.dynamics.seed = Self.pathSeed(scenario.dynamics.seed, k)
                let path = sampler.path(seed: single.dynamics.seed)
                return try dates.positions.map { (positions: [Int]) throws(SimulationError) -> TextbookFinalProfits.Outcome in
                    let own = PricePath(times: positions.map { path.times[$0] }, spots: positions.map { path.spots[$0] })
                    let simulation = try single.hedge(along: own, model: model, hedges: .textbookOnly)
                    return .init(profit: simulation.textbook.last?.profitAndLoss ?? 0, exercised: simulation.exerciseStep != nil)
                }
            }
        }
        var profits = [Double](repeating: 0, count: dates.positions.count * paths)
        var exercises = [Int](repeating: 0, count: dates.positions.count)
        for (k, final) in finals.enumerated() {
            for (schedule, outcome) in final.enumerated() {
                profits[schedule * paths + k] = outcome.profit
                if outcome.exercised { exercises[schedule] += 1 }
            }
        }
        return (FinalProfits(values: profits, paths: paths, earlyExercises: exercises), gridPoints)
    }
}

/// The parts of the discrete-hedging theory every frequency of a sweep shares.
struct TheoryTerms {
    /// ∫₀^H e^{2r(H−t)}·E[(Γ·S²)²] dt (``HedgingTheory/gammaIntegral()``).
    var gammaIntegral: Double
    /// The implied-volatility noise's variance of the final P&L.
    var noiseVariance: Double
}

extension Double {
    /// The value when finite, else nil: a theory figure that overflowed is not shown.
    var finite: Double? { isFinite ? self : nil }
}
