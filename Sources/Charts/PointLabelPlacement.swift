/// Where a point marker's label goes: beside the marker, inside the plot area, over as little
/// data as possible.
enum PointLabelPlacement {
    /// Something a label should not cover, CSS px, and how much covering it costs.
    struct Obstacle: Sendable, Hashable {
        var rect: PlotRect
        var weight: Double
    }

    /// The label box, `size` CSS px, for a marker at `centre` whose ring reaches `radius`.
    ///
    /// Candidates, in order of preference: above right, above left, below right, below left,
    /// right, left, above, below — each pushed inside `plot` (inset 2 px) if it pokes out. The
    /// first with the least total weight of `obstacles` under it wins; a box over the marker
    /// itself costs more than any data.
    static func place(
        size: (width: Double, height: Double),
        centre: (x: Double, y: Double),
        radius: Double,
        plot: PlotRect,
        obstacles: [Obstacle]
    ) -> PlotRect {
        let (width, height) = size
        let offset = radius + Theme.pointLabelOffset
        let origins: [(x: Double, y: Double)] = [
            (centre.x + offset * 0.7, centre.y - offset * 0.7 - height),
            (centre.x - offset * 0.7 - width, centre.y - offset * 0.7 - height),
            (centre.x + offset * 0.7, centre.y + offset * 0.7),
            (centre.x - offset * 0.7 - width, centre.y + offset * 0.7),
            (centre.x + offset, centre.y - height / 2),
            (centre.x - offset - width, centre.y - height / 2),
            (centre.x - width / 2, centre.y - offset - height),
            (centre.x - width / 2, centre.y + offset),
        ]
        let ring = PlotRect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
        let inner = PlotRect(x: plot.minX + 2, y: plot.minY + 2, width: plot.width - 4, height: plot.height - 4)
        var best: (box: PlotRect, cost: Double)?
        for origin in origins {
            let box = PlotRect(
                x: min(max(origin.x, inner.minX), inner.maxX - width),
                y: min(max(origin.y, inner.minY), inner.maxY - height),
                width: width, height: height
            )
            let covered = obstacles.filter { $0.rect.intersects(box) }.reduce(0) { $0 + $1.weight }
            let cost = covered + (box.intersects(ring) ? 1_000 : 0)
            if best == nil || cost < best!.cost { best = (box, cost) }
        }
        return best!.box
    }
}
