import Foundation

/// Premium and tree Greeks of one contract on a grid of spots at each of a set of dates,
/// computed once with a pricing model and then interpolated: what makes a Monte Carlo study of
/// an American option affordable, where pricing afresh at every step of every path is not.
///
/// At date i the grid is uniform in ln S over the spots a path can plausibly reach. For plain
/// CRR and BBS it is one lattice per date: a tree rooted a few levels before the date, whose
/// nodes at the date are the grid points, each with exactly the lattice below it that direct
/// pricing there would build (``BinomialLattice/nodeValuations(lead:)``) — so grid values are
/// the direct prices, spaced 2σ√(τ/N) apart, finest near expiry where the premium bends
/// sharply. (BBSR combines two lattices whose nodes differ, so it prices each grid point,
/// spaced a quarter of the remaining σ√τ apart.) Between grid points, P, Δ, Γ and Θ are
/// interpolated by cubic Lagrange polynomials through the four nearest points. A spot outside
/// the grid, or a date not on it, is priced directly with the model. The grid's accuracy
/// against direct pricing is measured by ``worstError(samplesPerDate:)``.
///
/// Vega and rho are not interpolated (they are returned as 0): a study on a grid holds the
/// volatility and the rate fixed, so the terms ν·dσ and ρ·dr of a premium change vanish.
public struct ValuationGrid: Sendable {
    /// One date's grid: values at ln S = `lowerLogSpot` + k·`logStep`, k = 0 … count − 1.
    struct Slice: Sendable {
        var time: Double
        var lowerLogSpot: Double
        var logStep: Double
        var prices: [Double]
        var deltas: [Double]
        var gammas: [Double]
        var thetas: [Double]
        /// Grids of the same date whose interpolated values are averaged with this one's.
        var companions: [Slice] = []
    }

    public let contract: OptionContract
    /// The market at t = 0; spot and time are ignored, volatility and rates are the grid's.
    public let market: Market
    public let model: BinomialLatticeModel
    let slices: [Slice]
    /// Position of each date in `slices`.
    let dateIndex: [Double: Int]

    /// Prices the grid.
    ///
    /// - Parameters:
    ///   - times: the dates, years after the valuation origin, at most the expiry.
    ///   - spotRange: for each date, the range of spots to cover (USD per share).
    /// - Throws: ``PricingError`` when the model fails at a grid point.
    public init(
        contract: OptionContract,
        market: Market,
        model: BinomialLatticeModel,
        times: [Double],
        spotRange: (Double) -> ClosedRange<Double>
    ) throws(PricingError) {
        self.contract = contract
        self.market = market
        self.model = model
        let layouts = times.map { time in
            Self.layout(time: time, range: spotRange(time), tau: max(contract.expiry - time, 0), sigma: market.volatility)
        }
        var results = [Result<Slice, PricingError>?](repeating: nil, count: times.count)
        // Dates are independent: price them on every core. Each writes only its own slot.
        results.withUnsafeMutableBufferPointer { output in
            let output = UnsafeSendable(output)
            DispatchQueue.concurrentPerform(iterations: times.count) { index in
                output.value[index] = Result { () throws(PricingError) in
                    try Self.price(time: times[index], layout: layouts[index], contract: contract, market: market, model: model)
                }
            }
        }
        var slices = [Slice]()
        slices.reserveCapacity(times.count)
        for result in results {
            switch result! {
            case let .success(slice): slices.append(slice)
            case let .failure(error): throw error
            }
        }
        self.slices = slices
        dateIndex = Dictionary(times.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Number of grid points over all dates, companions included.
    public var pointCount: Int {
        slices.reduce(0) { $0 + $1.prices.count + $1.companions.reduce(0) { $0 + $1.prices.count } }
    }

    /// The spacing and extent of one date's grid, for the per-point pricing of BBSR.
    private static func layout(time: Double, range: ClosedRange<Double>, tau: Double, sigma: Double) -> (Double, Double, Int) {
        let step = min(max(0.25 * sigma * tau.squareRoot(), 0.002), 0.01)
        let lower = log(range.lowerBound) - 2 * step
        let upper = log(range.upperBound) + 2 * step
        let count = max(Int(((upper - lower) / step).rounded(.up)) + 1, 4)
        return (lower, step, count)
    }

    private static func price(
        time: Double, layout: (Double, Double, Int), contract: OptionContract, market: Market, model: BinomialLatticeModel
    ) throws(PricingError) -> Slice {
        var point = market
        point.time = time
        var slice = Slice(time: time, lowerLogSpot: layout.0, logStep: layout.1, prices: [], deltas: [], gammas: [], thetas: [])
        // At expiry the premium is the payoff, whose kink no polynomial follows: those dates
        // keep an empty slice and are priced directly (which costs nothing at τ = 0).
        guard contract.expiry - time > 0 else { return slice }
        let values: [Valuation]
        if model.method == .richardson {
            let (lower, step, count) = layout
            values = try (0..<count).map { k throws(PricingError) in
                point.spot = exp(lower + Double(k) * step)
                return try model.treeValuation(of: contract, in: point)
            }
        } else {
            // One lattice whose nodes at this date cover the layout's range.
            let upper = layout.0 + Double(layout.2 - 1) * layout.1
            let centre = 0.5 * (layout.0 + upper)
            let steps = try BinomialLatticeModel.arbitrageFreeSteps(model.steps, contract, point)
            let nodeStep = market.volatility * ((contract.expiry - time) / Double(steps)).squareRoot()
            let lead = max(Int((0.5 * (upper - layout.0) / nodeStep).rounded(.up)), 3)
            point.spot = exp(centre)
            values = try model.nodeValuations(of: contract, in: point, lead: lead)
            slice.lowerLogSpot = centre - Double(lead) * nodeStep
            slice.logStep = 2 * nodeStep
            // A lattice's error oscillates as the spot moves between its nodes: every grid node
            // sits at the same phase (each is one node from the next), so a second lattice half
            // a spacing over samples the opposite phase, and the average of the two
            // interpolations runs through the middle of the oscillation that direct pricing
            // follows, halving the worst difference.
            point.spot = exp(centre + nodeStep)
            let shifted = try model.nodeValuations(of: contract, in: point, lead: lead)
            var companion = Slice(
                time: time, lowerLogSpot: slice.lowerLogSpot + nodeStep, logStep: 2 * nodeStep,
                prices: [], deltas: [], gammas: [], thetas: []
            )
            companion.fill(shifted)
            slice.companions = [companion]
        }
        slice.fill(values)
        return slice
    }
}

extension ValuationGrid.Slice {
    /// Stores the premium and tree Greeks of `values`, one per grid point.
    mutating func fill(_ values: [Valuation]) {
        prices = values.map(\.price)
        deltas = values.map(\.delta)
        gammas = values.map(\.gamma)
        thetas = values.map(\.theta)
    }
}

/// A value shared with concurrent closures that each touch a disjoint part of it.
struct UnsafeSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
