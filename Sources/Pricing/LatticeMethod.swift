/// Which binomial lattice ``BinomialLatticeModel`` rolls back.
public enum LatticeMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain Cox–Ross–Rubinstein: the payoff at expiry, rolled back N steps. The course's and
    /// QuantLib's reference values assume it. Its error oscillates as N changes, because the
    /// strike falls at a different place among the final nodes for each N.
    case crr
    /// Binomial Black–Scholes (Broadie & Detemple, "American option valuation", *Review of
    /// Financial Studies* 9, 1996): the values one step before expiry are Black–Scholes prices
    /// over that last step (then exercise is checked), which removes the payoff's kink from the
    /// lattice and with it most of the oscillation.
    case blackScholesLastStep = "bbs"
    /// Binomial Black–Scholes with Richardson extrapolation (Broadie & Detemple's BBSR):
    /// 2·V(N) − V(N/2). The error of BBS falls smoothly as 1/N, so the extrapolation cancels its
    /// leading term; it costs 1.5 lattices of N steps.
    case richardson = "bbsr"

    /// The fewest steps the method accepts: BBS needs a level before the last, BBSR a half
    /// lattice of at least two steps.
    public var minimumSteps: Int {
        switch self {
        case .crr: 1
        case .blackScholesLastStep: 2
        case .richardson: 4
        }
    }
}
