extension TickFormat {
    /// The label of a tick at `value` (data units) on an axis whose ticks are `step` apart.
    ///
    /// Decimals are just enough to tell neighbouring ticks apart (step 0.25 → 2, step 2.5 → 1,
    /// step 50 → 0); thousands are separated by commas; negatives carry a typographic minus
    /// (U+2212) before the currency sign: `1,250`, `−0.25`, `$1,250`, `−$40`, `25%` (from 0.25).
    /// Values that round to zero are written without a sign.
    ///
    /// A date (days since the origin, fractions dropped) reads `Jun 16` when `step` is under
    /// 28 days, `Jul 2019` when under 365, and `2019` beyond.
    public func label(_ value: Double, step: Double) -> String {
        switch self {
        case .number:
            Self.signed(value, decimals: Self.decimals(forStep: step)) { $0 }
        case .currency:
            Self.signed(value, decimals: Self.decimals(forStep: step)) { "$" + $0 }
        case .percent:
            Self.signed(value * 100, decimals: Self.decimals(forStep: step * 100)) { $0 + "%" }
        case let .date(year, month, day):
            Self.date(value, step: step, origin: (year, month, day))
        }
    }

    private static func date(_ value: Double, step: Double, origin: (year: Int, month: Int, day: Int)) -> String {
        guard value.isFinite, CivilDate.isValid(year: origin.year, month: origin.month, day: origin.day) else {
            return "\(value)"
        }
        let offset = Int(min(max(value, -CivilDate.dayLimit), CivilDate.dayLimit).rounded(.down))
        let start = CivilDate(year: origin.year, month: origin.month, day: origin.day).daysSinceEpoch
        let date = CivilDate(daysSinceEpoch: start + offset)
        if step >= 365 { return String(date.year) }
        return step >= 28 ? date.monthYear : date.monthDay
    }

    /// The typographic minus sign, U+2212.
    static let minus = "\u{2212}"

    /// The fewest decimals (0...12) that write `step` exactly, to within rounding error.
    static func decimals(forStep step: Double) -> Int {
        let step = abs(step)
        guard step.isFinite, step > 0 else { return 0 }
        var scaled = step
        for decimals in 0...12 {
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, scaled) { return decimals }
            scaled *= 10
        }
        return 12
    }

    private static func signed(
        _ value: Double,
        decimals: Int,
        decorate: (String) -> String
    ) -> String {
        guard value.isFinite else { return "\(value)" }
        let magnitude = grouped(abs(value), decimals: decimals)
        let isZero = magnitude.allSatisfy { $0 == "0" || $0 == "." || $0 == "," }
        return (value < 0 && !isZero ? minus : "") + decorate(magnitude)
    }

    /// `magnitude` (≥ 0) rounded to `decimals`, with comma thousands separators.
    private static func grouped(_ magnitude: Double, decimals: Int) -> String {
        var factor: UInt64 = 1
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (magnitude * Double(factor)).rounded()
        // Past 2^63 the digits are not exact anyway; Swift's shortest form says so honestly.
        guard scaled < 9.2e18 else { return "\(magnitude)" }
        let units = UInt64(scaled)
        let whole = String(units / factor)
        var groupedWhole = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { groupedWhole.append(",") }
            groupedWhole.append(digit)
        }
        guard decimals > 0 else { return groupedWhole }
        let fraction = String(units % factor)
        return groupedWhole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
