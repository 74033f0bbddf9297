import Foundation
import MarketData
import Testing

/// The files users download, read as they come. Prices here are illustrative, shaped like
/// each source's export; they are not quotes.
struct ExportFormatTests {
    @Test func yahooExportUsesCloseNotAdjustedClose() throws {
        let series = try Fixture.read("""
            Date,Open,High,Low,Close,Adj Close,Volume
            2023-06-14,260.170013,261.570007,250.500000,256.790009,254.100000,170575500
            2023-06-15,248.399994,258.950012,247.289993,255.899994,253.200000,160171200
            2023-06-16,258.920013,263.600006,257.209991,260.540009,257.800000,165507000

            """)
        #expect(series.dates == [.iso("2023-06-14"), .iso("2023-06-15"), .iso("2023-06-16")])
        #expect(series.prices == [256.790009, 255.899994, 260.540009])
        #expect(series.lines == [2, 3, 4])
    }

    @Test func nasdaqExportIsReversedToOldestFirstAndLosesItsDollarSigns() throws {
        let series = try Fixture.read("""
            Date,Close/Last,Volume,Open,High,Low
            06/16/2023,$260.54,165507000,$258.92,$263.60,$257.21
            06/15/2023,$255.90,160171200,$248.40,$258.95,$247.29
            06/14/2023,$256.79,170575500,$260.17,$261.57,$250.50
            """)
        #expect(series.dates == [.iso("2023-06-14"), .iso("2023-06-15"), .iso("2023-06-16")])
        #expect(series.prices == [256.79, 255.90, 260.54])
        #expect(series.lines == [4, 3, 2])
        #expect(series.pricePath().times == [0, 1.0 / 365, 2.0 / 365])
    }

    @Test func olderNasdaqExportWithSpacesAfterCommasIsRead() throws {
        let series = try Fixture.read("""
            Date, Close/Last, Volume, Open, High, Low
            07/27/2020, $1539.6, 16048670, $1435, $1547.94, $1413.0003
            07/24/2020, $1417, 19396620, $1416.01, $1465, $1366.5401
            """)
        #expect(series.prices == [1417, 1539.6])
    }

    @Test func commaBeforeThreeDigitsSeparatesThousandsWhereTheColumnWritesDecimalPoints() throws {
        // '1,274' alone could be 1.274 in a European file; '1,261.49' shows this one writes
        // decimals with points.
        let series = try Fixture.read("date,close\n2023-06-16,\"1,261.49\"\n2023-06-20,\"1,274\"\n")
        #expect(series.prices == [1_261.49, 1_274])
    }

    @Test func byteOrderMarkCRLFQuotesAndBlankTrailingLinesAreAccepted() throws {
        let series = try Fixture.read(
            "\u{FEFF}Date,Close\r\n2023-06-16,\"1,234.50\"\r\n\"2023-06-20\",\"$1,240.00\"\r\n2023-06-21, \" 1,250 \"\r\n\r\n\r\n"
        )
        #expect(series.dates == [.iso("2023-06-16"), .iso("2023-06-20"), .iso("2023-06-21")])
        #expect(series.prices == [1234.50, 1240, 1250])
    }

    @Test func carriageReturnLineEndsAreAccepted() throws {
        let series = try Fixture.read("date,close\r2023-06-16,261.49\r2023-06-20,274.45\r")
        #expect(series.prices == [261.49, 274.45])
        #expect(series.lines == [2, 3])
    }

    @Test func headersMatchInAnyCaseWithSpacesAndUnderscores() throws {
        let series = try Fixture.read("""
             DATE , PRICE ,Implied_Volatility
            2023-06-16,261.49,0.6056214
            2023-06-20,274.45,0.58
            """)
        #expect(series.prices == [261.49, 274.45])
        #expect(series.impliedVolatilities == [0.6056214, 0.58])
    }

    @Test func timeColumnGivesYearsShiftedToStartAtZero() throws {
        let series = try Fixture.read("""
            t,price
            0.5,100
            0.75,101.25
            1,99.5
            """)
        #expect(series.dates == nil)
        #expect(series.times == [0.5, 0.75, 1])
        #expect(series.pricePath() == .init(times: [0, 0.25, 0.5], spots: [100, 101.25, 99.5]))
    }

    @Test func timeColumnIsPreferredToDatesForTheTimes() throws {
        let series = try Fixture.read("""
            date,t,close
            2023-06-16,0,261.49
            2023-06-20,0.01,274.45
            """)
        #expect(series.dates == [.iso("2023-06-16"), .iso("2023-06-20")])
        #expect(series.pricePath().times == [0, 0.01])
    }

    @Test func impliedVolatilityIsAFractionOrAPercentage() throws {
        let series = try Fixture.read("""
            date,close,iv
            2023-06-16,261.49,0.6056214
            2023-06-20,274.45,61%
            2023-06-21,259.46,58.5 %
            2023-06-22,264.61,1.5
            """)
        #expect(series.impliedVolatilities == [0.6056214, 0.61, 0.585, 1.5])
    }

    @Test func quotedCellSpanningLinesKeepsLaterLineNumbersRight() throws {
        let series = try Fixture.read("""
            date,close,note
            2023-06-16,261.49,"split
            across two lines"
            2023-06-20,274.45,
            """)
        #expect(series.lines == [2, 4])
        let error = try Fixture.error("""
            date,close,note
            2023-06-16,261.49,"split
            across two lines"
            2023-06-20,abc,
            """)
        #expect(error.line == 4)
    }

    @Test func otherColumnsAndEmptyTrailingCellsAreIgnored() throws {
        let series = try Fixture.read("""
            Symbol,Date,Close,,
            TSLA,2023-06-16,261.49,,
            TSLA,2023-06-20,274.45
            """)
        #expect(series.prices == [261.49, 274.45])
    }

    @Test func priceColumnPrefersCloseToPrice() throws {
        let series = try Fixture.read("date,price,close\n2023-06-16,1,261.49\n2023-06-20,2,274.45\n")
        #expect(series.prices == [261.49, 274.45])
    }

    @Test func seriesEncodesDatesAsISOStrings() throws {
        let series = try Fixture.read("Date,Close\n7/29/2019,235.77\n7/30/2019,242.26\n")
        let json = try String(decoding: JSONEncoder().encode(series.dates), as: UTF8.self)
        #expect(json == #"["2019-07-29","2019-07-30"]"#)
        #expect(try JSONDecoder().decode(PriceSeries.self, from: JSONEncoder().encode(series)) == series)
    }
}
