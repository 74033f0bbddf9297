import Foundation
import MarketData
import Testing

/// Price files written into fresh temporary folders, so every test reads a real file
/// through ``PriceFileReader`` exactly as the CLI will.
enum Fixture {
    /// Writes `bytes` to a file `name` in a new temporary folder; returns the file's path.
    static func file(bytes: [UInt8], name: String = "prices.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("MarketDataTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 (no byte-order mark unless the text starts with U+FEFF).
    static func file(_ text: String, name: String = "prices.csv") throws -> String {
        try file(bytes: Array(text.utf8), name: name)
    }

    /// Removes the folder `file(…)` made for `path`.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    /// Reads `text` as a price file named `name`.
    static func read(_ text: String, name: String = "prices.csv", reader: PriceFileReader = .init()) throws -> PriceSeries {
        let path = try file(text, name: name)
        defer { remove(path) }
        return try reader.read(contentsOfFile: path)
    }

    /// The error reading `bytes` as a price file raises; records an issue if it raises none.
    static func error(
        bytes: [UInt8],
        name: String = "prices.csv",
        reader: PriceFileReader = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PriceFileError {
        let path = try file(bytes: bytes, name: name)
        defer { remove(path) }
        return try #require(throws: PriceFileError.self, sourceLocation: sourceLocation) {
            try reader.read(contentsOfFile: path)
        }
    }

    /// The error reading `text` as a price file raises.
    static func error(
        _ text: String,
        name: String = "prices.csv",
        reader: PriceFileReader = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PriceFileError {
        try error(bytes: Array(text.utf8), name: name, reader: reader, sourceLocation: sourceLocation)
    }
}

extension CalendarDate {
    /// A date known to exist, for tests: `"2023-06-16"`.
    static func iso(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(parsing: text) else { preconditionFailure("not a date: \(text)") }
        return date
    }
}
