import Foundation

/// Binomial lattice for American and European options: Cox–Ross–Rubinstein, or a smoother
/// variant (``LatticeMethod``).
///
/// With N steps over τ years, Δt = τ/N, u = e^{σ√Δt}, d = 1/u and the risk-neutral up
/// probability p = (e^{(r−q)Δt} − d)/(u − d) (Cox, Ross & Rubinstein 1979; Hull ch. 21).
/// Values roll back from the payoff at expiry; an American node takes
/// max(continuation, intrinsic). Only the band of nodes that can move the price by 10⁻¹² of
/// itself is rolled back (``BinomialLattice/Band``), so the work grows as N^{3/2} rather than
/// N²; memory is three arrays of N + 1 values.
///
/// Greeks: Δ, Γ and Θ come from the nodes of the same tree at steps 1 and 2 (Hull's method,
/// *Options, Futures, and Other Derivatives*, §21.2), exact at any moneyness
/// (``BinomialLattice``); vega and rho by central bump-and-reprice (see ``relativeVolatilityBump``,
/// ``vegaMethod``, ``rateBump`` and ``rhoSteps``).
public struct BinomialLatticeModel: PricingModel, ReusablePreparation {
    /// Number of time steps (levels) of the lattice, ≥ 1 (≥ 2 for BBS, ≥ 4 for BBSR).
    public var steps: Int
    /// Plain CRR (the default) or a smoother variant.
    public var method: LatticeMethod

    /// Volatility bump for vega, relative to the volatility: h = 0.02·σ (0.012 at the course's
    /// σ = 0.6056, 0.001 at σ = 0.05).
    ///
    /// A CRR price at fixed N is not smooth in σ: u = e^{σ√Δt} moves every node, and the
    /// price jumps slightly each time a node crosses the strike. A bump much smaller than the
    /// spacing of those jumps would measure the saw-tooth, not the slope; the bumped lattices
    /// are therefore Broadie–Detemple's (``vegaMethod``), whose price is smooth in σ. The bump
    /// is relative because a fixed ±0.01 is a fifth of σ = 0.05: the central difference then
    /// measures the curvature of P(σ) too, and an in-the-money put at low volatility got a vega
    /// 74 % too large (issue 22). Measured against a 3,000-level BBS lattice extrapolated in N
    /// (central difference, h = 0.02·σ), at 366 levels, σ = 0.05 … 1.5, puts and calls (q = 5 %)
    /// one and half a standard deviation in and out of the money: within 0.18 % (±0.01 was off
    /// by up to 2.9 % there); `LatticeGreekReferenceTests`.
    public static let relativeVolatilityBump = 0.02

    /// The volatility bump of vega at volatility `sigma`, h = ``relativeVolatilityBump``·σ.
    @inlinable
    public static func volatilityBump(at sigma: Double) -> Double {
        relativeVolatilityBump * sigma
    }

    /// The lattice that vega's two bumped prices come from: BBS for plain CRR and for BBS,
    /// BBSR for BBSR.
    ///
    /// CRR's price oscillates in N and in σ as the strike falls at a different place among the
    /// final nodes (its error is O(1/N) with a factor that swings with that place); a central
    /// difference over 2 × 0.01 of σ divides that swing by 0.02, and the vega of the 2022
    /// course's NFLX call (S = 289.26, K = 315, σ = 0.4872, 52 days, r = 4.23%) swings from
    /// 40.51 at N = 100 to 42.41 at N = 101 around the closed form's 41.13. BBS replaces the
    /// payoff's kink by Black–Scholes values one step before expiry, so the value it rolls
    /// back is smooth at every node and its error falls smoothly as 1/N: the same call's vega
    /// then stays within 41.150…41.180 over N = 100…140 (total variation 0.38, against 61.7
    /// for CRR), and both lattices converge to the same value, so the bumps measure the slope
    /// of the value CRR approximates. Averaging CRR's vega over N and N + 1 instead costs
    /// twice the bumped lattices and still swings by ±0.7 (total variation 2.8). Rho's
    /// lattices are of the same kind (``rhoSteps``).
    var vegaMethod: LatticeMethod {
        method == .crr && steps >= LatticeMethod.blackScholesLastStep.minimumSteps ? .blackScholesLastStep : method
    }

