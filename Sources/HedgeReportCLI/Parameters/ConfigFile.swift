import Foundation
import Yams

/// A config file: JSON or YAML with the same keys as the flags (`dividend-yield: 0.01`).
///
/// Both are read with one YAML parser (JSON is YAML's flow style), so both get the same checks
/// and line numbers: an unknown key or a value of the wrong type is an error naming the file,
/// the line and the key; the parser itself refuses a key given twice.
enum ConfigFile {
    /// Largest config file read, bytes: configs are hand-written and small.
    static let maximumSize = 1 << 20

    /// The name that reads the config file from standard input (`--config -`).
    static let standardInput = "-"

    /// The parameters of the config file at `path` (`-`: standard input). Keys in `ignored`
    /// are skipped (`compare` reads a scenario's `name:` itself); `report` ignores none, so
    /// there `name:` is an unknown key.
    static func load(_ path: String, ignoring ignored: Set<String> = []) throws(ParameterError) -> ParameterSet {
        let text = path == standardInput ? try readStandardInput() : try read(path)
        // YAML reads much that strict JSON refuses (`"vol": }` as a null); a .json file is
        // first held to JSON's own grammar, so a typo is reported as the syntax error it is.
        if path.lowercased().hasSuffix(".json") {
            do {
                _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
                throw ParameterError(.malformedConfig(path: path, line: nil, detail: "not valid JSON: \(detail)"))
            }
            if let line = trailingCommaLine(in: text) {
                throw ParameterError(.malformedConfig(path: path, line: line, detail: "not valid JSON: a comma before '}' or ']' (JSON has no trailing comma)"))
            }
        }
        guard let root = try compose(text, path: path) else { return ParameterSet() }
        guard let mapping = root.mapping else {
            throw ParameterError(.malformedConfig(
                path: path, line: root.mark?.line, detail: "expected a mapping of keys to values, e.g. 'strike: 260'"
            ))
        }
        var parameters = ParameterSet()
        for (keyNode, valueNode) in mapping {
            let line = keyNode.mark?.line ?? 0
            guard let name = keyNode.scalar?.string else {
                throw ParameterError(.malformedConfig(path: path, line: line, detail: "a key must be a plain name"))
            }
            if ignored.contains(name) { continue }
            guard let key = ParameterKey(configKey: name) else {
                throw ParameterError(.invalid("\(shownPath(path)):\(line): unknown key \(shownKey(name)); \(suggestion(for: name))"))
            }
            let source = ParameterSet.Source.configFile(path: path, line: line)
            var value = try value(of: valueNode, for: key, at: "\(shownPath(path)):\(line)")
            // Files a config names are found beside it, wherever it is run from (from the
            // current folder when it comes from standard input).
            if path != standardInput, [.prices, .hedgerPrices, .fitPrices, .templates].contains(key), let relative = value.scalar, !relative.hasPrefix("/") {
                value = .quoted(URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(relative).path)
            }
            parameters.set(key, value, from: source)
        }
        return parameters
    }

