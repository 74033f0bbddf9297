import Foundation
import Pricing
import Simulation

extension HedgingTheory {
    /// The law of ln S_H on the scenario's dates when the path is a ``BinomialWalk`` with
    /// volatility `sigma`: the intervals grouped by length (the equal steps and a shorter last
    /// one), each group's number of up moves binomial, the groups combined. Points of
    /// probability below 1e-15 are dropped (they weigh less than 1e-12 in all). Nil for other path models, or when the law would
    /// hold more than 10⁶ points (then the lognormal law is close: the walk's error is O(1/N)).
    func walkLaw(volatility sigma: Double) -> [(logSpot: Double, probability: Double)]? {
        guard let walk = scenario.dynamics.pathModel.process(BinomialWalk.self) else { return nil }
        let times = scenario.hedge.schedule.times
        var groups = [(dt: Double, count: Int)]()
        for (previous, time) in zip(times, times.dropFirst()) {
            let dt = time - previous
            if let index = groups.firstIndex(where: { abs($0.dt - dt) <= 1e-9 * dt }) {
                groups[index].count += 1
            } else {
                groups.append((dt, 1))
            }
        }
        guard groups.reduce(1, { $0 * ($1.count + 1) }) <= 1_000_000 else { return nil }
        var law = [(logSpot: log(scenario.market.spot), probability: 1.0)]
        let p = walk.upProbability
        for (dt, count) in groups {
            let (up, down) = walk.factors(over: dt, volatility: sigma)
            let lnUp = log(up), lnDown = log(down)
            let binomial = (0...count).compactMap { j -> (Double, Double)? in
                let logProbability = lgamma(Double(count + 1)) - lgamma(Double(j + 1)) - lgamma(Double(count - j + 1))
                    + (j == 0 ? 0 : Double(j) * log(p)) + (j == count ? 0 : Double(count - j) * log(1 - p))
                let probability = exp(logProbability)
                return probability > 1e-15 ? (Double(j) * lnUp + Double(count - j) * lnDown, probability) : nil
            }
            law = law.flatMap { point in binomial.map { (point.logSpot + $0.0, point.probability * $0.1) } }
        }
        return law
    }

    /// E[payoff(S)] for ln S ~ N(`mean`, `sd`²), currency per share: a call
    /// e^{mean + sd²/2}·N(d₁) − K·N(d₂), a put K·N(−d₂) − e^{mean + sd²/2}·N(−d₁), with
    /// d₂ = (mean − ln K)/sd and d₁ = d₂ + sd (Black's formula without discounting); another
    /// payoff by its own closed form with those d₁ and d₂ (NaN when it has none).
    func lognormalPayoffExpectation(mean: Double, sd: Double) -> Double {
        let contract = scenario.position.contract, strike = contract.strike
        guard sd > 0 else { return contract.intrinsicValue(spot: exp(mean)) }
        let d2 = (mean - log(strike)) / sd, d1 = d2 + sd, forward = exp(mean + 0.5 * sd * sd)
        guard let vanilla = contract.payoff as? VanillaPayoff else {
            // Another payoff's closed form at r = q = 0, τ = 1, σ = sd and spot the forward has
            // the same d₁ and d₂, and no discounting.
            guard let closedForm = contract.payoff.blackScholesClosedForm else { return .nan }
            let market = Market(spot: forward, rate: 0, dividendYield: 0, volatility: sd)
            return closedForm.blackScholesValuation(BlackScholesTerms(strike: strike, market: market, timeToExpiry: 1)).price
        }
        switch vanilla.type {
        case .call: return forward * Self.normalCDF(d1) - strike * Self.normalCDF(d2)
        case .put: return strike * Self.normalCDF(-d2) - forward * Self.normalCDF(-d1)
        }
    }

