import Analytics
import Pricing
import Simulation

extension BookSection {
    /// The book at the path's first date: each leg's terms, signed contracts, implied volatility
    /// and per-share valuation (code units), the shares, and the book's value (USD) and Greeks in
    /// share-equivalents (Σ signed multiplier × figure, ``Book/totals(legs:spot:)``). The legs
    /// table's figures and `summary.json`'s `position`, one value.
    struct BookFigures: Sendable, Encodable {
        struct LegFigures: Sendable, Encodable {
            var type: String
            var style: String
            var strike: Double
            var yearsToExpiry: Double
            var contracts: Int
            var multiplier: Double
            var impliedVolatility: Double
            var price: Double
            var delta: Double
            var gamma: Double
            var theta: Double
            var vega: Double
            var rho: Double

            /// The leg's valuation per share.
            var valuation: Valuation {
                Valuation(price: price, delta: delta, gamma: gamma, theta: theta, vega: vega, rho: rho)
            }
        }

        var legs: [LegFigures]
        var shares: Double
        var value: Double
        var delta: Double
        var gamma: Double
        var theta: Double
        var vega: Double
        var rho: Double

        /// The book's value and Greeks as one valuation (`price` the value, USD).
        var total: Valuation {
            Valuation(price: value, delta: delta, gamma: gamma, theta: theta, vega: vega, rho: rho)
        }

        /// The run's book at its first date, each leg at its own implied volatility where it has
        /// one (``Position/impliedVolatility(marketMovedFrom:to:)``), the market's otherwise.
        init(_ analysis: HedgeAnalysis) {
            let book = analysis.simulation.scenario.book
            let volatility = analysis.simulation.scenario.market.volatility
            let valued = analysis.simulation.valuedPath
            let legValuations = valued.legValuations.map { $0[0] }
            legs = zip(book.legs, legValuations).map { leg, value in
                LegFigures(
                    type: leg.contract.payoff.name, style: leg.contract.style.rawValue, strike: leg.contract.strike,
                    yearsToExpiry: leg.contract.expiry, contracts: Int(leg.side.sign) * leg.contracts,
                    multiplier: leg.multiplier, impliedVolatility: leg.impliedVolatility(marketMovedFrom: volatility, to: volatility),
                    price: value.price, delta: value.delta, gamma: value.gamma, theta: value.theta, vega: value.vega, rho: value.rho
                )
            }
            shares = book.shares
            let total = book.totals(legs: legValuations, spot: valued.path.spots[0])
            (value, delta, gamma, theta, vega, rho) = (total.price, total.delta, total.gamma, total.theta, total.vega, total.rho)
        }
    }
}
