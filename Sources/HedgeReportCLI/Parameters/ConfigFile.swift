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

    static func load(_ path: String) throws(ParameterError) -> ParameterSet {
        let text = try read(path)
        // YAML reads much that strict JSON refuses (`"vol": }` as a null); a .json file is
        // first held to JSON's own grammar, so a typo is reported as the syntax error it is.
        if path.lowercased().hasSuffix(".json") {
            do {
                _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
                throw ParameterError(.malformedConfig(path: path, line: nil, detail: "not valid JSON: \(detail)"))
            }
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ParameterError(.malformedConfig(path: path, line: nil, detail: "not valid JSON or YAML: \(error)"))
        }
        guard let root else { return ParameterSet() }
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
            guard let key = ParameterKey(rawValue: name) else {
                let allowed = ParameterKey.allCases.map(\.rawValue).sorted().joined(separator: ", ")
                throw ParameterError(.invalid("\(path):\(line): unknown key '\(name)'; allowed keys: \(allowed)"))
            }
            let source = ParameterSet.Source.configFile(path: path, line: line)
            var value = try value(of: valueNode, for: key, at: "\(path):\(line)")
            // Files a config names are found beside it, wherever it is run from.
            if [.prices, .templates].contains(key), case let .text(relative) = value, !relative.hasPrefix("/") {
                value = .text(URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(relative).path)
            }
            parameters.set(key, value, from: source)
        }
        return parameters
    }

    /// The text of the file at `path`, read in chunks and never more than ``maximumSize`` + 1
    /// bytes of it.
    ///
    /// Not `FileManager.contents(atPath:)`: it reads the whole file before the size can be
    /// checked, so `--config /dev/zero` (a file of size 0 that never ends) grew until memory
    /// ran out, and on Linux it leaks a 4 KiB buffer for an empty file (found by
    /// Fuzz/run config-file).
    private static func read(_ path: String) throws(ParameterError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ParameterError(.unreadableConfig(path: path, detail: "no such file"))
        }
        guard !isFolder.boolValue else {
            throw ParameterError(.unreadableConfig(path: path, detail: "it is a folder"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ParameterError(.unreadableConfig(path: path, detail: "permission denied or unreadable"))
        }
        defer { try? handle.close() }
        var data = Data()
        while data.count <= maximumSize {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(1 << 16, maximumSize + 1 - data.count))
            } catch {
                throw ParameterError(.unreadableConfig(path: path, detail: error.localizedDescription))
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

    /// The value of `node` as `key`'s kind requires.
    private static func value(of node: Node, for key: ParameterKey, at place: String) throws(ParameterError) -> ParameterSet.Value {
        func wrongType(_ expected: String) -> ParameterError {
            let shown = node.scalar.map { "'\($0.string)'" } ?? (node.sequence != nil ? "a list" : "a mapping")
            return ParameterError(.invalid("\(place): key '\(key.rawValue)' must be \(expected), got \(shown)"))
        }
        let scalar = node.scalar
        let isPlain = scalar?.style == .plain || scalar?.style == .any
        switch key.kind {
        case .number:
            guard let scalar, isPlain, let number = Double(scalar.string) else { throw wrongType("a number") }
            return .number(number)
        case .integer:
            guard let scalar, isPlain, let number = Int(scalar.string) else { throw wrongType("a whole number") }
            return .integer(number)
        case .flag:
            guard let scalar, isPlain, let flag = Bool(scalar.string.lowercased()) else { throw wrongType("true or false") }
            return .flag(flag)
        case .text:
            guard let scalar else { throw wrongType("text") }
            return .text(scalar.string)
        case .list:
            if let scalar { return .list([scalar.string]) }
            guard let items = node.sequence?.map({ $0.scalar?.string }), !items.contains(nil) else {
                throw wrongType("a list of names")
            }
            return .list(items.compactMap { $0 })
        }
    }
}
