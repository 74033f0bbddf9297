import Foundation
@testable import Report
import Testing

/// A section's heading number comes from its place in ``ReportSection`` among the sections a
/// run shows, and its place on the page from `templates/report.mustache`: the two orders must be
/// one, or a run with a subset of the optional sections numbers them out of order (issue 25:
/// `--cost-bps 20 --hedger-seed 3` read 7, 9, 8, 10).
struct SectionOrderTests {
    @Test func theTemplatePlacesTheSectionsInTheirNumberingOrder() throws {
        let template = try String(contentsOf: BuiltInTemplatesTests.folder.appendingPathComponent("report.mustache"), encoding: .utf8)
        let places = try ReportSection.allCases.map { section in
            let name = String(describing: section)
            return try #require(template.range(of: "{{#\(name)}}"), "templates/report.mustache does not place \(name)").lowerBound
        }
        #expect(places == places.sorted(), "report.mustache's order differs from ReportSection's")
    }
}
