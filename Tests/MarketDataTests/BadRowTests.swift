import MarketData
import Testing

/// Rows that are missing cells, repeat or break the order, and files with too few rows.
struct BadRowTests {
    static let rows: [BadInput] = [
        .init("row with fewer cells than the header", "date,close,iv\n2023-06-16,261.49,0.6\n2023-06-20,274.45\n",
              line: 3, column: "iv", allowed: "the row has 2 cells but the header has 3 columns"),
        .init("row with only a date", "Date,Close\n2023-06-16\n2023-06-20,274.45\n",
              line: 2, column: "Close", allowed: "the row has 1 cell but the header has 2 columns"),
        .init("duplicate date", "date,close\n2023-06-16,261.49\n2023-06-16,274.45\n",
              line: 3, column: "date", value: "2023-06-16", allowed: "repeats line 2 (expected each date once)"),
        .init("unsorted dates", "date,close\n2023-06-16,261.49\n2023-06-20,274.45\n2023-06-19,259.46\n",
              line: 4, column: "date", value: "2023-06-19", allowed: "after '2023-06-20' on line 3, and the rows before run oldest first"),
        .init("newest-first dates that turn back", "Date,Close\n06/20/2023,274.45\n06/16/2023,261.49\n06/21/2023,259.46\n",
              line: 4, column: "Date", value: "06/21/2023", allowed: "after '06/16/2023' on line 3, and the rows before run newest first"),
        .init("duplicate time", "t,price\n0,100\n0.1,101\n0.1,102\n",
              line: 4, column: "t", value: "0.1", allowed: "repeats line 3"),
        .init("unsorted times", "t,price\n0,100\n0.1,101\n0.05,102\n",
              line: 4, column: "t", value: "0.05", allowed: "after '0.1' on line 3"),
        .init("one row of prices", "date,close\n2023-06-16,261.49\n\n",
              line: 2, allowed: "only one row of prices (expected at least two"),
        .init("header only", "date,close\r\n", line: 1, allowed: "a header but no rows of prices"),
        .init("empty file", "", line: nil, allowed: "the file is empty or blank (expected a header such as 'date,close'"),
        .init("blank lines only", "\n \r\n\n", line: nil, allowed: "the file is empty or blank"),
        .init("no date column", "Day,Close\n1,261.49\n2,274.45\n",
              line: 1, allowed: "no date or time column in the header (accepted names, in any case: 'date', 't', 'years'); columns found: 'Day', 'Close'"),
        .init("data but no header", "2023-06-16,261.49\n2023-06-20,274.45\n",
              line: 1, allowed: "no date or time column in the header (accepted names, in any case: 'date', 't', 'years'); columns found: '2023-06-16', '261.49'"),
        .init("adjusted close but no close", "Date,Open,Adj Close\n2023-06-16,257.5,261.49\n2023-06-20,262,274.45\n",
              line: 1, allowed: "no price column in the header (accepted names, in any case: 'close', 'close/last', 'price'); columns found: 'Date', 'Open', 'Adj Close'"),
    ]

    @Test(arguments: rows)
    func rejectsBadRowOrHeaderNamingTheLine(_ input: BadInput) throws {
        try input.check()
    }

    @Test func rejectsMoreRowsThanTheLimitNamingTheLineAndLimit() throws {
        let input = BadInput(
            "four rows, limit three", "date,close\n2023-06-16,1\n\n2023-06-20,2\n2023-06-21,3\n2023-06-22,4\n",
            line: 6, allowed: "more than 3 rows of prices, the limit"
        )
        try input.check(reader: PriceFileReader(maximumRows: 3))
    }

    @Test func readsExactlyAsManyRowsAsTheLimit() throws {
        let series = try Fixture.read("date,close\n2023-06-16,1\n2023-06-20,2\n2023-06-21,3\n", reader: PriceFileReader(maximumRows: 3))
        #expect(series.count == 3)
    }

    @Test func defaultLimitIsOneMillionRows() {
        #expect(PriceFileReader().maximumRows == 1_000_000)
        let error = PriceFileError(file: "big.csv", .tooManyRows(line: 1_000_002, limit: 1_000_000))
        #expect(error.description == "big.csv:1000002: more than 1,000,000 rows of prices, the limit (split the file or keep every n-th row)")
    }
}
