import Foundation
import Pricing
import Simulation

/// The theory lines of a Monte Carlo study, for the horizon, volatility and path model that
/// were simulated (DESIGN.md §2.4), evaluated numerically with the scenario's pricing model.
///
/// Notation: m the position's multiplier, H the scenario's horizon, T the expiry, σi the
/// implied volatility (the market's, which prices and hedges), σr the scenario's realized
/// volatility, μ its drift, r and q the rate and dividend yield; money in USD for the whole
/// position at the horizon (the Monte Carlo's undiscounted final P&L).
///
/// Cost: Black–Scholes is evaluated in closed form at a few thousand (S, t) points; a lattice
/// is valued at about 200 points for the Γ integral, and once per volatility for a grid at H
/// for the expected P&L (a few hundred lattice valuations in all).
public struct HedgingTheory: Sendable {
    public var scenario: HedgeScenario
    public var model: any PricingModel

    /// A costly model (a lattice, ``PricingModel/valuationIsCostly``): fewer quadrature points,
    /// and only the Greeks a fixed volatility and rate need where they suffice.
    private var isCostly: Bool { model.valuationIsCostly }

    /// The kurtosis of one step's log return: 3 for GBM, the walk's own for the binomial walk
    /// (``BinomialWalk/stepKurtosis``).
    public var stepKurtosis: Double {
        if case let .binomialWalk(walk)? = scenario.dynamics.pathModel.process?.theory { return walk.stepKurtosis }
        return 3
    }

    /// How the theory lines are computed.
    public enum Method: String, Sendable, Hashable, Codable {
        /// GBM paths: the discrete-hedging formula over the horizon and the mismatch
        /// expectation over the lognormal law of S_H (first order, DESIGN.md §2.4).
        case horizonFormula = "horizon-formula"
        /// A binomial walk: mean and std exact on the walk's tree
        /// (``HedgingTheory/walkProfitMoments(volatility:)``).
        case walkTree = "binomial-walk-tree"
        /// A binomial walk too long for the tree: the formula's leading term, which nearly
        /// vanishes for two-point steps (p near ½) while higher orders in δt do not, so it
        /// does not describe the walk's std.
        case walkLeadingOrder = "binomial-walk-leading-order"
        /// No theory line: observed prices (nothing is simulated), or a model whose paths the
        /// formulas above do not describe (``PathModelTheory/unavailable(reason:)``: jumps, stochastic
        /// variance).
        case none
    }

    /// How this scenario's theory lines are computed.
    public var method: Method {
        switch scenario.dynamics.pathModel.process?.theory {
        case .lognormal:
            return .horizonFormula
        case .binomialWalk:
            let times = scenario.hedge.schedule.times
            return times.count - 1 <= 2_000 ? .walkTree : .walkLeadingOrder
        case .unavailable, nil:
            return .none
        }
    }

    /// Whether the theory's std describes the simulated paths: true for GBM and for a walk
    /// on its tree; false for a walk too long for the tree, whose two-point steps (near
    /// p = ½) cancel the formula's leading term, so the error is of higher order in δt than
    /// the formula says.
    public var discreteHedgingTheoryApplies: Bool {
        guard !scenario.book.payoffJumpsAtStrike else { return false }
        return method == .walkTree || (method == .horizonFormula && !hedgesAtAnotherVolatility)
    }

    /// Whether the share realizes a volatility other than the implied one the hedge trades
    /// at. The discrete-hedging std then leaves out the gamma rent ½·m·Γ·S²·(σr² − σi²)·dt
    /// summed along each path, whose spread over the paths does not shrink as N grows, so the
    /// formula does not apply (the walk's tree computes it exactly).
    public var hedgesAtAnotherVolatility: Bool {
        abs(scenario.dynamics.realizedVolatility - scenario.market.volatility) > 1e-12
    }

    /// Whether the drift differs from r − q, the drift under which ``expectedProfit(realizedVolatility:)``
    /// is derived (the formula is kept; a report says it assumes drift = rate).
    public var expectedProfitAssumesOtherDrift: Bool {
        abs(scenario.dynamics.drift - (scenario.market.rate - scenario.market.dividendYield)) > 1e-12
    }

