/// The state of the market at one moment, as a pricing model sees it.
///
/// Rates are continuously compounded per year; volatility is per √year as a fraction
/// (0.60 = 60%). `time` is in years after the valuation origin t = 0, so a contract has
/// `contract.expiry − time` years left.
public struct Market: Sendable, Hashable, Codable {
    /// Share price, currency per share.
    public var spot: Double
    /// Risk-free rate, continuously compounded, per year.
    public var rate: Double
    /// Dividend yield, continuously compounded, per year.
    public var dividendYield: Double
    /// Volatility of the share's log return, per √year (0.60 = 60%).
    public var volatility: Double
    /// Years since the valuation origin t = 0 (ACT/365).
    public var time: Double

    public init(spot: Double, rate: Double, dividendYield: Double = 0, volatility: Double, time: Double = 0) {
        self.spot = spot
        self.rate = rate
        self.dividendYield = dividendYield
        self.volatility = volatility
        self.time = time
    }

    /// Years left to `contract`'s expiry, never negative.
    @inlinable
    public func timeToExpiry(of contract: OptionContract) -> Double {
        max(contract.expiry - time, 0)
    }
}