    /// Rate bump for rho, in units of rate (0.0001 = one basis point). The rate moves p but no
    /// node, so the price is smooth in r and a small bump is accurate.
    public static let rateBump = 0.0001

    /// Levels of rho's two rate-bumped lattices: 4N up to 4,096 (N itself above), of the
    /// smooth kind vega uses (``vegaMethod``).
    ///
    /// The rate moves no node, so a bump is exact for the lattice; what is left is the
    /// lattice's own error in the slope, O(1/N): 0.2–0.4 % on CRR at 366 levels for American
    /// options. On BBS lattices of 4N levels, measured against a 6,000-level BBS lattice
    /// extrapolated in N at σ = 0.05 … 1.5, puts and calls (q = 5 %) half and one standard
    /// deviation in and out of the money, it is within 0.075 % at N = 366, except where the
    /// spot sits within a node or two of the exercise boundary (an in-the-money put at
    /// σ = 0.1: 0.3 %, where the 6,000-level reference itself moves by 0.2 % with N). Two
    /// 1,464-level lattices cost about sixteen 366-level ones (work ∝ N^{3/2}), well under a
    /// millisecond each.
    public var rhoSteps: Int {
        max(steps, min(4 * steps, 4_096))
    }

    /// The most a lattice refines itself to stay arbitrage-free at a small volatility, as a
    /// multiple of the steps asked for (``arbitrageFreeSteps(_:_:_:)``): 16 times the steps
    /// costs at most about 64 times the work with the band (N^{3/2}), and covers a volatility
    /// a quarter of the smallest the unrefined tree takes. A small tree may always grow to
    /// ``minimumRefinementBound`` levels, a few milliseconds of work.
    public static let maximumRefinement = 16
    public static let minimumRefinementBound = 1_024

    /// The most levels a lattice asked for `steps` may refine itself to.
    public static func refinementBound(_ steps: Int) -> Int {
        min(maximumSteps, max(maximumRefinement * steps, minimumRefinementBound))
    }

    /// The largest number of steps accepted, to keep one valuation under a second.
    public static let maximumSteps = 100_000

