/// Black–Scholes price and Greeks of one European contract over a grid of spots × times to
/// expiry, one array per quantity (struct of arrays).
///
/// The grid has `timesToExpiry.count` rows of `spots.count` points: the point of spot
/// `spots[s]` and τ = `timesToExpiry[t]` is at index `t·spots.count + s` of every column
/// (``index(spot:time:)``). A grid with a single τ is a list of spots, e.g. every path of a
/// Monte Carlo study at one rebalancing date.
///
/// Units are those of ``Valuation``: price in currency per share; Δ per 1 currency unit of
/// spot; Γ per (currency unit)²; Θ = ∂P/∂t per year; vega per 1.00 of volatility; rho per 1.00
/// of rate. Made by ``BlackScholesModel/valuations(of:spots:timesToExpiry:in:threads:)``; the
/// columns are read-only outside the module, so they always have the grid's size.
public struct BlackScholesBatch: Sendable, Hashable {
    /// Share prices of the grid's columns, currency per share.
    public internal(set) var spots: [Double]
    /// Years to expiry of the grid's rows (ACT/365).
    public internal(set) var timesToExpiry: [Double]
    /// Premium, currency per share.
    public internal(set) var price: [Double]
    /// ∂P/∂S.
    public internal(set) var delta: [Double]
    /// ∂²P/∂S², per currency unit.
    public internal(set) var gamma: [Double]
    /// ∂P/∂t, currency per share per year.
    public internal(set) var theta: [Double]
    /// ∂P/∂σ, currency per share per 1.00 of volatility.
    public internal(set) var vega: [Double]
    /// ∂P/∂r, currency per share per 1.00 of rate.
    public internal(set) var rho: [Double]

    /// Number of grid points, `spots.count × timesToExpiry.count`: the length of every column.
    public var count: Int { price.count }

    /// Index in the columns of the point (`spots[spot]`, `timesToExpiry[time]`).
    @inlinable
    public func index(spot: Int, time: Int) -> Int {
        time * spots.count + spot
    }

    /// Price and Greeks at the point (`spots[spot]`, `timesToExpiry[time]`).
    public subscript(spot spot: Int, time time: Int) -> Valuation {
        let i = index(spot: spot, time: time)
        return Valuation(
            price: price[i], delta: delta[i], gamma: gamma[i], theta: theta[i], vega: vega[i], rho: rho[i]
        )
    }
}

extension BlackScholesBatch {
    /// An empty batch (no grid), to hand to
    /// ``BlackScholesModel/valuations(of:spots:timesToExpiry:in:into:threads:)``, which sizes it.
    public init() {
        self.init(spots: [], timesToExpiry: [], price: [], delta: [], gamma: [], theta: [], vega: [], rho: [])
    }
}