    /// The document's root node, or `nil` when the file holds none.
    ///
    /// Aliases (`*name`) are refused before the document is composed: Yams checks each
    /// mapping's keys for repeats by hashing them, and a key that is an alias of nested aliases
    /// (`? *a8`, each level repeating the one below nine times) hashes 9⁹ scalars: a 400-byte
    /// file ran for two minutes, and each further line made that several times longer (a seed
    /// of the config-file fuzzer, Fuzz/README.md). A config file never needs aliases. To
    /// find them with YAML's own grammar rather than a guess, the text is first composed with
    /// every `*` made the private-use character U+E000: an alias then reads as a plain scalar
    /// starting with it, which no written value does (a plain scalar cannot start with `*`),
    /// and with no aliases left that composition takes linear time.
    private static func compose(_ text: String, path: String) throws(ParameterError) -> Node? {
        if text.utf8.contains(UInt8(ascii: "*")) {
            let defused = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "*" ? aliasMarker : $0 }))
            let root = try composeWithoutAliases(defused, path: path)
            if let alias = root.flatMap(firstAlias) {
                throw ParameterError(.malformedConfig(
                    path: path, line: alias.mark?.line,
                    detail: "an alias ('*name'); write the value itself (a config file does not read YAML anchors and aliases)"
                ))
            }
        }
        return try composeWithoutAliases(text, path: path)
    }

    /// Stands for `*` while looking for aliases.
    private static let aliasMarker: Unicode.Scalar = "\u{E000}"

    /// `Yams.compose` of a text known to hold no alias; its errors show `*` for ``aliasMarker``.
    private static func composeWithoutAliases(_ text: String, path: String) throws(ParameterError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            let detail = String(String.UnicodeScalarView(described(error).unicodeScalars.map { $0 == aliasMarker ? "*" : $0 }))
            throw ParameterError(.malformedConfig(path: path, line: nil, detail: "not valid JSON or YAML: \(detail)"))
        }
    }

    /// The parser's error with its place but without the text around it: Yams's own
    /// description repeats the offending line whole, so a file that is no config at all had its
    /// first line echoed back (and a 500,000-character line made a 1 MB message).
    private static func described(_ error: any Error) -> String {
        guard let error = error as? YamlError else { return "\(error)" }
        func place(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> String {
            let context = context.map { "\($0.text) at line \($0.mark.line), column \($0.mark.column): " } ?? ""
            return "line \(mark.line), column \(mark.column): \(context)\(problem)"
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml's own advice names its C function, with a stray ')': the user cannot set it.
            let said = problem.hasPrefix("Maximum nesting level reached")
                ? "lists or mappings nested too deep (a config file needs two or three levels)" : problem
            return place(context, said, mark)
        case let .reader(problem, offset, _, _):
            return offset.map { "\(problem) at byte \($0)" } ?? problem
        case let .duplicatedKeysInMapping(duplicates, context):
            return "line \(context.mark.line): duplicated key(s): \(duplicates.sorted().map(\.shown).joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }

    /// The first plain scalar under `node` that starts with ``aliasMarker``: an alias before
    /// each `*` became the marker.
    private static func firstAlias(in node: Node) -> Node.Scalar? {
        switch node {
        case let .scalar(scalar):
            return scalar.style == .plain && scalar.string.unicodeScalars.first == aliasMarker ? scalar : nil
        case let .mapping(mapping):
            for (key, value) in mapping {
                if let alias = firstAlias(in: key) ?? firstAlias(in: value) { return alias }
            }
            return nil
        case let .sequence(sequence):
            // A loop, not `lazy.compactMap(…).first`, which calls the closure twice for the
            // element it finds, so twice per level: 2¹⁰⁰ calls for `- - - …` a hundred deep
            // (found by the config-file fuzzer).
            for item in sequence {
                if let alias = firstAlias(in: item) { return alias }
            }
            return nil
        case .alias:
            // Yams composes an alias as the node it names, never as this case.
            return nil
        }
    }

    /// "did you mean 'strike'?" for a near miss, else every key a config file may hold.
    private static func suggestion(for name: String) -> String {
        let keys = ParameterKey.allCases.map(\.configKey)
        if let nearest = NearestName.nearest(to: name, among: keys) {
            return "did you mean '\(nearest)'? ('hedge-report help report' lists every key as its flag)"
        }
        return "allowed keys: \(keys.sorted().joined(separator: ", "))"
    }

    /// How a message names the config file: `standard input` for `--config -`.
    static func shownPath(_ path: String) -> String {
        path == standardInput ? "standard input" : path
    }

    /// The text piped into `--config -`, at most ``maximumSize`` bytes of it.
    private static func readStandardInput() throws(ParameterError) -> String {
        try text(of: FileHandle.standardInput, path: standardInput)
    }

    /// The text of the file at `path`, read in chunks and never more than ``maximumSize`` + 1
    /// bytes of it.
    ///
    /// Not `FileManager.contents(atPath:)`: it reads the whole file before the size can be
    /// checked, so `--config /dev/zero` (a file of size 0 that never ends) grew until memory
    /// ran out, and on Linux it leaks a 4 KiB buffer for an empty file (found by the
    /// config-file fuzzer, Fuzz/README.md).
    private static func read(_ path: String) throws(ParameterError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ParameterError(.unreadableConfig(path: path, detail: "no such file"))
        }
        guard !isFolder.boolValue else {
            throw ParameterError(.unreadableConfig(path: path, detail: "it is a folder"))
        }
        // A FIFO, socket or device would block the open or the read for ever (`mkfifo f.yaml`).
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw ParameterError(.unreadableConfig(path: path, detail: "it is a pipe, socket or device, not a regular file; save the config to a file and pass that"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ParameterError(.unreadableConfig(path: path, detail: "permission denied or unreadable"))
        }
        defer { try? handle.close() }
        return try text(of: handle, path: path)
    }

    /// What `handle` holds, read in chunks and never more than ``maximumSize`` + 1 bytes of it,
    /// as UTF-8 text.
    private static func text(of handle: FileHandle, path: String) throws(ParameterError) -> String {
        var data = Data()
        while data.count <= maximumSize {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(1 << 16, maximumSize + 1 - data.count))
            } catch {
                throw ParameterError(.unreadableConfig(path: path, detail: systemReason(of: error)))
            }
            guard let chunk, !chunk.isEmpty else { break }
            data.append(chunk)
        }
        guard data.count <= maximumSize else {
            throw ParameterError(.malformedConfig(
                path: path, line: nil,
                detail: "more than \(maximumSize) bytes, too large for a config file (expected a few lines of keys and values)"
            ))
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw ParameterError(.malformedConfig(path: path, line: nil, detail: "not a UTF-8 text file"))
        }
        return text
    }

    /// The system's words for a failed read ("Input/output error"), not Foundation's
    /// "The operation could not be completed (NSCocoaErrorDomain error 256)".
    private static func systemReason(of error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        for candidate in [underlying, error as NSError].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(candidate.code)))
        }
        return "the read failed (\((error as NSError).domain) \((error as NSError).code))"
    }

    /// An unknown key as its message shows it: quoted and shortened when it could be a
    /// misspelt parameter name (letters, digits, `-` and `_`), and otherwise only described,
    /// so that a file that is no config (`--config /etc/shadow`, whose first line reads as a
    /// key) does not have its first line repeated.
    private static func shownKey(_ name: String) -> String {
        let isName = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        return isName ? name.shown : "of \(name.unicodeScalars.count) characters that is not a parameter name (is this a config file?)"
    }

    /// The value of `node`, checked for `key`'s kind (its range is checked where it is used).
    private static func value(of node: Node, for key: ParameterKey, at place: String) throws(ParameterError) -> ParameterSet.Value {
        let value: ParameterSet.Value
        if case .specs = key.descriptor.kind, let items = node.sequence {
            value = .list(try items.enumerated().map { (index, item) throws(ParameterError) in
                try spec(of: item, at: "\(place): key '\(key.configKey)', item \(index + 1)")
            })
        } else if let scalar = node.scalar {
            value = scalar.style == .plain || scalar.style == .any ? .written(scalar.string) : .quoted(scalar.string)
        } else if let items = node.sequence?.map({ $0.scalar?.string }), !items.contains(nil) {
            value = .list(items.compactMap { $0 })
        } else {
            throw ParameterError(.invalid("\(place): key '\(key.configKey)' must be a value or a list of values, got \(node.sequence != nil ? "a nested list" : "a mapping")"))
        }
        _ = try key.descriptor.parse(value, name: "\(place): key '\(key.configKey)'", checkingRange: false)
        return value
    }

    /// One item of a list of specifications (`legs:`) as the flag's `key=value,…` text: a
    /// mapping of plain values (`{type: call, strike: 315}`), or that text itself.
    private static func spec(of node: Node, at place: String) throws(ParameterError) -> String {
        if let scalar = node.scalar { return scalar.string }
        guard let mapping = node.mapping else {
            throw ParameterError(.invalid("\(place) must be a mapping of keys to values (e.g. {type: call, strike: 315}), got a list"))
        }
        var pairs = [String]()
        for (keyNode, valueNode) in mapping {
            guard let name = keyNode.scalar?.string, let value = valueNode.scalar?.string else {
                throw ParameterError(.invalid("\(place): each key must be a plain name with a plain value (e.g. strike: 315)"))
            }
            // The pairs are joined as the flag's text, where a comma separates keys: one inside a
            // value (`strike: "315,position=short"`) would become a key of its own.
            if let separator = [",", "="].first(where: { name.contains($0) || (value.contains($0) && $0 == ",") }) {
                throw ParameterError(.invalid("\(place): \(name.contains(separator) ? "the key \(name.shown)" : "\(name)'s value \(value.shown)") "
                    + "holds '\(separator)'; each key takes one plain value (e.g. strike: 315), and each setting is a key of its own"))
            }
            pairs.append("\(name)=\(value)")
        }
        return pairs.joined(separator: ",")
    }
}
