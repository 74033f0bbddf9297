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
        /// The book's value (`price`, USD) and Greeks; `summary.json` writes them beside the legs,
        /// the value as `value`.
        var total: Valuation

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
            total = book.totals(legs: legValuations, spot: valued.path.spots[0])
        }

        private enum CodingKeys: String, CodingKey {
            case legs, shares, value, delta, gamma, theta, vega, rho
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(legs, forKey: .legs)
            try container.encode(shares, forKey: .shares)
            try container.encode(total.price, forKey: .value)
            let greeks: [(CodingKeys, Double)] = [
                (.delta, total.delta), (.gamma, total.gamma), (.theta, total.theta), (.vega, total.vega), (.rho, total.rho),
            ]
            for (key, figure) in greeks {
                try container.encode(figure, forKey: key)
            }
        }
    }
}
