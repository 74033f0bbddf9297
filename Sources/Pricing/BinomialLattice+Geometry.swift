import Foundation

extension BinomialLattice {
    /// The constants of one lattice: its step, its probabilities, and which option it rolls back.
    struct Geometry {
        /// Levels from the root to expiry, n = steps + lead.
        let levels: Int
        /// Levels before the market's time (``BinomialLattice/nodeValuations(lead:)``).
        let lead: Int
        /// Years per level, Δt = τ/steps.
        let dt: Double
        /// σ√Δt: the spacing of two nodes of a level is twice this in ln S.
        let logStep: Double
        /// Up factor e^{σ√Δt}.
        let u: Double
        /// Discounted up and down probabilities, e^{−rΔt}·p and e^{−rΔt}·(1 − p).
        let a: Double
        let b: Double
        /// Spot of the centre root (exponent 0).
        let rootSpot: Double
        /// The option whose values the lattice holds: the contract, or its parity partner
        /// when ``flipped``; American only when ``exercisable``.
        let rolled: OptionContract
        /// Whether early exercise can ever beat continuation on this lattice.
        let exercisable: Bool
        /// Whether the lattice holds the contract's parity partner (see ``BinomialLattice``).
        let flipped: Bool
        /// +1 for a call, −1 for a put: the sign of the contract's forward φ·(S·e^{−qτ} − K·e^{−rτ}).
        let sign: Double
        let market: Market
        let strike: Double
        /// e^{−qΔt} and e^{−rΔt}, the last step's discount factors, and how far from the strike
        /// in ln S a node one level before expiry needs the closed form
        /// (``lastStepValue(exponent:)``): computed once per lattice rather than at every node.
        let stepDividendDiscount: Double
        let stepDiscount: Double
        let closedFormReach: Double
        /// The spot-to-strike ratios e^{−closedFormReach} … e^{closedFormReach}: a node whose
        /// ratio lies more than 10⁻⁹ of a bound beyond it is beyond the reach, one more than that
        /// inside both is within it, without a logarithm; only a node within 10⁻⁹ of a bound
        /// takes the logarithm, so that the choice is always the logarithm's own (both functions
        /// err by less than 10⁻¹⁵ of their value).
        let closedFormRatios: ClosedRange<Double>

        init(_ lattice: BinomialLattice, lead: Int) {
            let market = lattice.market, contract = lattice.contract
            let tau = market.timeToExpiry(of: contract)
            levels = lattice.steps + lead
            self.lead = lead
            dt = tau / Double(lattice.steps)
            logStep = market.volatility * dt.squareRoot()
            u = exp(logStep)
            let growth = exp((market.rate - market.dividendYield) * dt)
            let discount = exp(-market.rate * dt)
            let p = (growth - 1 / u) / (u - 1 / u)
            a = discount * p
            b = discount * (1 - p)
            rootSpot = market.spot
            self.market = market
            strike = contract.strike
            stepDividendDiscount = exp(-market.dividendYield * dt)
            stepDiscount = discount
            closedFormReach = 12 * logStep + (abs(market.rate - market.dividendYield) * dt + market.volatility * market.volatility * dt)
            closedFormRatios = exp(-closedFormReach)...exp(closedFormReach)
            sign = contract.type == .call ? 1 : -1
            // A put is never exercised when r ≤ 0 ≤ q, a call when q ≤ 0 ≤ r: the continuation
            // a·h(Su) + b·h(S/u) ≥ φ·(S·e^{−qΔt} − K·e^{−rΔt}) ≥ φ·(S − K) then.
            let neverExercised = switch contract.type {
            case .put: market.rate <= 0 && market.dividendYield >= 0
            case .call: market.dividendYield <= 0 && market.rate >= 0
            }
            exercisable = contract.style == .american && !neverExercised
            flipped = !exercisable && contract.intrinsicValue(spot: market.spot) > 0
            var rolled = contract.with(style: exercisable ? .american : .european)
            if flipped { rolled.type = contract.type == .call ? .put : .call }
            self.rolled = rolled
        }

        /// Whether `spot` lies more than ``closedFormReach`` from the strike in ln S,
        /// |ln(S/K)| > reach, decided by comparing S/K with ``closedFormRatios`` and taking the
        /// logarithm only within 10⁻⁹ of them: the same answer at a fraction of the cost.
        func isBeyondClosedFormReach(spot: Double) -> Bool {
            let ratio = spot / strike
            let (lower, upper) = (closedFormRatios.lowerBound, closedFormRatios.upperBound)
            if ratio > upper * (1 + 1e-9) || ratio < lower * (1 - 1e-9) { return true }
            if ratio < upper * (1 - 1e-9), ratio > lower * (1 + 1e-9) { return false }
            return abs(log(ratio)) > closedFormReach
        }

        /// Spot of the nodes of exponent k, S0·u^k.
        func spot(exponent k: Int) -> Double {
            rootSpot * exp(logStep * Double(k))
        }

        /// Years from level i to expiry, (n − i)·Δt.
        func timeToExpiry(level i: Int) -> Double {
            Double(levels - i) * dt
        }

        /// The contract's forward at `spot` on level i, φ·(S·e^{−qτᵢ} − K·e^{−rτᵢ}): the
        /// contract's value less its parity partner's.
        func forward(spot: Double, level i: Int) -> Double {
            let tau = timeToExpiry(level: i)
            return sign * (spot * exp(-market.dividendYield * tau) - strike * exp(-market.rate * tau))
        }

        /// The forward's Δ on level i, ∂/∂S of ``forward(spot:level:)``: φ·e^{−qτᵢ}. The
        /// lattice's difference quotient of a linear function is its slope.
        func forwardDelta(level i: Int) -> Double {
            sign * exp(-market.dividendYield * timeToExpiry(level: i))
        }

        /// (forward on level i + 2 − forward on level i)/(2Δt) at `spot`: the forward's
        /// contribution to the lattice's Θ, with expm1 so that a small Δt loses no digits.
        func forwardTheta(spot: Double, level i: Int) -> Double {
            let tau = timeToExpiry(level: i)
            let q = market.dividendYield, r = market.rate
            let change = spot * exp(-q * tau) * expm1(2 * q * dt) - strike * exp(-r * tau) * expm1(2 * r * dt)
            return sign * change / (2 * dt)
        }

        /// The rolled option's European value over the last step, at the node of exponent k
        /// one level before expiry (Broadie–Detemple's start).
        ///
        /// Beyond 12 standard deviations of the step from the strike (12·σ√Δt in ln S, plus the
        /// step's drift) the normal tails are below 10⁻³², and the value is its limit, the
        /// forward over the step or 0, to double precision: only the few nodes around the
        /// strike need the closed form.
        func lastStepValue(exponent k: Int) -> Double {
            let spot = spot(exponent: k)
            if isBeyondClosedFormReach(spot: spot) {
                let callSign: Double = rolled.type == .call ? 1 : -1
                return max(callSign * (spot * stepDividendDiscount - strike * stepDiscount), 0)
            }
            var node = market
            node.spot = spot
            node.time = rolled.expiry - dt
            return (try? BlackScholesModel().price(of: rolled.with(style: .european), in: node)) ?? 0
        }
    }
}
