import MarketData
import Testing

/// A price file that must be refused, and what its error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// What is wrong, as the test's argument label.
    var testDescription: String
    /// The file's bytes.
    var bytes: [UInt8]
    /// The line the error must name (`prices.csv:LINE:`), or `nil` for a whole-file error.
    var line: Int?
    /// The column the error must name, as the header writes it.
    var column: String?
    /// The offending value the error must quote.
    var value: String?
    /// A fragment saying what is allowed.
    var allowed: String

    init(_ description: String, _ text: String, line: Int?, column: String? = nil, value: String? = nil, allowed: String) {
        self.init(description, bytes: Array(text.utf8), line: line, column: column, value: value, allowed: allowed)
    }

    init(_ description: String, bytes: [UInt8], line: Int?, column: String? = nil, value: String? = nil, allowed: String) {
        testDescription = description
        self.bytes = bytes
        self.line = line
        self.column = column
        self.value = value
        self.allowed = allowed
    }

    /// Reads the file and checks that its error is a bad-data error (exit 65) naming the
    /// file, line, column and value, and saying what is allowed.
    func check(reader: PriceFileReader = .init(), sourceLocation: SourceLocation = #_sourceLocation) throws {
        let error = try Fixture.error(bytes: bytes, reader: reader, sourceLocation: sourceLocation)
        let message = error.description
        #expect(!error.isInputOutputFailure, "\(message)", sourceLocation: sourceLocation)
        #expect(error.exitCode == 65, sourceLocation: sourceLocation)
        #expect(error.line == line, "\(message)", sourceLocation: sourceLocation)
        let place = line.map { "prices.csv:\($0): " } ?? "prices.csv: "
        #expect(message.contains(place), "\(message)", sourceLocation: sourceLocation)
        if let column {
            #expect(error.column == column, "\(message)", sourceLocation: sourceLocation)
            #expect(message.contains("column '\(column)'"), "\(message)", sourceLocation: sourceLocation)
        }
        if let value {
            #expect(message.contains("'\(value)'"), "\(message)", sourceLocation: sourceLocation)
        }
        #expect(message.contains(allowed), "\(message)", sourceLocation: sourceLocation)
    }
}
