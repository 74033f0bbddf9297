import Simulation

/// The hedge on wrong information (DESIGN.md §2.8, the course's advanced example): the
/// position lives on the true path while the hedger's holdings n̂ come from a model path.
///
/// Both holdings follow the lecture's share balance with the exact estimator (perfect
/// information about its own path, ``ShareBalanceHedge``): n on the true path (S, σ, P), n̂ on
/// the model path (Ŝ, σ̂, P̂), each priced at its own path's implied volatility, each from the
/// same n(0) (the run's `--initial-shares`, else −m·Δ(0) of its own path) and the same premium
/// convention at the start (the course's example starts both at the market's quote, n(0) =
/// 100·|market Δ|). At every date, with the true premium P
/// and share price S,
///
///     LVT = m·P + n·S        (perfect information: constant, the best case)
///     LVM = m·P + n̂·S        (the hedger's holdings, valued in the true market)
///     PE  = (LVT − LVM)/LVT · 100
///
/// so PE is the share of the perfect-information liquidation value lost (PE > 0) or gained
/// (PE < 0) by holding n̂ rather than n: PE = −(n̂ − n)·S/LVT · 100.
public struct WrongInformation: Sendable, Hashable, Codable {
    /// One rebalancing date.
    public struct Step: Sendable, Hashable, Codable {
        /// Index of the date, 0 at the start.
        public var step: Int
        /// Years after the start.
        public var time: Double
        /// True share price S, USD per share.
        public var spot: Double
        /// The model path's share price Ŝ, USD per share.
        public var modelSpot: Double
        /// True premium P, USD per share.
        public var premium: Double
        /// n: shares held with perfect information.
        public var shares: Double
        /// n̂: shares the hedger holds, decided on the model path.
        public var modelShares: Double
        /// LVT = m·P + n·S, USD.
        public var lvt: Double
        /// LVM = m·P + n̂·S, USD.
        public var lvm: Double
        /// PE = (LVT − LVM)/LVT·100, percent; nil where LVT is 0.
        public var percentError: Double?
    }

    /// Every date of the true path, the start first.
    public var steps: [Step]

    /// Compares the hedge on `truth` with the hedge decided on `model`, date by date.
    ///
    /// - Precondition: `model` has at least as many dates as `truth` (a true path cut short
    ///   by an early exercise uses the model path's first dates).
    ///   `initialShares` is n(0) of both hedges, nil for each path's −m·Δ(0).
    public init(truth: ValuedPath, model: ValuedPath, multiplier m: Double, initialShares: Double? = nil) {
        self.init(
            truth: truth, model: model, multiplier: m, initialShares: initialShares,
            perfect: ShareBalanceHedge.run(on: truth, multiplier: m, estimator: .exact, initialShares: initialShares)
        )
    }

    /// The comparison with the perfect-information ledger of `truth` already run (from the same `initialShares`).
    init(truth: ValuedPath, model: ValuedPath, multiplier m: Double, initialShares: Double?, perfect: ShareBalanceLedger) {
        precondition(model.valuations.count >= truth.valuations.count, "a model date for every true date")
        let decided = ShareBalanceHedge.run(on: model, multiplier: m, estimator: .exact, initialShares: initialShares)
        steps = truth.valuations.indices.map { i in
            let spot = truth.path.spots[i], premium = truth.valuations[i].price
            let shares = perfect.rows[i].shares, modelShares = decided.rows[i].shares
            let lvt = m * premium + shares * spot
            let lvm = m * premium + modelShares * spot
            return Step(
                step: i, time: truth.path.times[i], spot: spot, modelSpot: model.path.spots[i], premium: premium,
                shares: shares, modelShares: modelShares, lvt: lvt, lvm: lvm,
                percentError: lvt == 0 ? nil : (lvt - lvm) / lvt * 100
            )
        }
    }

    /// The last date's percentage error, nil where its LVT is 0.
    public var finalPercentError: Double? { steps.last?.percentError }

    /// The date of the largest |PE|, if any date has one.
    public var largestError: Step? {
        steps.filter { $0.percentError != nil }.max { abs($0.percentError!) < abs($1.percentError!) }
    }
}