    /// Φ(x) = ½·erfc(−x/√2).
    private static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }

    /// The mean and variance of the textbook hedge's final P&L on the walk with volatility
    /// `sigma`, exact on the walk's recombining tree over the scenario's dates (no Monte Carlo
    /// error, no first-order approximation). With n_k = −m·Δ_k the shares held over step k,
    /// the self-financing identity gives the P&L where the path stops at τ (the horizon, or an
    /// early exercise by the hedger's rule of ``ValuedPath/firstOptimalExercise(of:model:)``)
    ///
    ///     P&L_τ = m·V_τ − m·P0·e^{rτ} + Σ_k c_k·e^{r(τ − t_{k+1})},
    ///     c_k = n_k·(S_{k+1} − S_k·e^{r·δt} + S_k·(e^{q·δt} − 1)),
    ///
    /// V_τ the intrinsic value at an exercise, the premium at the horizon. From a node at t,
    /// with F the P&L still to come and R = e^{r(τ − t)}, backward induction carries E[F],
    /// E[F²], E[R], E[R²] and E[R·F]: where the path stops F = m·V − m·P0·e^{rt} and R = 1;
    /// elsewhere F = c·R′ + F′ and R = e^{r·δt}·R′ over the two children (probabilities p and
    /// 1 − p). Transaction costs and implied-volatility noise are left out. Nil when the
    /// schedule has more than 2,000 dates or unequal steps other than a shorter last one. A
    /// lattice is read through a ``ValuationGrid`` over the dates (two lattices a date), as
    /// the Monte Carlo reads it.
    func walkProfitMoments(volatility sigma: Double) throws(PricingError) -> (mean: Double, variance: Double)? {
        guard let walk = scenario.dynamics.pathModel.process(BinomialWalk.self) else { return nil }
        try requireOneOptionLeg()
        let contract = scenario.position.contract, market = scenario.market
        let times = scenario.hedge.schedule.times, n = times.count - 1
        guard n >= 1, n <= 2_000 else { return nil }
        let steps = zip(times.dropFirst(), times).map { $0 - $1 }
        guard steps.dropLast().allSatisfy({ abs($0 - steps[0]) <= 1e-9 * steps[0] }) else { return nil }
        let (up, down) = walk.factors(over: steps[0], volatility: sigma)
        let (lastUp, lastDown) = walk.factors(over: steps[n - 1], volatility: sigma)
        let lnUp = log(up), lnDown = log(down), origin = log(market.spot)
        let p = walk.upProbability, r = market.rate, q = market.dividendYield
        let m = scenario.position.multiplier
        let exercises = contract.style == .american && scenario.hedge.exercisePolicy == .exercise
        @Sendable func logSpot(_ level: Int, _ ups: Int) -> Double { origin + Double(ups) * lnUp + Double(level - ups) * lnDown }

        let pricer = try model.prepared(for: PricingPreparation(contract: contract, market: market, times: times) { time in
            let level = min(Int((time / steps[0]).rounded()), n)
            guard level > 0 else { return market.spot * exp(-0.05)...market.spot * exp(0.05) }
            let low = logSpot(level, 0) + (level == n ? log(lastDown) - lnDown : 0)
            let high = logSpot(level, level) + (level == n ? log(lastUp) - lnUp : 0)
            return exp(low - 0.01)...exp(high + 0.01)
        }).model
        func valuation(_ x: Double, _ level: Int) throws(PricingError) -> Valuation {
            var there = market
            there.spot = exp(x)
            there.time = times[level]
            return try pricer.valuation(of: contract, in: there)
        }
        let start = try valuation(origin, 0).price
        func stopped(_ f: Double) -> Moments { Moments(f: f, ff: f * f, r: 1, rr: 1, rf: f) }
        // The moments at (level, x), from its children's (up, down) when the path goes on.
        func node(_ x: Double, _ level: Int, children: () throws(PricingError) -> (Moments, Moments, Double, Double)) throws(PricingError) -> Moments {
            let value = try valuation(x, level)
            if level == n { return stopped(m * value.price - m * start * exp(r * times[n])) }
            if exercises, level > 0 {
                let intrinsic = contract.intrinsicValue(spot: exp(x))
                if intrinsic > 0, value.price <= intrinsic * (1 + 1e-12) {
                    return stopped(m * intrinsic - m * start * exp(r * times[level]))
                }
            }
            let (upper, lower, upSpot, downSpot) = try children()
            let dt = steps[level], spot = exp(x), held = -m * value.delta
            let carry = spot * exp(r * dt) - spot * (exp(q * dt) - 1)
            let cu = held * (upSpot - carry), cd = held * (downSpot - carry), g = exp(r * dt)
            func mix(_ a: (Moments) -> Double) -> Double { p * a(upper) + (1 - p) * a(lower) }
            return Moments(
                f: p * (cu * upper.r + upper.f) + (1 - p) * (cd * lower.r + lower.f),
                ff: p * (cu * cu * upper.rr + 2 * cu * upper.rf + upper.ff) + (1 - p) * (cd * cd * lower.rr + 2 * cd * lower.rf + lower.ff),
                r: g * mix(\.r), rr: g * g * mix(\.rr),
                rf: g * (p * (cu * upper.rr + upper.rf) + (1 - p) * (cd * lower.rr + lower.rf))
            )
        }
        // Level n − 1 from the last (possibly shorter) step, then back with the equal steps.
        var values = [Moments]()
        for ups in 0...(n - 1) {
            let x = logSpot(n - 1, ups)
            values.append(try node(x, n - 1) { () throws(PricingError) in
                let xu = x + log(lastUp), xd = x + log(lastDown)
                return (
                    try node(xu, n) { fatalError("the horizon has no children") },
                    try node(xd, n) { fatalError("the horizon has no children") },
                    exp(xu), exp(xd)
                )
            })
        }
        for level in stride(from: n - 2, through: 0, by: -1) {
            var previous = [Moments]()
            for ups in 0...level {
                let x = logSpot(level, ups)
                let children = values
                previous.append(try node(x, level) { () throws(PricingError) in
                    (children[ups + 1], children[ups], exp(x + lnUp), exp(x + lnDown))
                })
            }
            values = previous
        }
        return (values[0].f, max(values[0].ff - values[0].f * values[0].f, 0))
    }

    /// E[F], E[F²], E[R], E[R²], E[R·F] at one node of ``walkProfitMoments(volatility:)``.
    private struct Moments {
        var f: Double, ff: Double, r: Double, rr: Double, rf: Double
    }

    /// The walk's mean and std of the final P&L with `rebalances` equal intervals over the
    /// horizon (``walkProfitMoments(volatility:)`` at the scenario's realized volatility, the
    /// implied-volatility noise added to the variance), nil when the tree does not apply.
    public func walkMoments(rebalances: Int, noiseVariance: Double) throws(PricingError) -> (mean: Double, std: Double)? {
        var variant = self
        let horizon = scenario.hedge.schedule.horizon
        variant.scenario.hedge.schedule = RebalancingSchedule(rebalances: max(rebalances, 1), over: horizon)
        return try variant.walkProfitMoments(volatility: scenario.dynamics.realizedVolatility).map {
            ($0.mean, ($0.variance + noiseVariance).squareRoot())
        }
    }
}
