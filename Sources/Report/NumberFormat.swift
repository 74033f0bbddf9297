import Foundation

/// Locale-independent number formatting for readers: thousands separators, a typographic
/// minus (U+2212), explicit signs for P&L. The same input always gives the same text.
///
/// A sign never parts from its amount at the end of a line: Unicode's line breaking keeps a
/// sign with a digit (`−1.5`), but lets a line break between two prefix characters, the sign
/// and `$`, so an amount of money puts ``joiner`` between them (`−⁠$536.22`). The files a
/// program reads (`ledger.csv`, `summary.json`) use ``exact(_:)`` and ``plain(_:decimals:)``,
/// which carry neither.
public enum NumberFormat {
    /// The typographic minus sign.
    public static let minus = "\u{2212}"
    /// U+2060 WORD JOINER: invisible, it forbids a line break on either side; between a sign
    /// and `$`. Charts do not draw it (a drawing never wraps).
    public static let joiner = "\u{2060}"

    /// `1234.5` with 2 decimals → `1,234.50`; negatives with a typographic minus.
    public static func number(_ value: Double, decimals: Int) -> String {
        let (sign, digits) = split(value, decimals: decimals)
        return sign + digits
    }

    /// Decimals for dollar figures read together whose largest size is `scale`: whole dollars
    /// from $100 up, where cents are noise against the figure; cents below, where rounding to
    /// whole dollars would show a $0.32 spread as `$0` (a deep out-of-the-money option).
    public static func moneyDecimals(scale: Double) -> Int {
        abs(scale) >= 100 ? 0 : 2
    }

    /// Dollars: `1234.5` → `$1,234.50`, `−40` → `−⁠$40.00` (``joiner`` after the sign).
    public static func money(_ value: Double, decimals: Int = 2) -> String {
        let (sign, digits) = split(value, decimals: decimals)
        return dollars(sign, digits)
    }

    /// Dollars with an explicit sign for P&L: `+⁠$12.30`, `−⁠$4.20`, `$0.00` (``joiner`` after
    /// the sign).
    public static func signedMoney(_ value: Double, decimals: Int = 2) -> String {
        let (sign, digits) = split(value, decimals: decimals)
        if sign.isEmpty, digits.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) {
            return dollars("+", digits)
        }
        return dollars(sign, digits)
    }

    /// A study's figure and its standard error in dollars, as the page's tables and sentences
    /// write them: `figure` as given, then ` ± ` and the error (`+⁠$12.30 ± $0.40`).
    public static func withStandardError(_ figure: String, _ standardError: Double) -> String {
        figure + " ± " + money(standardError)
    }

    /// `sign`, then ``joiner`` when there is a sign, then `$` and `digits`.
    private static func dollars(_ sign: String, _ digits: String) -> String {
        sign.isEmpty ? "$" + digits : sign + joiner + "$" + digits
    }

    /// A number with an explicit sign: `+0.0123`, `−1.5000`.
    public static func signed(_ value: Double, decimals: Int) -> String {
        let (sign, digits) = split(value, decimals: decimals)
        if sign.isEmpty, digits.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) {
            return "+" + digits
        }
        return sign + digits
    }

    /// A fraction as a percentage: `0.6056214` with 2 decimals → `60.56%`.
    public static func percent(_ fraction: Double, decimals: Int = 2) -> String {
        number(fraction * 100, decimals: decimals) + "%"
    }

    /// A plain machine-readable number for CSV: fixed decimals, `.` as decimal point, no
    /// separators, ASCII minus.
    /// The shortest decimal that reads back as exactly `value` (Swift's round-trip
    /// `description`: `0.1`, `261.4899`, `1e-20`), for files a program reads: `ledger.csv`.
    /// Whole numbers lose their `.0` (`5`), and a negative zero reads `0`. Nil for NaN or an
    /// infinity, which no file of ours may hold.
    public static func exact(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    public static func plain(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        // "-0.000000" would read as a negative zero.
        return text.allSatisfy({ "-0.".contains($0) }) ? String(text.drop(while: { $0 == "-" })) : text
    }

    /// The sign (typographic minus or nothing) and the digits with thousands separators;
    /// a value that rounds to zero has no sign.
    private static func split(_ value: Double, decimals: Int) -> (sign: String, digits: String) {
        guard value.isFinite else { return ("", value.isNaN ? "NaN" : (value > 0 ? "∞" : minus + "∞")) }
        let rounded = String(format: "%.\(decimals)f", abs(value))
        let parts = rounded.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer.removeLast(3)
        }
        grouped = integer + grouped
        let digits = parts.count > 1 ? grouped + "." + parts[1] : grouped
        let isZero = !rounded.contains(where: { $0 != "0" && $0 != "." })
        return (value < 0 && !isZero ? minus : "", digits)
    }
}
