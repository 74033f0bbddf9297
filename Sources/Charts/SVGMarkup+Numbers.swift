/// Shorter numbers in Cairo's SVG: two decimals, no trailing zeros.
///
/// Cairo writes coordinates with six decimals (`97.328125`); a hundredth of a CSS px is far
/// below what any screen shows, and rounding every number cuts the markup by about a third.
/// Rounding is done on the decimal digits (half away from zero), so it is exact and the same
/// everywhere.
extension SVGMarkup {
    /// `bytes` with every decimal number that has more than `decimals` fraction digits rounded.
    ///
    /// A number starts at a digit not preceded by a letter, digit, `.`, `_` or `#`, so ids such
    /// as `chart-glyph12` and base64 image data are left alone; only numbers with a fraction
    /// change, so an id prefix such as `fig-0` survives too.
    static func compactingNumbers(_ bytes: [UInt8], decimals: Int = 2) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isDigit(byte), index == 0 || !continuesWord(bytes[index - 1]) else {
                result.append(byte)
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            var fractionEnd = end
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(bytes[end + 1]) {
                fractionEnd = end + 1
                while fractionEnd < bytes.count, isDigit(bytes[fractionEnd]) { fractionEnd += 1 }
            }
            let fraction = Array(bytes[min(end + 1, fractionEnd)..<fractionEnd])
            let rounded = round(whole: Array(bytes[index..<end]), fraction: fraction, decimals: decimals)
            let hadFraction = fractionEnd > end
            if hadFraction, rounded == [UInt8(ascii: "0")], result.last == UInt8(ascii: "-") { result.removeLast() }
            result += rounded
            index = fractionEnd
        }
        return result
    }

    /// The digits `whole.fraction` rounded half away from zero to `decimals`, trailing
    /// zeros and a bare point dropped.
    private static func round(whole: [UInt8], fraction: [UInt8], decimals: Int) -> [UInt8] {
        var digits = whole + fraction.prefix(decimals)
        var kept = min(fraction.count, decimals)
        if fraction.count > decimals, fraction[decimals] >= UInt8(ascii: "5") {
            var position = digits.count - 1
            while position >= 0, digits[position] == UInt8(ascii: "9") {
                digits[position] = UInt8(ascii: "0")
                position -= 1
            }
            if position >= 0 { digits[position] += 1 } else { digits.insert(UInt8(ascii: "1"), at: 0) }
        }
        while kept > 0, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            kept -= 1
        }
        let wholeDigits = Array(digits.dropLast(kept))
        return kept == 0 ? wholeDigits : wholeDigits + [UInt8(ascii: ".")] + digits.suffix(kept)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func continuesWord(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "#")
    }
}
