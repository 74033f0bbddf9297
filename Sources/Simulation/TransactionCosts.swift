/// What a trade in the shares costs beyond its price.
public struct TransactionCosts: Sendable, Hashable, Codable {
    /// Proportional cost, basis points of the traded value (10 = 0.10%).
    public var basisPoints: Double
    /// Fixed fee per rebalancing trade, USD (charged only when shares change hands).
    public var feePerTrade: Double

    public init(basisPoints: Double = 0, feePerTrade: Double = 0) {
        self.basisPoints = basisPoints
        self.feePerTrade = feePerTrade
    }

    /// No costs: the frictionless world of the model.
    public static let none = TransactionCosts()

    /// The cost of trading `shares` (either sign) at `price`, USD.
    @inlinable
    public func cost(shares: Double, price: Double) -> Double {
        guard shares != 0 else { return 0 }
        // The rate as a fraction first: a loop over trades then multiplies instead of dividing.
        return abs(shares) * price * (basisPoints / 10_000) + feePerTrade
    }
}
