/// Checks of the names read back from `.hedge-report/` — the journal and the manifest.
///
/// Those files are data from outside: a report folder received as a zip, or edited by hand,
/// may carry a journal whose staging folder is `../../victim` or a manifest entry under a
/// symbolic link to another folder. Every name in them is checked before anything is touched:
/// the bookkeeping folders must be names the tool makes, every entry a plain relative path
/// inside the output folder whose parents are real folders, not symbolic links.
extension OutputPaths {
    /// The names of the files a report can hold, relative to the output folder: the three
    /// fixed ones, each chart in both formats, and the manifest.
    static let toolNames: Set<String> = {
        var names: Set<String> = ["report.html", "ledger.csv", "summary.json", manifestPath]
        for figure in FigureID.allCases {
            names.insert("charts/\(figure.rawValue).svg")
            names.insert("charts/\(figure.rawValue).png")
        }
        return names
    }()

    /// The folders of the output folder the tool creates.
    static let toolFolders: Set<String> = ["charts"]

    /// Whether `name` is `prefix` followed by 16 lowercase hexadecimal digits, as the tool
    /// names its staging and backup folders (`staging-0123456789abcdef`).
    static func isBookkeepingName(_ name: String, prefix: String) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let digits = name.utf8.dropFirst(prefix.utf8.count)
        return digits.count == 16 && digits.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Why `path` is not a plain relative path inside a folder — empty, absolute, with an
    /// empty, `.` or `..` component, or a NUL — or `nil` when it is one.
    static func flaw(ofRelative path: String) -> String? {
        if path.isEmpty { return "an empty path" }
        if path.hasPrefix("/") { return "an absolute path" }
        if path.utf8.contains(0) { return "a path with a NUL byte" }
        if path.utf8.count > 1024 { return "a path of \(path.utf8.count) bytes" }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "": return "a path with an empty component"
            case ".", "..": return "a path with a '\(component)' component"
            default: continue
            }
        }
        return nil
    }

    /// The first parent of `relative` under `base` that is a symbolic link, as a path relative
    /// to `base`, or `nil` when there is none (`lstat(2)`: no link is followed). A parent that
    /// is missing or a file holds nothing to rename or remove, and ends the search.
    static func linkedParent(of relative: String, under base: String, in fileSystem: some OutputFileSystem) -> String? {
        let components = relative.split(separator: "/").dropLast()
        var path = base, prefix = ""
        for component in components {
            path += "/" + component
            prefix += (prefix.isEmpty ? "" : "/") + component
            switch fileSystem.kind(of: path, followingLinks: false) {
            case .folder: continue
            case .symbolicLink: return prefix
            case nil, .file, .other: return nil
            }
        }
        return nil
    }
}
