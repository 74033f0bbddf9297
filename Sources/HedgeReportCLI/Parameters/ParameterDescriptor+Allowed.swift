import Foundation

extension ParameterDescriptor.Kind {
    /// What a value of this kind must be, as an error message says it ("NAME must be …"):
    /// the words a row's ``ParameterDescriptor/Allowed/kind`` stands for.
    var allowed: String {
        switch self {
        case .number: "a number \(rangeWords)"
        case .integer: "a whole number \(rangeWords)"
        case let .choice(choices): "one of \(choices.choiceNames.joined(separator: ", "))"
        case let .text(maxLength): "at most \(maxLength) characters"
        case .duration: "a positive number followed by m, h, d or w"
        case .date: "a date, YYYY-MM-DD or M/D/YYYY"
        case .list: "names or numbers, comma separated"
        case .specs: "key=value pairs, comma separated"
        case .flag: "true or false"
        }
    }

    /// The range of a number or a whole number as a reader says it: "from −1 to 1", "≥ 0" for a
    /// whole number without a ceiling; empty for other kinds.
    var rangeWords: String {
        switch self {
        case let .number(range):
            "from \(Self.bound(range.lowerBound)) to \(Self.bound(range.upperBound))"
        case let .integer(range) where range.upperBound == Int.max:
            "≥ \(range.lowerBound)"
        case let .integer(range):
            "from \(range.lowerBound) to \(range.upperBound)"
        default:
            ""
        }
    }

    /// A bound as the messages write it: the shortest decimal (``ParameterDescriptor/written(_:)``),
    /// a minus sign for a negative one, and a power of ten from 10⁹ up as `1e9`.
    private static func bound(_ value: Double) -> String {
        let exponent = log10(abs(value)).rounded()
        let text = abs(value) >= 1e9 && abs(value) == pow(10, exponent)
            ? "1e\(Int(exponent))" : ParameterDescriptor.written(abs(value))
        return value < 0 ? "−" + text : text
    }
}
