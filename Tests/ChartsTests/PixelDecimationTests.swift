import Foundation
import Testing
@testable import Charts

/// Long series are reduced to what the pixels show, and nothing a reader could see is lost.
struct PixelDecimationTests {
    /// 20,708 points — a minute-by-minute run to expiry — across a 600 px plot, with spikes.
    static let long: [(x: Double, y: Double)] = (0..<20_708).map { i in
        let x = 40 + 600 * Double(i) / 20_707
        let spike = i % 997 == 0 ? 80.0 : 0
        return (x, 200 + 50 * sin(Double(i) / 300) + 3 * sin(Double(i) * 1.7) - spike)
    }

    static func envelope(_ points: [(x: Double, y: Double)]) -> [Int64: (Double, Double)] {
        var columns = [Int64: (Double, Double)]()
        for point in points {
            let column = Int64((point.x / PixelDecimation.columnWidth).rounded(.down))
            let (low, high) = columns[column] ?? (point.y, point.y)
            columns[column] = (min(low, point.y), max(high, point.y))
        }
        return columns
    }

    @Test func polylineKeepsEveryColumnsExtremesAndEnds() {
        let columns = PixelDecimation.columns(width: 600)
        let reduced = PixelDecimation.polyline(Self.long, columns: columns)
        #expect(reduced.count <= 4 * (columns + 1))
        #expect(reduced.count < Self.long.count / 4)
        #expect(reduced.first! == Self.long.first! && reduced.last! == Self.long.last!)
        let full = Self.envelope(Self.long), kept = Self.envelope(reduced)
        #expect(full.count == kept.count)
        for (column, extremes) in full {
            #expect(kept[column]! == extremes, "column \(column)")
        }
        // Every spike (y 80 px higher on screen) survives.
        #expect(reduced.filter { $0.y < 130 }.count == Self.long.filter { $0.y < 130 }.count)
    }

    @Test func polylineKeepsTheOrderAlongX() {
        let reduced = PixelDecimation.polyline(Self.long, columns: 1_200)
        #expect(zip(reduced, reduced.dropFirst()).allSatisfy { $0.x <= $1.x })
    }

    @Test func shortSeriesAreLeftAsTheyAre() {
        let short = Array(Self.long.prefix(500))
        #expect(PixelDecimation.polyline(short, columns: 1_200).count == 500)
        #expect(PixelDecimation.markers(short, columns: 1_200).count == 500)
    }

    @Test func markersOnTheSameQuarterPixelAreDrawnOnce() {
        let points = (0..<5_000).map { i in (x: 100 + Double(i % 10) * 0.01, y: 50.0) }
        let reduced = PixelDecimation.markers(points, columns: 100)
        // x runs 100.00 … 100.09: quarter-pixels 400 (100.00–100.12).
        #expect(reduced.count == 1)
    }

    @Test func barsKeepTheTallestAndDeepestOfEachColumn() {
        var points = [Point]()
        for i in 0..<10_000 {
            let y: Double = i == 5_000 ? -9 : (i == 7_777 ? 12 : Double(i % 7) - 3)
            points.append(Point(x: Double(i), y: y))
        }
        let reduced = PixelDecimation.bars(points, x: { $0 * 0.06 }, columns: 1_200)
        let heights = reduced.map { (point: Point) in point.y }
        #expect(reduced.count <= 2 * 1_200 + 2)
        #expect(reduced.contains(Point(x: 5_000, y: -9)))
        #expect(reduced.contains(Point(x: 7_777, y: 12)))
        #expect(heights.max() == 12 && heights.min() == -9)
    }
}
