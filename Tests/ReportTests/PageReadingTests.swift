import Foundation
import Testing
import Analytics
import Pricing
import Simulation
@testable import Report

/// The page reads anywhere (issue 21): a table of contents linking every heading by a unique
/// id, no sign that a line break can part from its amount, and a phone drawing of every chart
/// whose text shows at 11 CSS px or more in a 375 px window. Checked on pages the pipeline
/// writes in process, for a written call and a bought one, each with its Monte Carlo study.
@Suite(.serialized)
struct PageReadingTests {
    /// The page of a run of ``ValidationCase`` `validation` (the position on `side`), with every
    /// estimator and a small Monte Carlo study.
    static func page(_ validation: ValidationCase, side: PositionSide) throws -> String {
        var scenario = validation.scenario
        scenario.hedge.estimators = HedgeEstimator.allCases
        scenario.position.side = side
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("page-reading-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let pipeline = ReportPipeline(
            scenario: scenario, model: BlackScholesModel(),
            settings: ReportSettings(ticker: "T&<T>", latticeSteps: 20, intervalLabel: "1d", command: "hedge-report"),
            outputDirectory: output,
            monteCarlo: .init(paths: 200, sweep: validation.rebalances, realizedVolatilities: [0.15, 0.25])
        )
        _ = try pipeline.run()
        return try String(contentsOfFile: output + "/report.html", encoding: .utf8)
    }

    static let pages: [(name: String, page: Result<String, any Error>)] = [
        ("short QuantLib call", Result { try page(.quantLib, side: .short) }),
        ("long Hull call", Result { try page(.hull, side: .long) }),
    ]

    /// `html` without the charts, formulas and style sheet: the text a reader sees.
    static func text(_ html: String) -> String {
        var body = html
        for (open, close) in [("<svg", "</svg>"), ("<math", "</math>"), ("<style>", "</style>")] {
            while let start = body.range(of: open), let end = body.range(of: close, range: start.upperBound..<body.endIndex) {
                body.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return body
    }

    @Test func everyHeadingHasAUniqueIDAndAContentsEntry() throws {
        for (name, result) in Self.pages {
            let html = try result.get()
            let headings = TableOfContents.headings(in: html)
            let all = try Regex(#"<h([23])([^>]*)>"#)
            #expect(html.matches(of: all).count == headings.count, "\(name): a heading without an id")
            #expect(headings.filter { $0.level == 2 }.count >= 8, "\(name)")
            #expect(headings.contains { $0.id == "monte-carlo-rebalancing" }, "\(name)")
            let ids = html.matches(of: try Regex(#"\sid="([^"]+)""#)).map { String($0.output[1].substring!) }
            #expect(Set(ids).count == ids.count, "\(name): ids repeat: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
            let nav = try #require(html.range(of: "<nav class=\"toc\""), "\(name): no table of contents")
            let end = try #require(html.range(of: "</nav>", range: nav.upperBound..<html.endIndex))
            let links = html[nav.lowerBound..<end.upperBound].matches(of: try Regex(##"<a href="#([^"]+)">([^<]*)</a>"##))
                .map { (String($0.output[1].substring!), String($0.output[2].substring!)) }
            #expect(links.map(\.0) == headings.map(\.id), "\(name): every heading, in page order")
            // The entries read as the headings do, numbers included: "7. Many paths: …".
            #expect(links.map(\.1) == headings.map(\.text), "\(name)")
            #expect(headings.filter { $0.level == 2 }.enumerated().allSatisfy { $1.text.hasPrefix("\($0 + 1). ") }, "\(name)")
            #expect(html.range(of: TableOfContents.marker) == nil)
            #expect(html.range(of: "<nav")!.lowerBound < html.range(of: "<section")!.lowerBound, "\(name): the contents come before the first section")
        }
    }

    /// Unicode's line breaking keeps a sign with a digit but may break between a sign and `$`:
    /// on the page every sign before `$` carries a word joiner, and no joiner stands elsewhere.
    @Test func noSignCanWrapAwayFromItsAmount() throws {
        for (name, result) in Self.pages {
            let text = Self.text(try result.get())
            let scalars = Array(text.unicodeScalars)
            var joined = 0
            for (index, scalar) in scalars.enumerated() where scalar == "\u{2212}" || scalar == "+" {
                guard index + 1 < scalars.count else { continue }
                let next = scalars[index + 1]
                #expect(next != "$", "\(name): a sign then $ at \(String(String.UnicodeScalarView(scalars[max(0, index - 30)..<min(scalars.count, index + 20)])))")
                if next == "\u{2060}" {
                    joined += 1
                    #expect(index + 2 < scalars.count && scalars[index + 2] == "$", "\(name)")
                }
            }
            #expect(joined > 5, "\(name): the page shows signed amounts of money")
        }
    }

    /// Each figure holds its full-width drawing and its phone drawing: 360 px wide, text drawn at
    /// 12 px or more, so at 375 px (a 351 px text column) it shows at 11 CSS px or more.
    @Test func everyFigureHasANarrowChartLegibleAtPhoneWidth() throws {
        let column = 375 - 2 * 0.8 * 15.0  // style.mustache under 480 px: 15 px text, .8rem padding
        for (name, result) in Self.pages {
            let html = try result.get()
            let figures = html.components(separatedBy: "<figure id=\"figure-").dropFirst()
            #expect(figures.count >= 6, "\(name)")
            for figure in figures {
                let id = String(figure.prefix { $0 != "\"" })
                let narrow = try #require(figure.range(of: "<div class=\"chart-narrow\"><svg"), "\(name): \(id)")
                #expect(figure.range(of: "<div class=\"chart-wide\"><svg") != nil, "\(name): \(id)")
                let root = figure[narrow.upperBound...].prefix { $0 != ">" }
                #expect(root.contains("width=\"\(Int(ReportFigure.narrowWidth))\""), "\(name): \(id)")
                #expect(root.contains("aria-labelledby=\"\(id)-narrow-title \(id)-narrow-desc\""), "\(name): \(id)")
                let smallest = try #require(root.firstMatch(of: try Regex(#"data-smallest-text="([0-9.]+)""#)), "\(name): \(id)")
                let drawn = try #require(Double(String(smallest.output[1].substring!)))
                let shown = drawn * min(column, 480) / ReportFigure.narrowWidth
                #expect(shown >= 11, "\(name): \(id) shows its smallest text at \(shown) px")
            }
        }
    }

    @Test func contentsNestSubsectionsUnderTheirSection() {
        let page = "<h1 id=\"top\">T</h1>\(TableOfContents.marker)<h2 id=\"a\">1. A &amp; <em>b</em></h2><h3 id=\"a-x\">X</h3>"
            + "<h3 id=\"a-y\">Y</h3><h2 id=\"b\">2. B</h2><h3>no id</h3>"
        let filled = TableOfContents.filling(page)
        #expect(filled.contains("<li><a href=\"#a\">1. A &amp; b</a>\n<ol>\n<li><a href=\"#a-x\">X</a></li>\n<li><a href=\"#a-y\">Y</a></li>\n</ol></li>\n<li><a href=\"#b\">2. B</a></li>\n</ol>"))
        #expect(!filled.contains("no id</a>"))
        #expect(TableOfContents.filling("<h2 id=\"a\">A</h2>") == "<h2 id=\"a\">A</h2>", "no marker, no contents")
    }
}
