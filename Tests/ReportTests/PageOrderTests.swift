import Foundation
@testable import Report
import Testing

/// The page is one ordered list of section types (``ReportViewModel/pageOrder``): it alone decides
/// which sections a run shows, in which order, their heading numbers and the table of contents
/// (issue 25: `--cost-bps 20 --hedger-seed 3` read 7, 9, 8, 10 when the order was stated three
/// times).
@Suite struct PageOrderTests {
    /// Each section's partial, as the built-in ones begin: the numbered heading the page reads.
    static func headingPartial() -> String {
        "<section aria-labelledby=\"{{heading.id}}\">\n<h2 id=\"{{heading.id}}\">{{heading.number}}. {{heading.title}}</h2>\n"
            + "<h3 id=\"{{heading.id}}-detail\">Detail</h3>\n</section>\n"
    }

    @Test func everySectionHasItsOwnIdAndABuiltInPartialWithItsNumberedHeading() throws {
        let ids = ReportViewModel.pageOrder.map { $0.id }
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(Set(ReportViewModel.pageOrder.map { $0.title }).count == ids.count)
        for id in ids {
            let partial = try #require(TemplateSet.builtInSources[id], "no templates/\(id).mustache")
            #expect(partial.hasPrefix("<section aria-labelledby=\"{{heading.id}}\">\n<h2 id=\"{{heading.id}}\">{{heading.number}}. {{heading.title}}</h2>"), "\(id)")
        }
        // The page names no section: it places them in the order it is given.
        let page = try #require(TemplateSet.builtInSources[TemplateSet.pageName])
        #expect(TemplateSet.partialReferences(in: page).map(\.name) == ["style"])
    }

    /// The sections a run may leave out (their `init?` returns nil for some runs); the others
    /// are on every page.
    static let optional: [any PageSection.Type] = [
        BookSection.self, EstimatorsSection.self, HedgeOptionsSection.self, MonteCarloSection.self,
        HedgeVolatilitySection.self, RulesSection.self, WrongInformationSection.self,
    ]

    /// Every combination of the optional sections (2⁷), rendered through the built-in page: the
    /// headings stand in page order, numbered 1, 2, 3, … without a gap, and the table of
    /// contents lists exactly them, in the same order, with the same numbers.
    @Test func everyCombinationOfSectionsIsNumberedContiguouslyInPageOrderWithItsContents() throws {
        var files = ["report.mustache": try #require(TemplateSet.builtInSources[TemplateSet.pageName]), "style.mustache": ""]
        for type in ReportViewModel.pageOrder { files["\(type.id).mustache"] = Self.headingPartial() }
        let folder = try TemplateSetTests.Folder(files)
        let templates = try TemplateSet.load(directory: folder.path)
        let optional = Set(Self.optional.map { $0.id })
        #expect(optional.isSubset(of: ReportViewModel.pageOrder.map { $0.id }))
        let heading = try Regex(#"<h2 id="([^"]+)">(\d+)\. ([^<]+)</h2>"#, as: (Substring, Substring, Substring, Substring).self)
        for mask in 0..<(1 << Self.optional.count) {
            let left = Set(Self.optional.indices.filter { mask & (1 << $0) == 0 }.map { Self.optional[$0].id })
            let present = ReportViewModel.pageOrder.filter { !left.contains($0.id) }
            let headings = ReportViewModel.headings(present)
            let sections = headings.map { TemplateSet.Section(partial: $0.id, title: $0.title, layers: [["heading": TemplateContext.make($0)]]) }
            let page = try templates.render(["title": "T", "toolVersion": "0"], sections: sections)
            let shown = page.matches(of: heading).map { (id: String($0.1), number: Int($0.2) ?? 0, title: String($0.3)) }
            #expect(shown.map(\.id) == present.map { $0.id }, "without \(left.sorted())")
            #expect(shown.map(\.number) == Array(1...present.count), "without \(left.sorted())")
            #expect(shown.map(\.title) == present.map { $0.title.replacing("&", with: "&amp;") }, "without \(left.sorted())")
            let contents = TableOfContents.headings(in: page)
            #expect(contents.filter { $0.level == 2 }.map(\.text) == shown.map { "\($0.number). \($0.title)" }, "without \(left.sorted())")
            #expect(contents.map(\.id) == present.flatMap { [$0.id, "\($0.id)-detail"] }, "without \(left.sorted())")
        }
    }

    /// A templates folder without a section's partial is refused before any work, naming the file
    /// and the section (it would otherwise be found only once the page is rendered).
    @Test func folderWithoutASectionsPartialIsRefusedNamingItAndTheSection() throws {
        var files = TemplateSet.builtInSources.mapValues { $0 }
        files.removeValue(forKey: RulesSection.id)
        let folder = try TemplateSetTests.Folder(Dictionary(uniqueKeysWithValues: files.map { ("\($0.key).mustache", $0.value) }))
        let templates = try TemplateSet.load(directory: folder.path)
        let error = try #require(throws: ReportError.self) { try templates.checkSectionPartials(ReportViewModel.partials) }
        guard case let .templateSectionMissing(named, partial, section) = error.reason else { Issue.record("\(error)"); return }
        #expect(named == folder.path && partial == "rules" && section == RulesSection.title)
        #expect(error.description == "templates: the templates folder \(folder.path) has no rules.mustache, the partial of the section “\(RulesSection.title)”")
        #expect(error.isBadInputData && !error.isInputOutputFailure)
        #expect(throws: Never.self) { try TemplateSet.builtIn().checkSectionPartials(ReportViewModel.partials) }
    }
}
