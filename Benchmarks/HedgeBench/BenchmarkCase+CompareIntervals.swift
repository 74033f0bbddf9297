import Foundation

extension BenchmarkCase {
    /// `hedge-report compare --vary interval=1d,1w,2w` (issue 28) against the three `report`
    /// runs it replaces, one after another, each as a subprocess of the release executable. The
    /// comparison writes the same three reports (two at a time) and the page, so it is held to at
    /// most the separate runs' time (`slowdown ≤ 1×` against the second variant).
    static func compareIntervals(_ program: HedgeReportProcess = .besideThisProgram, paths: Int = 1000) -> BenchmarkCase {
        let study = ["--paths", String(paths), "--quiet"]
        let intervals = ["1d", "1w", "2w"]
        return BenchmarkCase(
            name: "compare-intervals",
            title: "compare --vary interval=1d,1w,2w against three separate report runs",
            timed: """
                wall clock from launch to exit of the release executable: first one \
                `hedge-report compare --vary interval=1d,1w,2w --paths \(paths)` (three full reports in \
                DIR/<name>/, two at a time, compare.html and comparison.json), then three `hedge-report report --interval I --paths \(paths)` one \
                after another. Fresh temporary folders, removed after each run.
                """,
            ours: [
                OurVariant(label: "compare --vary interval=1d,1w,2w", schedule: Schedule(warmUps: 0, samples: 3, callsPerSample: 1)) {
                    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hedge-bench-compare-\(UUID().uuidString)")
                    defer { try? FileManager.default.removeItem(at: folder) }
                    return try program.run(["compare", "--vary", "interval=" + intervals.joined(separator: ","), "--output", folder.path] + study)
                },
                OurVariant(label: "three separate report runs", schedule: Schedule(warmUps: 0, samples: 3, callsPerSample: 1)) {
                    try intervals.reduce(0) { total, interval in try total + program.report(["--interval", interval] + study) }
                },
            ],
            peer: nil,
            target: .slowdown(atMost: 1),
            breakdown: { medians in
                ["compare takes \(ResultPrinter.number(medians[0] / medians[1]))× the time of the three separate reports"]
            },
            values: { [:] }
        )
    }
}
