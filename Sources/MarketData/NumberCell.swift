/// Reads the numbers of a price file's cells: plain decimals as the C locale writes them,
/// with the decorations common exports add.
///
/// Accepted: `261.49`, `1e-3`, a leading `$` (Nasdaq), thousands separators between groups
/// of three digits (`1,234.50`, which a CSV file must quote), and for volatilities a
/// trailing `%` meaning hundredths. Refused: decimal commas (`261,49`), hexadecimal,
/// `nan` and infinities. Never locale-dependent.
///
/// A cell whose only separators are commas before groups of three digits (`261,490`) reads
/// as thousands separators but is marked ``Parsed/ambiguous(_:)``: in a European export it is
/// 261.49. The column decides (``PriceSeriesBuilder``): a decimal point in any of its cells
/// shows the file writes decimals with points.
enum NumberCell {
    /// A cell's number, or what is wrong with the cell.
    enum Parsed {
        case number(Double)
        /// Read with its commas as thousands separators, which the cell alone cannot confirm.
        case ambiguous(Double)
        case invalid(PriceFileError.CellProblem)
    }

    /// The value of `text`, already trimmed, or the problem with it.
    ///
    /// - Parameters:
    ///   - dollar: whether a leading `$` (after an optional sign) may mark USD.
    ///   - percent: whether a trailing `%` may mark a percentage, returned ÷ 100 (so
    ///     `61%` is exactly `0.61`).
    static func parse(_ text: String, dollar: Bool = false, percent: Bool = false) -> Parsed {
        guard !text.isEmpty else { return .invalid(.empty) }
        if text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }), let value = Double(text) {
            // The common case: plain digits and a decimal point, always finite.
            return .number(value)
        }
        var body = Substring(text)
        var divisor = 1.0
        if percent, body.last == "%" {
            body = body.dropLast()
            while body.last == " " { body = body.dropLast() }
            divisor = 100
        }
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = String(first)
            body = body.dropFirst()
        }
        if dollar, body.first == "$" {
            body = body.dropFirst()
            if sign.isEmpty, let first = body.first, first == "-" || first == "+" {
                sign = String(first)
                body = body.dropFirst()
            }
        }
        if ["nan", "inf", "infinity"].contains(body.lowercased()) { return .invalid(.notFinite) }
        var ambiguous = false
        if body.contains(",") {
            guard let plain = withoutThousandsSeparators(body) else { return .invalid(.misplacedComma) }
            ambiguous = !body.contains(".")
            body = Substring(plain)
        }
        guard !body.isEmpty,
              body.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }),
              let value = Double(sign + body)
        else { return .invalid(.notANumber) }
        guard value.isFinite else { return .invalid(.notFinite) }
        return ambiguous ? .ambiguous(value / divisor) : .number(value / divisor)
    }

    /// `1,234,567.89` without its commas, or `nil` unless every comma sits between groups
    /// of three digits of the integer part (so a decimal comma is never misread).
    private static func withoutThousandsSeparators(_ text: Substring) -> String? {
        let integerEnd = text.firstIndex(where: { !$0.isASCII || !($0.isNumber || $0 == ",") }) ?? text.endIndex
        guard !text[integerEnd...].contains(",") else { return nil }
        let groups = text[..<integerEnd].split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined() + text[integerEnd...]
    }
}
