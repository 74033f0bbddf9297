import MarketData
import Testing

/// Cells that cannot be used: each error names the file, the line (header = line 1), the
/// column as the header writes it, the value, and what is allowed.
struct BadCellTests {
    static let prices: [BadInput] = [
        .init("non-numeric close", "date,close\n2023-06-16,261.49\n2023-06-20,abc\n",
              line: 3, column: "close", value: "abc", allowed: "is not a number (expected a price in USD per share"),
        .init("empty price cell", "Date,Close\n2023-06-16,\n2023-06-20,274.45\n",
              line: 2, column: "Close", allowed: "empty cell (expected a price"),
        .init("zero price", "date,price\n2023-06-16,0\n2023-06-20,274.45\n",
              line: 2, column: "price", value: "0", allowed: "is not greater than 0"),
        .init("negative price", "date,close\n2023-06-16,261.49\n2023-06-20,-274.45\n",
              line: 3, column: "close", value: "-274.45", allowed: "is not greater than 0"),
        .init("negative dollar price", "Date,Close/Last\n06/20/2023,$-274.45\n06/16/2023,$261.49\n",
              line: 2, column: "Close/Last", value: "$-274.45", allowed: "is not greater than 0"),
        .init("NaN price", "date,close\n2023-06-16,NaN\n2023-06-20,274.45\n",
              line: 2, column: "close", value: "NaN", allowed: "is not a finite number"),
        .init("infinite price", "date,close\n2023-06-16,261.49\n2023-06-20,inf\n",
              line: 3, column: "close", value: "inf", allowed: "is not a finite number"),
        .init("price overflowing a Double", "date,close\n2023-06-16,261.49\n2023-06-20,1e999\n",
              line: 3, column: "close", value: "1e999", allowed: "is not a finite number"),
        .init("price past a billion", "date,close\n2023-06-16,261.49\n2023-06-20,1e300\n",
              line: 3, column: "close", value: "1e300", allowed: "is out of range (expected a price in USD per share from 0.000001 to 1,000,000,000"),
        .init("price below a millionth", "date,close\n2023-06-16,261.49\n2023-06-20,1e-9\n",
              line: 3, column: "close", value: "1e-9", allowed: "is out of range"),
        .init("hexadecimal price", "date,close\n2023-06-16,0x10\n2023-06-20,274.45\n",
              line: 2, column: "close", value: "0x10", allowed: "is not a number"),
        .init("decimal comma", "date,close\n2023-06-16,\"261,49\"\n2023-06-20,274.45\n",
              line: 2, column: "close", value: "261,49", allowed: "is not a thousands separator (expected a price in USD per share from 0.000001 to 1,000,000,000, e.g. 261.49"),
        .init("comma that may be a decimal comma, no decimal point in the column",
              "date,close\n2023-06-16,\"261,490\"\n2023-06-20,\"274,450\"\n",
              line: 2, column: "close", value: "261,490",
              allowed: "could be 261490 (a thousands separator) or 261.490 (a decimal comma)"),
        .init("unquoted thousands separator", "date,close\n2023-06-16,261.49\n2023-06-20,1,234.50\n",
              line: 3, value: "234.50", allowed: "must be quoted, e.g. \"1,234.50\""),
    ]

    static let volatilities: [BadInput] = [
        .init("zero iv", "date,close,iv\n2023-06-16,261.49,0\n2023-06-20,274.45,0.6\n",
              line: 2, column: "iv", value: "0", allowed: "from 0.0001 to 10"),
        // Subnormal: σ·√τ underflows (issue 24: exit 70, "gamma: -nan").
        .init("subnormal iv", "date,close,iv\n2023-06-16,261.49,0.6\n2023-06-20,274.45,5e-324\n",
              line: 3, column: "iv", value: "5e-324", allowed: "is out of range (expected an implied volatility per √year from 0.0001 to 10"),
        .init("negative iv", "date,close,iv\n2023-06-16,261.49,0.6\n2023-06-20,274.45,-0.6\n",
              line: 3, column: "iv", value: "-0.6", allowed: "is not greater than 0"),
        .init("iv above 10", "date,close,IV\n2023-06-16,261.49,12\n2023-06-20,274.45,0.6\n",
              line: 2, column: "IV", value: "12", allowed: "is too large"),
        .init("percentage without a % sign", "date,close,iv\n2023-06-16,261.49,61\n2023-06-20,274.45,0.6\n",
              line: 2, column: "iv", value: "61", allowed: "or a percentage, e.g. 61%"),
        .init("non-numeric iv", "date,close,iv\n2023-06-16,261.49,high\n2023-06-20,274.45,0.6\n",
              line: 2, column: "iv", value: "high", allowed: "is not a number"),
        .init("empty iv", "date,close,iv\n2023-06-16,261.49,0.6\n2023-06-20,274.45,\n",
              line: 3, column: "iv", allowed: "empty cell (expected an implied volatility"),
    ]

    static let dates: [BadInput] = [
        .init("day that does not exist", "date,close\n2023-02-29,261.49\n2023-03-01,274.45\n",
              line: 2, column: "date", value: "2023-02-29", allowed: "is not a date (expected a date YYYY-MM-DD"),
        .init("day-first date", "Date,Close\n16/06/2023,261.49\n20/06/2023,274.45\n",
              line: 2, column: "Date", value: "16/06/2023", allowed: "US M/D/YYYY"),
        .init("two-digit year", "Date,Close\n6/16/23,261.49\n6/20/23,274.45\n",
              line: 2, column: "Date", value: "6/16/23", allowed: "is not a date"),
        .init("date with a time of day", "date,close\n2023-06-16 09:30:00,261.49\n2023-06-16 09:31:00,261.50\n",
              line: 2, column: "date", value: "2023-06-16 09:30:00", allowed: "is not a date"),
        .init("empty date", "date,close\n2023-06-16,261.49\n,274.45\n",
              line: 3, column: "date", allowed: "empty cell (expected a date"),
        .init("non-numeric time", "t,price\n0,100\nlater,101\n",
              line: 3, column: "t", value: "later", allowed: "expected a time in years"),
    ]

    @Test(arguments: prices)
    func rejectsBadPriceNamingLineColumnAndValue(_ input: BadInput) throws {
        try input.check()
    }

    @Test(arguments: volatilities)
    func rejectsBadImpliedVolatilityNamingLineColumnAndValue(_ input: BadInput) throws {
        try input.check()
    }

    @Test(arguments: dates)
    func rejectsBadDateOrTimeNamingLineColumnAndValue(_ input: BadInput) throws {
        try input.check()
    }
}
