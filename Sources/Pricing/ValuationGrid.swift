import Foundation

/// Premium and tree Greeks of one contract on a grid of spots at each of a set of dates,
/// computed once with a pricing model and then interpolated: what makes a Monte Carlo study of
/// an American option affordable, where pricing afresh at every step of every path is not.
///
/// At date i the grid is uniform in ln S over the spots a path can plausibly reach, with a
/// spacing of a quarter of the remaining σ√τ (between 0.002 and 0.01 in ln S), so it is fine
/// where the premium bends sharply, near expiry. Between grid points, P, Δ, Γ and Θ are
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

    /// Number of grid points over all dates (each one lattice valuation).
    public var pointCount: Int {
        slices.reduce(0) { $0 + $1.prices.count }
    }

    /// The spacing and extent of one date's grid.
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
        let (lower, step, count) = layout
        // At expiry the premium is the payoff, whose kink no polynomial follows: those dates
        // keep an empty slice and are priced directly (which costs nothing at τ = 0).
        let expired = contract.expiry - time <= 0
        var slice = Slice(
            time: time, lowerLogSpot: lower, logStep: step,
            prices: [], deltas: [], gammas: [], thetas: []
        )
        slice.prices.reserveCapacity(count)
        for k in 0..<(expired ? 0 : count) {
            var point = market
            point.spot = exp(lower + Double(k) * step)
            point.time = time
            let value = try model.treeValuation(of: contract, in: point)
            slice.prices.append(value.price)
            slice.deltas.append(value.delta)
            slice.gammas.append(value.gamma)
            slice.thetas.append(value.theta)
        }
        return slice
    }
}

/// A value shared with concurrent closures that each touch a disjoint part of it.
struct UnsafeSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
