import Foundation

extension Comparison {
    /// Renders `compare.html` and `comparison.json` for `runs` (their reports already written
    /// in `directory/<name>/`) and writes them into `directory` through the same all-old-or-all-new
    /// ``OutputFolder`` as a report (DESIGN.md §4: a failed run leaves the folder as it was).
    ///
    /// - Parameters:
    ///   - command: the command line that made the comparison, shown in the footer.
    ///   - described: the flags the sentences name the scenarios by (``Comparison/described``).
    public static func write(
        _ runs: [ComparedRun], command: String, described: [String]? = nil, to directory: String
    ) throws(ReportError) -> Comparison {
        let comparison = Comparison(runs, described: described)
        let figures = try ComparisonCharts.figures(runs, comparison)
        let page = try ComparePage(comparison, command: command, figures: figures).render()
        let json: Data
        do {
            json = try comparison.encoded()
        } catch {
            throw ReportError(step: "render", .stageFailed("cannot encode comparison.json: \(error)"))
        }
        let output = try OutputFolder(path: directory, lockTimeout: .seconds(3))
        do {
            try output.write([
                OutputWriter.File(path: "compare.html", contents: Data(page.utf8)),
                OutputWriter.File(path: "comparison.json", contents: json),
            ])
        } catch {
            output.abandon()
            throw error
        }
        return comparison
    }
}
