/// Where a reference line's label goes: at the line's right or left end, just above or just
/// below it, wherever the data crosses the label least.
enum ReferenceLabelPlacement {
    /// The label's ground box, `size` CSS px, for a line at `lineY` across `plot`, and whether it
    /// sits above the line.
    ///
    /// Candidates, in order of preference: right end above, right end below, left end above,
    /// left end below; one that would leave the plot area is skipped (above the line only when
    /// `aboveFits`; if none fits, the right end, above when it fits and below otherwise). The first with the least total
    /// weight of `obstacles` under it wins, so an uncrossed line keeps its label at the right end.
    static func place(
        size: (width: Double, height: Double),
        lineY: Double,
        gap: (above: Double, below: Double),
        aboveFits: Bool,
        plot: PlotRect,
        obstacles: [PointLabelPlacement.Obstacle]
    ) -> (box: PlotRect, above: Bool) {
        let (width, height) = size
        let right = plot.maxX - 2 - width
        let left = plot.minX + 2
        let aboveY = lineY - gap.above - height
        let belowY = lineY + gap.below
        let candidates: [(x: Double, y: Double, above: Bool)] = [
            (right, aboveY, true), (right, belowY, false), (left, aboveY, true), (left, belowY, false),
        ]
        var best: (box: PlotRect, above: Bool, cost: Double)?
        for candidate in candidates {
            let box = PlotRect(x: candidate.x, y: candidate.y, width: width, height: height)
            guard candidate.above ? aboveFits : box.maxY <= plot.maxY, box.minX >= plot.minX else { continue }
            let cost = obstacles.filter { $0.rect.intersects(box) }.reduce(0) { $0 + $1.weight }
            if best == nil || cost < best!.cost { best = (box, candidate.above, cost) }
        }
        if let best { return (best.box, best.above) }
        return (PlotRect(x: right, y: aboveFits ? aboveY : belowY, width: width, height: height), aboveFits)
    }
}
