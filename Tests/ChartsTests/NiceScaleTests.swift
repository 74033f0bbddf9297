import Foundation
import Testing
@testable import Charts

/// Ranges a report can meet, degenerate ones included: (values, includes).
private let ranges: [([Double], [Double])] = [
    ([0, 100], []),
    ([-40, 1_250], []),
    ([234.6, 277.9], []),
    ([0.001, 0.0013], []),
    ([-0.37, 0.12], [0]),
    ([12, 18], [0]),
    ([-5e9, 3e10], []),
    ([1e-9, 3e-9], []),
    ([260], []),
    ([0], []),
    ([-7.5, -7.5, -7.5], []),
    ([], []),
    ([], [0]),
    ([1e16, 1e16 + 2], []),
    ([-1e300, 1e300], []),
    ([.leastNonzeroMagnitude, 2 * .leastNonzeroMagnitude], []),
    ([.nan, 3, .infinity, 4], []),
]

@Test(arguments: ranges)
func ticksAreRoundAndCoverTheData(values: [Double], includes: [Double]) {
    let scale = NiceScale(covering: values, includes: includes)
    let data = (values + includes).filter(\.isFinite)
    #expect(scale.lower.isFinite && scale.upper.isFinite && scale.step.isFinite)
    #expect(scale.lower < scale.upper)
    #expect(data.allSatisfy { scale.lower <= $0 && $0 <= scale.upper })
    #expect((2...10).contains(scale.ticks.count), "\(scale.ticks)")
    #expect(scale.ticks.allSatisfy { scale.lower <= $0 && $0 <= scale.upper })
    #expect(zip(scale.ticks, scale.ticks.dropFirst()).allSatisfy { $0 < $1 })
    let exponent = (log10(scale.step)).rounded(.down)
    let mantissa = scale.step / pow(10, exponent)
    #expect([1, 2, 2.5, 5, 10].contains { abs(mantissa - $0) < 1e-9 }, "step \(scale.step)")
}

/// Expected ticks, matplotlib-like: the data range plus 5 % on each side, round steps.
private let expectedTicks: [(values: [Double], ticks: [Double])] = [
    ([0, 100], [0, 20, 40, 60, 80, 100]),
    ([-40, 1_250], [0, 250, 500, 750, 1_000, 1_250]),
    ([0, 1], [0, 0.2, 0.4, 0.6, 0.8, 1]),
    ([234.6, 277.9], [240, 250, 260, 270, 280]),
    ([260], [240, 250, 260, 270, 280]),
    ([0], [-1, -0.5, 0, 0.5, 1]),
]

@Test(arguments: expectedTicks)
func ticksMatchHandPickedValues(values: [Double], ticks: [Double]) {
    let scale = NiceScale(covering: values)
    #expect(scale.ticks.count == ticks.count, "\(scale.ticks)")
    for (expected, actual) in zip(ticks, scale.ticks) {
        #expect(abs(expected - actual) <= 1e-12 * max(1, abs(expected)), "\(scale.ticks)")
    }
}

@Test func axisRangeAddsFivePercentPaddingOnEachSide() {
    let scale = NiceScale(covering: [10, 30])
    #expect(abs(scale.lower - 9) < 1e-12)
    #expect(abs(scale.upper - 31) < 1e-12)
}

@Test func fewerTicksWhenTheTargetIsSmaller() {
    let dense = NiceScale(covering: [0, 100], targetTickCount: 11)
    let sparse = NiceScale(covering: [0, 100], targetTickCount: 3)
    #expect(dense.ticks.count > sparse.ticks.count)
    #expect(sparse.ticks.count >= 2)
}

@Test func extremeMagnitudesAreCappedNotTurnedIntoNaN() {
    let scale = NiceScale(covering: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude])
    #expect(scale.lower.isFinite && scale.upper.isFinite && scale.step > 0)
    #expect(scale.lower <= -1e300 && scale.upper >= 1e300)
    #expect(scale.ticks.allSatisfy { $0.isFinite })
}