    /// I = ∫₀^H e^{2r(H−t)}·E[(Γ(S_t, T−t)·S_t²)²] dt, USD² per share² × years: Γ at the
    /// implied volatility from the pricing model, ln S_t normal with mean
    /// ln S0 + (μ − σr²/2)t and variance σr²t (GBM's law, also used for the binomial walk's
    /// σ and drift). The growth e^{2r(H−t)} carries each step's P&L to the horizon.
    ///
    /// Numerics: the integrand grows like 1/√(T−t) near expiry; with τ = T − t = u², dt = 2u·du
    /// and the integrand in u is bounded, integrated by Gauss–Legendre in u (24 nodes, 10 for a
    /// lattice). At each t the expectation is a trapezoid sum over ln S around the product of
    /// the path's density and (ΓS²)²'s bell, centred where d₁ = 0 with width σi√τ/√2.
    public func gammaIntegral() throws(PricingError) -> Double {
        try requireOneOptionLeg()
        let contract = scenario.position.contract, market = scenario.market
        let T = contract.expiry, H = scenario.hedge.schedule.horizon
        let r = market.rate, sigmaI = market.volatility, sigmaR = scenario.dynamics.realizedVolatility
        let nodes = Quadrature.gaussLegendre(isCostly ? 10 : 24)
        let lower = max(T - H, 0).squareRoot(), upper = T.squareRoot()
        do {
            return try Quadrature.integrate(from: lower, to: upper, nodes: nodes) { u in
                let tau = u * u, t = max(T - tau, 0)
                let mean = log(market.spot) + (scenario.dynamics.drift - 0.5 * sigmaR * sigmaR) * t
                let sd = sigmaR * t.squareRoot()
                let peak = log(contract.strike) - (r - market.dividendYield + 0.5 * sigmaI * sigmaI) * tau
                let bell = Quadrature.productBell(mean, sd, peak, sigmaI * tau.squareRoot() / 2.squareRoot())
                let expectation = try Quadrature.normalExpectation(
                    mean: mean, sd: sd, centre: bell.centre, width: bell.width,
                    span: isCostly ? 6 : 8, points: isCostly ? 21 : 81
                ) { x in
                    let spot = exp(x)
                    let gamma = try self.greeks(at: spot, time: t, needsVega: false).gamma
                    let g = gamma * spot * spot
                    return g * g
                }
                return 2 * u * exp(2 * r * (H - t)) * expectation
            }
        } catch let error as PricingError {
            throw error
        } catch {
            preconditionFailure("the quadrature throws only pricing errors")
        }
    }

    /// Var(final P&L) of the discrete hedge with `rebalances` equal intervals δt = H/N over the
    /// horizon: ¼(κ − 1)·m²·σr⁴·δt·I with κ the step kurtosis (3 for GBM, so ½·m²·σr⁴·δt·I,
    /// DESIGN.md §2.4), I = ``gammaIntegral()``. Each step leaves ½·m·Γ·S²·(R² − σ²δt), whose
    /// variance is ¼m²(ΓS²)²·Var(R²) = ¼m²(ΓS²)²σr⁴δt²(κ − 1) (Derman & Kamal 1999, "When you
    /// cannot hedge continuously"; at the money, over the whole life and with r = 0 the std is
    /// their √(π/4)·σ·|m|·𝒱/√N). Leading order in δt; with σr ≠ σi the path dependence of the
    /// mismatch P&L, ½m∫Γ·S²(σr² − σi²)dt, adds variance that this leaves out.
    public func discreteHedgingVariance(rebalances: Int, gammaIntegral: Double) -> Double {
        let m = scenario.position.multiplier, sigma = scenario.dynamics.realizedVolatility
        let dt = scenario.hedge.schedule.horizon / Double(max(rebalances, 1))
        return 0.25 * (stepKurtosis - 1) * m * m * pow(sigma, 4) * dt * gammaIntegral
    }

