import MarketData
import Testing

/// Inputs found while fuzzing the price-file reader (`Fuzz/run price-file`, Fuzz/README.md),
/// read through the public API as `--prices FILE` reads them: each gives a clear error or a
/// valid series, never a trap nor a series that breaks what ``PriceSeries`` promises. Each
/// input is also a seed of `Fuzz/corpus/price-file/`.
struct FuzzRegressionTests {
    /// `Fuzz/corpus/price-file/regression-time-span-overflow.csv`: two finite times,
    /// 2 × 10³⁰⁸ years apart, made ``PriceSeries/yearsFromStart`` `[0, inf]`, and the CLI then
    /// blamed `--interval` for the rebalancing dates of an infinite horizon.
    @Test func timeFartherThanTenThousandYearsFromZeroIsOutOfRange() throws {
        try BadInput(
            "t of -1e308 then 1e308", "t,price\n-1e308,1\n1e308,2\n",
            line: 2, column: "t", value: "-1e308",
            allowed: "is out of range (expected a time in years since the first row, e.g. 0.0027, from -10,000 to 10,000)"
        ).check()
    }

    @Test(arguments: [
        ("t,price\n0,1\n1e308,2\n", 3, "1e308"),
        ("t,price\n10000.0001,1\n0,2\n", 2, "10000.0001"),
        ("date,t,close\n2023-06-16,0,1\n2023-06-20,-1.7976931348623157e308,2\n", 3, "-1.7976931348623157e308"),
    ])
    func timeOutOfRangeIsNamedWithItsLine(text: String, line: Int, value: String) throws {
        try BadInput("time \(value)", text, line: line, column: "t", value: value, allowed: "is out of range").check()
    }

    /// The limits themselves are accepted, and the years between them stay finite.
    @Test func timesAtTheLimitsGiveFiniteYearsFromStart() throws {
        let series = try Fixture.read("t,price\n-10000,1\n10000,2\n")
        #expect(series.yearsFromStart == [0, 20_000])
        #expect(series.pricePath().times == [0, 20_000])
    }
}
