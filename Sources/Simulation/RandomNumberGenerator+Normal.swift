import Foundation

extension RandomNumberGenerator {
    /// A uniform draw in the open interval (0, 1), from the top 53 bits of one output.
    @inlinable
    public mutating func nextOpenUnitInterval() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal draw by the Box–Muller transform (one of the pair; the other is
    /// dropped so that each draw uses exactly two outputs and paths stay aligned by index).
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        let radius = (-2 * log(nextOpenUnitInterval())).squareRoot()
        return radius * cos(2 * Double.pi * nextOpenUnitInterval())
    }
}
