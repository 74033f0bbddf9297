import Foundation
import MarketData
import Testing

/// The real-world export in the repository's `data/` (see its README): a Nasdaq-style file
/// with US dates, `Date,Close,Volume,Open,High,Low`, eight empty trailing columns and CRLF
/// line ends, read exactly as it is.
struct RealFileTests {
    /// `data/…` in the package root, which is two levels above this file. A missing file
    /// fails the test through the reader's not-found error; it never skips.
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // MarketDataTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root
        .appendingPathComponent("data/TSLA-2019-07-29_2020-07-27-nasdaq-export.csv")
        .path

    @Test func readsAllRowsOfTheRealTeslaExportOldestFirst() throws {
        let series = try PriceSeries(contentsOfFile: Self.path)
        // Expected values copied from the file itself (first and last data rows).
        #expect(series.count == 252)
        #expect(series.dates?.first == .iso("2019-07-29"))
        #expect(series.prices.first == 235.77)
        #expect(series.dates?.last == .iso("2020-07-27"))
        #expect(series.prices.last == 1539.6)
        #expect(series.lines.first == 2)
        #expect(series.lines.last == 253)
        #expect(series.times == nil)
        #expect(series.impliedVolatilities == nil)
        #expect(series.source == Self.path)
    }

    @Test func realTeslaExportKeepsItsLowAndHighCloses() throws {
        let series = try PriceSeries(contentsOfFile: Self.path)
        // From the file: lowest close 211.40 on 8/23/2019 (line 21), highest 1643 on 7/20/2020 (line 248).
        let low = try #require(series.prices.indices.min { series.prices[$0] < series.prices[$1] })
        let high = try #require(series.prices.indices.max { series.prices[$0] < series.prices[$1] })
        #expect(series.prices[low] == 211.4)
        #expect(series.dates?[low] == .iso("2019-08-23"))
        #expect(series.lines[low] == 21)
        #expect(series.prices[high] == 1643)
        #expect(series.dates?[high] == .iso("2020-07-20"))
    }

    @Test func realTeslaExportBecomesAPathOfOneYearACT365() throws {
        let path = try PriceSeries(contentsOfFile: Self.path).pricePath()
        #expect(path.times.count == 252)
        #expect(path.times.first == 0)
        // 2019-07-29 → 2020-07-27 spans 29 February 2020: 364 calendar days.
        #expect(path.times.last == 364.0 / 365.0)
        #expect(path.spots.first == 235.77)
        #expect(zip(path.times, path.times.dropFirst()).allSatisfy { $0 < $1 })
    }
}
