import Testing
@testable import Report

struct NumberFormatTests {
    @Test(arguments: [
        (1234.5, "$1,234.50"), (-40, "−\u{2060}$40.00"), (0, "$0.00"), (-0.001, "$0.00"), (1_000_000, "$1,000,000.00"),
    ])
    func moneyHasSeparatorsAndTypographicMinus(value: Double, expected: String) {
        #expect(NumberFormat.money(value) == expected)
    }

    @Test(arguments: [(12.3, "+\u{2060}$12.30"), (-4.2, "−\u{2060}$4.20"), (0.0001, "$0.00")])
    func signedMoneyShowsTheSign(value: Double, expected: String) {
        #expect(NumberFormat.signedMoney(value) == expected)
    }

    /// A study's figure and its standard error, as every table and sentence of the study writes them.
    @Test func aFigureWithItsStandardErrorInDollars() {
        #expect(NumberFormat.withStandardError(NumberFormat.signedMoney(12.3), 0.4) == "+\u{2060}$12.30 ± $0.40")
        #expect(NumberFormat.withStandardError(NumberFormat.money(1234.5), 12.35) == "$1,234.50 ± $12.35")
    }

    @Test func plainNumbersAreMachineReadable() {
        #expect(NumberFormat.plain(-1234.5, decimals: 2) == "-1234.50")
        #expect(NumberFormat.plain(-0.0000001, decimals: 6) == "0.000000")
        #expect(NumberFormat.percent(0.6056214, decimals: 2) == "60.56%")
    }
}