    /// With a noisy implied volatility (``VolatilityModel/noisy(spread:)``) and H < T, the
    /// variance the last date's draw adds to the final P&L by moving the option's value there:
    /// m²·s²·E[𝒱(S_H, T−H)²], 𝒱 the vega per 1.00 of volatility at σi, S_H on the path's law.
    /// An approximation: it leaves out the floor at 1% and the noise in the hedge ratios of the
    /// dates before. 0 otherwise.
    public func impliedVolatilityNoiseVariance() throws(PricingError) -> Double {
        guard case let .noisy(spread) = scenario.dynamics.volatilityModel else { return 0 }
        let contract = scenario.position.contract, market = scenario.market
        let T = contract.expiry, H = scenario.hedge.schedule.horizon
        guard H < T * (1 - 1e-12) else { return 0 }
        let tau = T - H, sigmaR = scenario.dynamics.realizedVolatility, sigmaI = market.volatility
        let mean = log(market.spot) + (scenario.dynamics.drift - 0.5 * sigmaR * sigmaR) * H
        let sd = sigmaR * H.squareRoot()
        let peak = log(contract.strike) - (market.rate - market.dividendYield + 0.5 * sigmaI * sigmaI) * tau
        // 𝒱² ∝ S²φ(d₁)²: a bell of width σi√τ/√2 in ln S, like (ΓS²)².
        let bell = Quadrature.productBell(mean, sd, peak, sigmaI * tau.squareRoot() / 2.squareRoot())
        let expectation = try expectation(mean: mean, sd: sd, centre: bell.centre, width: bell.width) { x throws(PricingError) in
            let vega = try self.greeks(at: exp(x), time: H, needsVega: true).vega
            return vega * vega
        }
        let m = scenario.position.multiplier
        return m * m * spread * spread * expectation
    }

    /// The std of the final P&L with `rebalances` equal intervals over the horizon:
    /// √(``discreteHedgingVariance(rebalances:gammaIntegral:)`` + ``impliedVolatilityNoiseVariance()``).
    public func standardDeviation(rebalances: Int, gammaIntegral: Double, noiseVariance: Double) -> Double {
        (discreteHedgingVariance(rebalances: rebalances, gammaIntegral: gammaIntegral) + noiseVariance).squareRoot()
    }

