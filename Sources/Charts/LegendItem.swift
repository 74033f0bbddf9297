/// One entry of a panel's legend: a name and a swatch drawn like what it names.
struct LegendItem: Sendable, Hashable {
    /// How the swatch is drawn.
    enum Swatch: Sendable, Hashable {
        case line(width: Double)
        case dashedLine(width: Double)
        case step(width: Double)
        /// A filled square, for bars and histograms.
        case square(opacity: Double)
        case dot
        /// A translucent rectangle, for bands.
        case band(opacity: Double)

        /// The swatch's width, CSS px.
        var width: Double {
            switch self {
            case .line, .dashedLine, .step: Theme.lineSwatchWidth
            case .square: Theme.barSwatchSide
            case .dot: 2 * Theme.pointRadius + 2
            case .band: Theme.bandSwatchWidth
            }
        }
    }

    var name: String
    var colour: ChartColour
    var swatch: Swatch
}

extension ChartPanel {
    /// What the legend lists, in order: histograms, bands, then series; unnamed ones left out.
    var legendItems: [LegendItem] {
        let histograms = self.histograms.map {
            LegendItem(name: $0.name, colour: $0.colour, swatch: .square(opacity: $0.opacity))
        }
        let bands = self.bands.map {
            LegendItem(name: $0.name, colour: $0.colour, swatch: .band(opacity: $0.opacity))
        }
        let series = self.series.map { series -> LegendItem in
            let swatch: LegendItem.Swatch = switch series.style {
            case .line: .line(width: series.lineWidth)
            case .dashedLine: .dashedLine(width: series.lineWidth)
            case .step: .step(width: series.lineWidth)
            case .bars: .square(opacity: 1)
            case .points: .dot
            }
            return LegendItem(name: series.name, colour: series.colour, swatch: swatch)
        }
        return (histograms + bands + series).filter { !$0.name.isEmpty }
    }
}
