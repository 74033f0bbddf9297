import Foundation

extension RandomNumberGenerator {
    /// A uniform draw in the open interval (0, 1), from the top 53 bits of one output.
    @inlinable
    public mutating func nextOpenUnitInterval() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }
}
