import Foundation

extension PriceSeries {
    /// A binomial walk's factors and probability estimated from the rows' moves, as the course
    /// estimates them from minute data (u ≈ 1.000759, d ≈ 0.999224, p ≈ 0.51 per minute).
    public struct BinomialFit: Sendable, Hashable {
        /// u = exp(mean of the positive log returns): the geometric mean of the up moves' factors.
        public var up: Double
        /// d = exp(mean of the negative log returns): the geometric mean of the down moves' factors.
        public var down: Double
        /// p = ups/(ups + downs), the share of up moves among the rows that moved.
        public var upProbability: Double
        /// Moves up, down, and rows whose price did not change (left out of u, d and p).
        public var ups: Int, downs: Int, unchanged: Int
    }

    /// The walk fitted to the log returns rᵢ = ln(Sᵢ/Sᵢ₋₁) of consecutive rows: each row to the
    /// next is one step of the walk, whatever the time between them. u and d are the exponentials
    /// of the mean up and mean down log return, p the share of up moves; an unchanged price is
    /// neither (it is counted, and left out).
    ///
    /// - Throws: ``PriceFileError/Reason/noMoves(ups:downs:)`` naming the file when it has no up
    ///   move or no down move (a walk needs both).
    public func binomialFit() throws(PriceFileError) -> BinomialFit {
        var upSum = 0.0, downSum = 0.0, ups = 0, downs = 0, unchanged = 0
        for (previous, next) in zip(prices, prices.dropFirst()) {
            let r = log(next / previous)
            if r > 0 {
                upSum += r
                ups += 1
            } else if r < 0 {
                downSum += r
                downs += 1
            } else {
                unchanged += 1
            }
        }
        guard ups > 0, downs > 0 else { throw PriceFileError(file: source, .noMoves(ups: ups, downs: downs)) }
        return BinomialFit(
            up: exp(upSum / Double(ups)), down: exp(downSum / Double(downs)),
            upProbability: Double(ups) / Double(ups + downs), ups: ups, downs: downs, unchanged: unchanged
        )
    }
}

