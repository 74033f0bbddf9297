import Foundation
import Testing
@testable import Charts

/// A linear axis's scale is computed from the least and greatest finite value
/// (``ChartLayout/finiteExtremes(_:)``) instead of every point: the same scale, bit for bit,
/// for any data, including non-finite values, signed zeros, values past the ±10³⁰⁰ clamp and
/// sticky edges.
struct ScaleExtremesTests {
    static let data: [[Double]] = [
        [],
        [.nan, .infinity],
        [0, -0.0, 0],
        [-0.0, 0, 5],
        [5, 0, -0.0],
        [3, .nan, -2, .infinity, 7, -.infinity],
        [2e300, 3e300, -5e300],
        [260, 260, 260],
        [.leastNonzeroMagnitude, -.leastNonzeroMagnitude],
        (0..<23_597).map { 261.4899 * exp(0.0003 * sin(Double($0))) },
    ]

    @Test(arguments: data)
    func scaleFromTheExtremesEqualsTheScaleFromEveryValue(values: [Double]) {
        let extremes = ChartLayout.finiteExtremes(values)
        #expect(extremes.count <= 2)
        for includes in [[], [0.0], [-0.0], [300.0]] {
            for sticky in [[], [0.0]] {
                for target in 2...7 {
                    let all = NiceScale(covering: values, includes: includes, targetTickCount: target, padding: 0.05, sticky: sticky)
                    let two = NiceScale(covering: extremes, includes: includes, targetTickCount: target, padding: 0.05, sticky: sticky)
                    #expect(
                        [all.lower, all.upper, all.step].map(\.bitPattern) == [two.lower, two.upper, two.step].map(\.bitPattern)
                            && all.ticks.map(\.bitPattern) == two.ticks.map(\.bitPattern),
                        "\(values.prefix(6)) includes \(includes) sticky \(sticky) target \(target)"
                    )
                }
            }
        }
    }
}
