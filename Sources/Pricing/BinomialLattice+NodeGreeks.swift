extension BinomialLattice {
    /// Price, Δ, Γ and Θ at node j of the roots' level (Hull's node method, §21.2), from the
    /// rolled values of that level and the next two (`levels[0…2]`).
    ///
    /// The contract's value is split as forward + payoff + time value, each differenced on its
    /// own: the forward (when the lattice holds the parity partner, ``Geometry/flipped``) is
    /// linear in S, so its Δ is its slope φ·e^{−qτ} and its Γ is 0, exactly; the payoff's
    /// difference quotient between two nodes on the same side of the strike is its slope, φ
    /// or 0; and the time value V − h of an exercised node is exactly 0 (the node holds h
    /// itself). Deep in the money an American put thus has Δ = −1 and Γ = 0 where differences
    /// of K − S·u^k would lose every digit to K. `intrinsic` holds the payoff at the same nodes
    /// when early exercise can pay, nil otherwise.
    func nodeGreeks(_ j: Int, geometry: Geometry, levels: [[Double]], intrinsic: [[Double]]?) -> Result {
        let lead = geometry.lead, u = geometry.u, dt = geometry.dt
        let nodeSpot = geometry.spot(exponent: 2 * j - lead)
        var price = levels[0][j]
        if geometry.flipped { price += geometry.forward(spot: nodeSpot, level: lead) }
        guard levels[1].count > j + 1 else {
            return Result(price: price, delta: 0, gamma: 0, theta: 0)
        }
        /// (V(high) − V(low))/(S_high − S_low) between nodes `low` and `low + 1` of `level`.
        func slope(level: Int, low: Int, spots: (high: Double, low: Double)) -> Double {
            let values = levels[level]
            let width = spots.high - spots.low
            guard let payoff = intrinsic?[level] else { return (values[low + 1] - values[low]) / width }
            let (upper, lower) = (payoff[low + 1], payoff[low])
            let payoffSlope = if upper > 0, lower > 0 {
                geometry.rolled.type == .call ? 1.0 : -1.0
            } else if upper == 0, lower == 0 {
                0.0
            } else {
                (upper - lower) / width
            }
            return payoffSlope + ((values[low + 1] - upper) - (values[low] - lower)) / width
        }
        var delta = slope(level: 1, low: j, spots: (nodeSpot * u, nodeSpot / u))
        if geometry.flipped { delta += geometry.forwardDelta(level: lead + 1) }
        guard levels[2].count > j + 2 else {
            // Without a second level, Γ and Θ cannot be read from the tree.
            return Result(price: price, delta: delta, gamma: 0, theta: 0)
        }
        let up = nodeSpot * u * u, down = nodeSpot / (u * u)
        let upperDelta = slope(level: 2, low: j + 1, spots: (up, nodeSpot))
        let lowerDelta = slope(level: 2, low: j, spots: (nodeSpot, down))
        let gamma = (upperDelta - lowerDelta) / (0.5 * (up - down))
        var theta = (levels[2][j + 1] - levels[0][j]) / (2 * dt)
        if geometry.flipped { theta += geometry.forwardTheta(spot: nodeSpot, level: lead) }
        return Result(price: price, delta: delta, gamma: gamma, theta: theta)
    }
}
