/// JSON's grammar where Foundation's parser is lenient.
extension ConfigFile {
    /// The line (from 1) of the first comma that closes nothing — `{"paths": 50,}`,
    /// `[1, 2,]` — outside strings, or `nil` when there is none. JSON (RFC 8259) has no
    /// trailing comma, but the JSON parser of swift-corelibs-foundation accepts one, and YAML's
    /// flow style reads it as nothing: a file that says `.json` is held to JSON.
    static func trailingCommaLine(in text: String) -> Int? {
        var line = 1, inString = false, escaped = false
        var commaLine: Int?
        for byte in text.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                if byte == UInt8(ascii: "\n") { line += 1 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: ","):
                commaLine = line
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let commaLine { return commaLine }
            case UInt8(ascii: "\""):
                inString = true
                commaLine = nil
            default:
                commaLine = nil
            }
        }
        return nil
    }
}
