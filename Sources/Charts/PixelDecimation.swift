/// Fewer points with the same picture: a series of tens of thousands of points is reduced, in
/// pixel space, to what a screen or a 2× PNG can show.
///
/// The plot is cut into columns of ``columnWidth`` CSS px. For a line, each column keeps its
/// first and last points and the points of its lowest and highest y, in their order along x
/// (the "M4" reduction of Jugel et al., *M4: A Visualization-Oriented Time Series Data
/// Aggregation*, VLDB 2014): the polyline through them covers exactly the pixels the full one
/// covers, so every spike, jump and extreme stays, and a series costs at most four points per
/// column whatever its length. Markers that land on the same quarter-pixel are drawn once;
/// bars narrower than a column become, per column, the tallest bar above zero and the deepest
/// below. A series with no more points than its plot has columns is left as it is.
enum PixelDecimation {
    /// Width of a column, CSS px: half a pixel, one device pixel of the 2× PNG.
    static let columnWidth = 0.5

    /// The polyline through `points` (CSS px, x non-decreasing) reduced to at most four points
    /// per column; `points` itself when it is no longer than `columns`.
    static func polyline(_ points: [(x: Double, y: Double)], columns: Int) -> [(x: Double, y: Double)] {
        guard points.count > max(columns, 4) else { return points }
        var reduced = [(x: Double, y: Double)]()
        reduced.reserveCapacity(4 * columns + 4)
        var start = 0
        while start < points.count {
            let column = Self.column(points[start].x)
            var end = start + 1
            var lowest = start, highest = start
            while end < points.count, Self.column(points[end].x) == column {
                if points[end].y < points[lowest].y { lowest = end }
                if points[end].y > points[highest].y { highest = end }
                end += 1
            }
            var kept = [start, lowest, highest, end - 1]
            kept.sort()
            var previous = -1
            for index in kept where index != previous {
                reduced.append(points[index])
                previous = index
            }
            start = end
        }
        return reduced
    }

    /// The markers at `points` (CSS px) with those that fall on a quarter-pixel already drawn
    /// left out; `points` itself when it is no longer than `columns`.
    static func markers(_ points: [(x: Double, y: Double)], columns: Int) -> [(x: Double, y: Double)] {
        guard points.count > columns else { return points }
        var seen = Set<SIMD2<Int64>>()
        return points.filter { point in
            guard point.x.isFinite, point.y.isFinite else { return true }
            return seen.insert(SIMD2(Int64((point.x * 4).rounded()), Int64((point.y * 4).rounded()))).inserted
        }
    }

    /// Bars at `points` (data units; `x` maps them to CSS px) reduced to the tallest bar above
    /// zero and the deepest below in each column; `points` itself when no longer than `columns`.
    static func bars(_ points: [Point], x: (Double) -> Double, columns: Int) -> [Point] {
        guard points.count > columns else { return points }
        var reduced = [Point]()
        var start = 0
        while start < points.count {
            let column = Self.column(x(points[start].x))
            var end = start + 1
            var highest = start, lowest = start
            while end < points.count, Self.column(x(points[end].x)) == column {
                if points[end].y > points[highest].y { highest = end }
                if points[end].y < points[lowest].y { lowest = end }
                end += 1
            }
            if points[highest].y > 0 { reduced.append(points[highest]) }
            if points[lowest].y < 0 { reduced.append(points[lowest]) }
            start = end
        }
        return reduced
    }

    /// Columns across a plot `width` CSS px wide.
    static func columns(width: Double) -> Int {
        max(Int((width / columnWidth).rounded(.up)), 1)
    }

    private static func column(_ x: Double) -> Int64 {
        x.isFinite ? Int64((x / columnWidth).rounded(.down)) : Int64.min
    }
}