    /// Expected final P&L, USD at the horizon, of hedging at σi while the path realizes
    /// `sigmaR`: e^{rH}·m·(E[e^{−rH}·P_σi(S_H, T−H)] − P_σi(S0, T)), the expectation under the
    /// risk-neutral drift r − q with volatility σr (DESIGN.md §2.4). At H = T it is
    /// e^{rT}·m·[P(σr) − P(σi)], the model's price at σr (an American's included). When the
    /// scenario's drift is not r − q the formula is kept (``expectedProfitAssumesOtherDrift``).
    /// First order: it ignores the discrete-hedging error's own (second-order) mean.
    ///
    /// On a ``BinomialWalk`` the walk's law of S_H is binomial, and its pricing error is of
    /// the size of a mismatch of a few vol points: the expected P&L is then computed exactly on
    /// the walk's tree (``walkProfitMoments(volatility:)``, early exercise and the
    /// hedge's own mean included). Past 2,000 dates, the expectation is over the walk's law of
    /// S_H (``walkLaw(volatility:)``, its drift the walk's); at H = T that law's error (walk's
    /// expected payoff less the lognormal law's with the same moments of ln S_T) is added to
    /// the formula.
    ///
    /// Numerics: a trapezoid sum over ln S_H across ±8 standard deviations (161 points). A
    /// lattice is read through its prepared form (``PricingModel/prepared(for:)``, a
    /// ``ValuationGrid``) at 0 and H, and P_σi(S0, T) is the grid's (not `premium`, the direct
    /// lattice price, which differs by the lattice's saw-tooth).
    public func expectedProfit(realizedVolatility sigmaR: Double, premium: Double) throws(PricingError) -> Double {
        try requireOneOptionLeg()
        let contract = scenario.position.contract, market = scenario.market
        let T = contract.expiry, H = scenario.hedge.schedule.horizon
        let m = scenario.position.multiplier, r = market.rate
        if let moments = try walkProfitMoments(volatility: sigmaR) { return moments.mean }
        let walkLaw = self.walkLaw(volatility: sigmaR)
        if H >= T * (1 - 1e-12) {
            var realized = market
            realized.volatility = max(sigmaR, 1e-4)
            var profit = m * (try model.price(of: contract, in: realized) - premium) * exp(r * T)
            if let law = walkLaw {
                // The walk's payoff less the lognormal law's with the same mean and variance of
                // ln S_T: the binomial law's own pricing error (O(1/N), oscillating with where
                // the strike falls between the walk's nodes).
                let mean = law.reduce(0) { $0 + $1.probability * $1.logSpot }
                let variance = law.reduce(0) { $0 + $1.probability * ($1.logSpot - mean) * ($1.logSpot - mean) }
                let walked = law.reduce(0) { $0 + $1.probability * contract.intrinsicValue(spot: exp($1.logSpot)) }
                profit += m * (walked - lognormalPayoffExpectation(mean: mean, sd: variance.squareRoot()))
            }
            return profit
        }
        let mean = log(market.spot) + (r - market.dividendYield - 0.5 * sigmaR * sigmaR) * H
        let sd = sigmaR * H.squareRoot()
        let lowest = walkLaw?.map(\.logSpot).min() ?? mean - 9 * sd
        let highest = walkLaw?.map(\.logSpot).max() ?? mean + 9 * sd
        // A lattice's price is a saw-tooth in S on the scale of its node spacing, which can be
        // wider than the spread of ln S_H: both terms are read from one grid at 0 and H, whose
        // two interleaved lattices average the saw-tooth's phases (``ValuationGrid``), as the
        // Monte Carlo reads its prices; the direct price at S0 sits at one phase only.
        let prepared = try model.prepared(for: PricingPreparation(contract: contract, market: market, times: [0, H]) { time in
            time == 0 ? market.spot * exp(-0.05)...market.spot * exp(0.05) : exp(lowest)...exp(highest)
        })
        let pricer = prepared.model
        let start = try pricer.price(of: contract, in: market)
        func price(_ x: Double) throws(PricingError) -> Double {
            var there = market
            there.spot = exp(x)
            there.time = H
            return try pricer.price(of: contract, in: there)
        }
        let expected: Double
        if let law = walkLaw {
            var sum = 0.0
            for point in law { sum += point.probability * (try price(point.logSpot)) }
            expected = sum
        } else {
            expected = try expectation(mean: mean, sd: sd, centre: mean, width: sd, points: 161, price)
        }
        return m * (expected - exp(r * H) * start)
    }

    /// Refuses a book of more than one option leg: every formula here is written for one option
    /// (its Γ, its price at the realized volatility), and a book's Γ integral is not the sum
    /// of its legs' (E[(Σ mᵢΓᵢS²)²] has cross terms), so a book's report leaves the lines out
    /// with this reason. Shares held beside one option change neither (``Book/hasOneOptionLeg``).
    func requireOneOptionLeg() throws(PricingError) {
        guard scenario.book.hasOneOptionLeg else {
            throw PricingError(.unsupported(
                "the discrete-hedging theory is written for one option; this book holds \(scenario.book.legs.count) legs"
            ))
        }
    }

    /// Premium and Greeks at `spot` and `time` at the implied volatility; a lattice's tree
    /// Greeks alone unless vega is needed.
    private func greeks(at spot: Double, time: Double, needsVega: Bool) throws(PricingError) -> Valuation {
        var market = scenario.market
        market.spot = spot
        market.time = time
        return needsVega
            ? try model.valuation(of: scenario.position.contract, in: market)
            : try model.valuationAtFixedVolatilityAndRate(of: scenario.position.contract, in: market)
    }

    /// ``Quadrature/normalExpectation`` with typed errors and the model's number of points.
    private func expectation(
        mean: Double, sd: Double, centre: Double, width: Double, points: Int? = nil,
        _ g: (Double) throws(PricingError) -> Double
    ) throws(PricingError) -> Double {
        do {
            return try Quadrature.normalExpectation(
                mean: mean, sd: sd, centre: centre, width: width, span: isCostly ? 6 : 8,
                points: points ?? (isCostly ? 21 : 81), g
            )
        } catch let error as PricingError {
            throw error
        } catch {
            preconditionFailure("the quadrature throws only pricing errors")
        }
    }
}
