import Testing
@testable import Charts

/// (format, value, step, label): the report's conventions, typographic minus U+2212.
private let labels: [(TickFormat, Double, Double, String)] = [
    (.number, 0, 20, "0"),
    (.number, 1_250, 250, "1,250"),
    (.number, 1_234_567, 500_000, "1,234,567"),
    (.number, -1_250, 250, "\u{2212}1,250"),
    (.number, 0.25, 0.25, "0.25"),
    (.number, 0.5, 0.25, "0.50"),
    (.number, 7.5, 2.5, "7.5"),
    (.number, 10, 2.5, "10.0"),
    (.number, 0.3, 0.1, "0.3"),
    (.number, -0.0000001, 0.1, "0.0"),
    (.number, 2e-6, 1e-6, "0.000002"),
    (.currency, -40, 20, "\u{2212}$40"),
    (.currency, 1_250, 250, "$1,250"),
    (.currency, -1_250.5, 0.5, "\u{2212}$1,250.5"),
    (.currency, 260, 10, "$260"),
    (.currency, 0, 10, "$0"),
    (.percent, 0.25, 0.05, "25%"),
    (.percent, -0.1, 0.05, "\u{2212}10%"),
    (.percent, 0.125, 0.025, "12.5%"),
    (.percent, 1.5, 0.5, "150%"),
]

@Test(arguments: labels)
func tickLabelsFollowTheFormat(format: TickFormat, value: Double, step: Double, expected: String) {
    #expect(format.label(value, step: step) == expected)
}

/// (step, decimals): just enough to tell neighbouring ticks apart.
private let decimals: [(Double, Int)] = [(100, 0), (5, 0), (2.5, 1), (0.25, 2), (0.1, 1), (0.05, 2), (1e-4, 4)]

@Test(arguments: decimals)
func decimalsAreJustEnoughForTheStep(step: Double, expected: Int) {
    #expect(TickFormat.decimals(forStep: step) == expected)
}
