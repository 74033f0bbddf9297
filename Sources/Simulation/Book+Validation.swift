extension Book {
    /// Checks the holdings: each leg at least one whole contract, at a finite implied
    /// volatility > 0 when it carries its own, and a finite number of shares. A leg is named by
    /// its place ("leg 2: contracts") in a book of more than one.
    public func validate() throws(SimulationError) {
        for (index, leg) in legs.enumerated() {
            let name = legs.count == 1 ? "" : "leg \(index + 1): "
            try SimulationError.require(leg.contracts >= 1, name + "contracts", Double(leg.contracts), "a whole number ≥ 1")
            if let volatility = leg.impliedVolatility {
                try SimulationError.require(
                    volatility.isFinite && volatility > 0, name + "implied volatility", volatility, "a finite number > 0"
                )
            }
        }
        try SimulationError.require(shares.isFinite, "shares held", shares, "a finite number")
    }
}
