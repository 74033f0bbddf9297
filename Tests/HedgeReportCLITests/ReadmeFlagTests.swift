import Foundation
@testable import HedgeReportCLI
import Testing

/// The README's flag tables give each parameter's default by hand; these tests hold them to
/// the descriptors the code runs with, so the README cannot drift from `--help`.
struct ReadmeFlagTests {
    static let readme: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    /// The README's table row of `flag`: a table line naming "`--flag" followed by a space or a
    /// closing backtick (a row may name several flags, as `--up u`, `--down d` do).
    static func row(_ key: ParameterKey) -> String? {
        readme.split(separator: "\n").first { line in
            line.hasPrefix("| ") && (line.contains("`\(key.flag) ") || line.contains("`\(key.flag)`"))
        }.map(String.init)
    }

    @Test(arguments: ParameterKey.allCases)
    func everyFlagHasARowGivingItsDefault(_ key: ParameterKey) throws {
        let row = try #require(Self.row(key), "README has no row for \(key.flag)")
        guard let value = key.descriptor.defaultValue.value, !value.isEmpty else { return }
        // The default cell shows the value as written, in code: `366`, `put`, `1d`.
        #expect(row.contains("`\(value)`") || row.contains(value), "\(key.flag): README row \(row) does not give \(value)")
    }
}
