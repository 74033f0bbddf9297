import MarketData
import Pricing
import Simulation

extension ParameterReader {
    /// Refuses, before any work, an `iv` cell of the price file that an American leg could
    /// not be priced at on its lattice: CRR's up probability leaves [0, 1] when
    /// |r − q|·Δt > σ·√Δt, and the lattice can refine itself only so far
    /// (``BinomialLatticeModel/refinedSteps(of:in:)``). Each row is checked at its own time to
    /// expiry and at the vega bump's lower volatility, σ − ``BinomialLatticeModel/volatilityBump(at:)``, as the run prices
    /// it; the message names the file, the line and the column.
    func checkImpliedVolatilityCells(_ prices: PriceSeries, times: [Double], legs: [ResolvedContract]) throws(ParameterError) {
        guard let volatilities = prices.impliedVolatilities else { return }
        let column = prices.impliedVolatilityColumn ?? "iv"
        for leg in legs where leg.contract.style == .american {
            for row in 0..<min(times.count, volatilities.count, prices.lines.count) {
                var market = leg.market
                market.time = times[row]
                guard market.timeToExpiry(of: leg.contract) > 0 else { continue }
                let sigma = volatilities[row]
                market.volatility = sigma - BinomialLatticeModel.volatilityBump(at: sigma)
                do {
                    _ = try leg.model.refinedSteps(of: leg.contract, in: market)
                } catch {
                    throw ParameterError(.priceFile(
                        "\(prices.source):\(prices.lines[row]): column '\(column)': implied volatility \(sigma) is too small "
                            + "for the CRR lattice of \(name(.latticeSteps)) \(leg.model.steps) against r − q = "
                            + "\(market.rate - market.dividendYield) with \(market.timeToExpiry(of: leg.contract)) years to expiry: "
                            + "its up probability stays in [0, 1] only past τ·(r − q)²/σ² levels, more than the "
                            + "\(BinomialLatticeModel.refinementBound(leg.model.steps)) the lattice may refine itself to; "
                            + "correct the cell, or give more lattice steps or --style european",
                        exitStatus: 65
                    ))
                }
            }
        }
    }
}