    public init(steps: Int, method: LatticeMethod = .crr) {
        self.steps = steps
        self.method = method
    }

    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try checkedInputs(contract, market)
        guard !Valuation.spotIsNegligible(contract, market) else { return Valuation.nearZeroSpot(contract, market).price }
        return try rollBack(contract, market).price
    }

    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        var result = try valuationAtFixedRate(of: contract, in: market)
        guard market.timeToExpiry(of: contract) > 0, !Valuation.spotIsNegligible(contract, market) else { return result }
        var up = market, down = market
        up.rate += Self.rateBump
        down.rate -= Self.rateBump
        let fine = BinomialLatticeModel(steps: rhoSteps, method: vegaMethod)
        result.rho = try (fine.rollBack(contract, up).price - fine.rollBack(contract, down).price) / (2 * Self.rateBump)
        try checkFinite(result, market)
        return result
    }

    /// ``valuation(of:in:)`` without rho's two rate-bumped lattices of ``rhoSteps`` levels
    /// (rho returned as 0; at expiry and at a negligible spot, where no lattice is rolled back,
    /// the limits' own rho): the tree and vega's two lattices, about 3 of the 19 lattices' work
    /// of a full valuation at 366 levels. Premium, Δ, Γ, Θ and vega are the full valuation's,
    /// bit for bit.
    public func valuationAtFixedRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        var result = try treeValuation(of: contract, in: market)
        guard market.timeToExpiry(of: contract) > 0, !Valuation.spotIsNegligible(contract, market) else { return result }
        var up = market, down = market
        let bump = Self.volatilityBump(at: market.volatility)
        up.volatility += bump
        down.volatility -= bump
        let smooth = BinomialLatticeModel(steps: steps, method: vegaMethod)
        result.vega = try (smooth.rollBack(contract, up).price - smooth.rollBack(contract, down).price) / (2 * bump)
        try checkFinite(result, market)
        return result
    }

    /// A lattice values a contract with thousands of node updates.
    public var valuationIsCostly: Bool { true }

    /// ``treeValuation(of:in:)``.
    public func valuationAtFixedVolatilityAndRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try treeValuation(of: contract, in: market)
    }

    /// Premium, Δ, Γ and Θ from one lattice, without the four bumped lattices of vega and rho
    /// (returned as 0): one of ``valuation(of:in:)``'s 19 lattices' work at 366 levels, for when
    /// the volatility and the rate do not move.
    public func treeValuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try checkedInputs(contract, market)
        guard market.timeToExpiry(of: contract) > 0 else {
            return BlackScholesModel.atExpiry(contract, spot: market.spot)
        }
        guard !Valuation.spotIsNegligible(contract, market) else { return .nearZeroSpot(contract, market) }
        let tree = try rollBack(contract, market)
        let result = Valuation(price: tree.price, delta: tree.delta, gamma: tree.gamma, theta: tree.theta, vega: 0, rho: 0)
        try checkFinite(result, market)
        return result
    }

    private func checkFinite(_ result: Valuation, _ market: Market) throws(PricingError) {
        guard result.isFinite else {
            throw PricingError(.nonFiniteResult(
                "\(method.rawValue) lattice, \(steps) steps, S = \(market.spot), σ = \(market.volatility)"
            ))
        }
    }

    /// Node updates that one ``price(of:in:)`` makes (both lattices for BBSR): the work its time
    /// is proportional to: N²/2 for a few dozen steps, then about N·6√N (``BinomialLattice/Band``).
    public func nodeUpdates(of contract: OptionContract, in market: Market) throws(PricingError) -> Int {
        try checkedInputs(contract, market)
        guard market.timeToExpiry(of: contract) > 0, !Valuation.spotIsNegligible(contract, market) else { return 0 }
        func updates(_ steps: Int) throws(PricingError) -> Int {
            BinomialLattice(
                contract: contract, market: market,
                steps: try Self.arbitrageFreeSteps(steps, contract, market),
                blackScholesLastStep: method != .crr
            ).nodeUpdates()
        }
        return try updates(steps) + (method == .richardson ? updates(steps / 2) : 0)
    }

    /// Price, Δ, Γ and Θ (vega and rho 0) at the `lead` + 1 spots S·u^(2j − lead), j = 0 …
    /// lead, where S is the market's spot: the nodes of one lattice rooted `lead` levels before
    /// the market's time (``BinomialLattice/nodeValuations(lead:)``). Plain CRR and BBS only.
    func nodeValuations(of contract: OptionContract, in market: Market, lead: Int) throws(PricingError) -> [Valuation] {
        try checkedInputs(contract, market)
        return try nodeValuations(of: contract, in: market, lead: lead, steps: Self.arbitrageFreeSteps(self.steps, contract, market))
    }

    /// ``nodeValuations(of:in:lead:)`` on a lattice of exactly `steps` levels from the market's
    /// time to expiry: lattices of the same steps, volatility and root share their nodes
    /// whatever the rate, which a rate bump needs.
    func nodeValuations(of contract: OptionContract, in market: Market, lead: Int, steps: Int) throws(PricingError) -> [Valuation] {
        try checkedInputs(contract, market)
        precondition(method != .richardson, "BBSR combines two lattices whose nodes differ")
        let lattice = BinomialLattice(contract: contract, market: market, steps: steps, blackScholesLastStep: method != .crr)
        return lattice.nodeValuations(lead: lead).map {
            let node = $0.withDeltaBounded(for: contract)
            return Valuation(price: node.price, delta: node.delta, gamma: node.gamma, theta: node.theta, vega: 0, rho: 0)
        }
    }

    private func checkedInputs(_ contract: OptionContract, _ market: Market) throws(PricingError) {
        try validate(contract, market)
        guard supports(contract) else {
            throw PricingError(.unsupported("the binomial lattice prices a vanilla call or put only, not a \(contract.payoff)"))
        }
        guard (method.minimumSteps...Self.maximumSteps).contains(steps) else {
            throw PricingError(.invalidInput(
                name: "lattice steps", value: Double(steps),
                allowed: "a whole number from \(method.minimumSteps) to \(Self.maximumSteps) for the \(method.rawValue) lattice"
            ))
        }
    }

    /// Price, Δ, Γ and Θ by the chosen method; BBSR extrapolates each of them.
    private func rollBack(_ contract: OptionContract, _ market: Market) throws(PricingError) -> BinomialLattice.Result {
        func lattice(_ steps: Int) throws(PricingError) -> BinomialLattice.Result {
            BinomialLattice(
                contract: contract, market: market,
                steps: try Self.arbitrageFreeSteps(steps, contract, market),
                blackScholesLastStep: method != .crr
            ).rollBack()
        }
        let full = try lattice(steps)
        guard method == .richardson else { return full.withDeltaBounded(for: contract) }
        let half = try lattice(steps / 2)
        return BinomialLattice.Result(
            price: 2 * full.price - half.price,
            delta: 2 * full.delta - half.delta,
            gamma: 2 * full.gamma - half.gamma,
            theta: 2 * full.theta - half.theta
        ).withDeltaBounded(for: contract)
    }

    /// The levels of the largest lattice this model builds for `contract` in `market`, after
    /// ``arbitrageFreeSteps(_:_:_:)``'s refinement of each (BBSR builds N and N/2 levels).
    ///
    /// - Throws: ``PricingError`` when a lattice would need more refinement than allowed.
    public func refinedSteps(of contract: OptionContract, in market: Market) throws(PricingError) -> Int {
        let full = try Self.arbitrageFreeSteps(steps, contract, market)
        guard method == .richardson else { return full }
        return max(full, try Self.arbitrageFreeSteps(steps / 2, contract, market))
    }

    /// `steps`, or more when needed to keep CRR's up probability inside [0, 1].
    ///
    /// p = (e^{(r−q)Δt} − d)/(u − d) leaves [0, 1] when |r − q|·Δt > σ·√Δt, i.e. when the drift
    /// over one step outruns the spread of the nodes (a low volatility with a large rate, of
    /// either sign). The tree then has a negative probability and is not arbitrage-free; the
    /// fix is a finer step: N > τ·(r − q)²/σ². The refinement is bounded by
    /// ``maximumRefinement`` times the steps asked for (and ``maximumSteps``): past it the cost,
    /// which grows as 1/σ⁴, would no longer be what the caller budgeted for, and the lattice
    /// refuses the volatility instead.
    ///
    /// - Throws: ``PricingError`` naming the volatility when the refinement would pass the bound.
    public static func arbitrageFreeSteps(_ steps: Int, _ contract: OptionContract, _ market: Market) throws(PricingError) -> Int {
        let tau = market.timeToExpiry(of: contract)
        let drift = market.rate - market.dividendYield
        let variance = market.volatility * market.volatility
        let needed = (tau * drift * drift / variance * 1.0001).rounded(.up) + 1
        guard needed > Double(steps) else { return steps }
        let bound = refinementBound(steps)
        guard needed <= Double(bound) else {
            throw PricingError(.invalidInput(
                name: "volatility", value: market.volatility,
                allowed: "large enough for a CRR lattice of \(steps) levels against r − q = \(drift) over τ = \(tau) years: "
                    + "it would need τ·(r − q)²/σ² = \(needed) levels to stay arbitrage-free, more than \(bound)"
            ))
        }
        return Int(needed)
    }
}
