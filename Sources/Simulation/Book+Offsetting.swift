extension Book {
    /// True when the holdings cancel exactly: no shares, and the legs on each contract at each
    /// implied volatility (a leg without its own at `marketVolatility`, per √year) add up to no
    /// position (a put bought and the same put written). Such a book is worth nothing whatever
    /// the share does.
    public func offsetsExactly(marketVolatility: Double) -> Bool {
        guard shares == 0 else { return false }
        var net = [Position: Double]()
        for leg in legs {
            let key = Position(
                contract: leg.contract, contracts: 1, side: .long,
                impliedVolatility: leg.impliedVolatility(marketMovedFrom: marketVolatility, to: marketVolatility)
            )
            net[key, default: 0] += leg.multiplier
        }
        return net.values.allSatisfy { $0 == 0 }
    }
}
