import Foundation

/// Cox–Ross–Rubinstein binomial lattice for American and European options.
///
/// With N steps over τ years, Δt = τ/N, u = e^{σ√Δt}, d = 1/u and the risk-neutral up
/// probability p = (e^{(r−q)Δt} − d)/(u − d) (Cox, Ross & Rubinstein 1979; Hull ch. 21).
/// Values roll back from the payoff at expiry; an American node takes
/// max(continuation, intrinsic). Memory is one array of N + 1 values.
///
/// Greeks: Δ, Γ and Θ come from the nodes of the same tree at steps 1 and 2 (Hull's method,
/// *Options, Futures, and Other Derivatives*, §21.2); vega and rho by central
/// bump-and-reprice (see ``volatilityBump`` and ``rateBump``).
public struct BinomialLatticeModel: PricingModel {
    /// Number of time steps (levels) of the lattice, ≥ 1.
    public var steps: Int

    /// Volatility bump for vega, in units of volatility (0.01 = one vol point).
    ///
    /// A CRR price at fixed N is not smooth in σ: u = e^{σ√Δt} moves every node, and the
    /// price jumps slightly each time a node crosses the strike. A bump much smaller than the
    /// spacing of those jumps would measure the saw-tooth, not the slope; one vol point spans
    /// several of them and gives a vega within a fraction of a percent of the smooth value.
    public static let volatilityBump = 0.01

    /// Rate bump for rho, in units of rate (0.0001 = one basis point). The rate moves p but no
    /// node, so the price is smooth in r and a small bump is accurate.
    public static let rateBump = 0.0001

    /// The largest number of steps accepted, to keep one valuation under a second.
    public static let maximumSteps = 100_000

    public init(steps: Int) {
        self.steps = steps
    }

    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try checkedInputs(contract, market)
        return rollBack(contract, market).price
    }

    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try checkedInputs(contract, market)
        let tree = rollBack(contract, market)
        guard market.timeToExpiry(of: contract) > 0 else {
            return BlackScholesModel.atExpiry(contract, spot: market.spot)
        }
        var up = market, down = market
        up.volatility += Self.volatilityBump
        down.volatility = max(market.volatility - Self.volatilityBump, market.volatility / 2)
        let vega = (rollBack(contract, up).price - rollBack(contract, down).price) / (up.volatility - down.volatility)
        up = market
        down = market
        up.rate += Self.rateBump
        down.rate -= Self.rateBump
        let rho = (rollBack(contract, up).price - rollBack(contract, down).price) / (2 * Self.rateBump)
        let result = Valuation(
            price: tree.price, delta: tree.delta, gamma: tree.gamma, theta: tree.theta, vega: vega, rho: rho
        )
        guard result.isFinite else {
            throw PricingError(.nonFiniteResult("CRR lattice, \(steps) steps, S = \(market.spot), σ = \(market.volatility)"))
        }
        return result
    }

    private func checkedInputs(_ contract: OptionContract, _ market: Market) throws(PricingError) {
        try validate(contract, market)
        guard (1...Self.maximumSteps).contains(steps) else {
            throw PricingError(.invalidInput(
                name: "lattice steps", value: Double(steps), allowed: "a whole number from 1 to \(Self.maximumSteps)"
            ))
        }
    }

    /// Price, Δ, Γ and Θ (per year) read from one lattice.
    private struct TreeResult {
        var price: Double
        var delta: Double
        var gamma: Double
        var theta: Double
    }

    private func rollBack(_ contract: OptionContract, _ market: Market) -> TreeResult {
        let tau = market.timeToExpiry(of: contract)
        guard tau > 0 else {
            let atExpiry = BlackScholesModel.atExpiry(contract, spot: market.spot)
            return TreeResult(price: atExpiry.price, delta: atExpiry.delta, gamma: 0, theta: 0)
        }
        let n = steps
        let dt = tau / Double(n)
        let u = exp(market.volatility * dt.squareRoot())
        let d = 1 / u
        let growth = exp((market.rate - market.dividendYield) * dt)
        let discount = exp(-market.rate * dt)
        let p = (growth - d) / (u - d)
        let discountedUp = discount * p
        let discountedDown = discount * (1 - p)
        let uSquared = u * u
        let s0 = market.spot
        let isAmerican = contract.style == .american

        // Node j at step i has spot S0·u^(2j−i), j = 0 (lowest) … i.
        var values = [Double](repeating: 0, count: n + 1)
        var spot = s0 * pow(d, Double(n))
        for j in 0...n {
            values[j] = contract.intrinsicValue(spot: spot)
            spot *= uSquared
        }
        var stepTwo = (0.0, 0.0, 0.0), stepOne = (0.0, 0.0)
        if n == 2 { stepTwo = (values[0], values[1], values[2]) }
        if n == 1 { stepOne = (values[0], values[1]) }
        var lowestSpot = s0 * pow(d, Double(n))
        for i in stride(from: n - 1, through: 0, by: -1) {
            lowestSpot *= u
            var nodeSpot = lowestSpot
            for j in 0...i {
                let continuation = discountedUp * values[j + 1] + discountedDown * values[j]
                values[j] = isAmerican ? max(continuation, contract.intrinsicValue(spot: nodeSpot)) : continuation
                nodeSpot *= uSquared
            }
            if i == 2 { stepTwo = (values[0], values[1], values[2]) }
            if i == 1 { stepOne = (values[0], values[1]) }
        }
        let price = values[0]
        let delta = (stepOne.1 - stepOne.0) / (s0 * u - s0 * d)
        guard n >= 2 else {
            // One step has no second level: Γ and Θ cannot be read from the tree.
            return TreeResult(price: price, delta: delta, gamma: 0, theta: 0)
        }
        let upperDelta = (stepTwo.2 - stepTwo.1) / (s0 * uSquared - s0)
        let lowerDelta = (stepTwo.1 - stepTwo.0) / (s0 - s0 * d * d)
        let gamma = (upperDelta - lowerDelta) / (0.5 * (s0 * uSquared - s0 * d * d))
        let theta = (stepTwo.1 - price) / (2 * dt)
        return TreeResult(price: price, delta: delta, gamma: gamma, theta: theta)
    }
}
