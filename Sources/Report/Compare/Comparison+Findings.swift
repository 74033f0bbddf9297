import Analytics
import Foundation

extension Comparison {
    /// One sentence per material difference from the baseline (more than 2 paired standard
    /// errors, on a figure with a sampling error), in figure order; one saying that none is
    /// distinguishable on the paths when there is none. The figures of the shown path are exact
    /// and stay in the table.
    static func findings(_ comparison: Comparison) -> [Finding] {
        var findings = [Finding]()
        for figure in comparison.figures {
            for (i, difference) in figure.differences.enumerated() {
                guard let difference, difference.method != "exact",
                      let a = figure.values[0], let b = figure.values[i], let error = difference.pairedStandardError,
                      difference.isMaterial(scale: max(abs(a), abs(b)))
                else { continue }
                let format = Self.formatter(figure.unit, error: error)
                func withError(_ value: Double, _ own: Double?) -> String {
                    own.map { "\(format(value, false)) ± \(format($0, false))" } ?? format(value, false)
                }
                var text = "With \(Self.describe(comparison, i)) instead of \(Self.describe(comparison, 0)), the \(figure.label) "
                    + "\(b > a ? "rose" : "fell") from \(withError(a, figure.standardErrors[0])) "
                    + "to \(withError(b, figure.standardErrors[i])): a difference of \(format(difference.value, true)) ± "
                    + "\(format(error, false)) (\(difference.method == "unpaired" ? "unpaired" : "paired") standard error)"
                let n0 = comparison.scenarios[0].rebalances, n1 = comparison.scenarios[i].rebalances
                if figure.id == "mc-std", a > 0, n0 != n1, n0 > 0, n1 > 0 {
                    text += " — \(NumberFormat.number(b / a, decimals: 2))×, against √(\(n0)/\(n1)) = "
                        + "\(NumberFormat.number((Double(n0) / Double(n1)).squareRoot(), decimals: 2))× from the 1/√N law"
                }
                findings.append(Finding(figure: figure.id, scenario: i, text: text + "."))
            }
        }
        if findings.isEmpty {
            let paths = comparison.paths
            findings.append(Finding(
                figure: nil, scenario: nil,
                text: paths > 0
                    ? "No difference is distinguishable on \(NumberFormat.number(Double(paths), decimals: 0)) paths: every Monte Carlo figure moves by less than 2 paired standard errors."
                    : "No Monte Carlo study ran (--paths 0), so no difference can be told from noise; the figures of the shown path are in the table."
            ))
        }
        return findings
    }

    /// "interval 1w" for scenario `i`: its values of the varied flags, or its name.
    static func describe(_ comparison: Comparison, _ i: Int) -> String {
        let scenario = comparison.scenarios[i]
        let parts = comparison.described.prefix(3).compactMap { flag in scenario.parameters[flag].map { "\(flag.dropFirst(2)) \(tidy($0))" } }
        return parts.isEmpty ? scenario.name : parts.joined(separator: ", ")
    }

    /// A value as a report's table shows it, with the zeros a percentage's fixed decimals add
    /// dropped from a sentence ("60.0000%" reads "60%", "60.5600%" reads "60.56%").
    static func tidy(_ shown: String) -> String {
        var number = String(shown.dropLast())
        guard shown.hasSuffix("%"), let dot = number.firstIndex(of: "."), number[number.index(after: dot)...].allSatisfy(\.isNumber)
        else { return shown }
        while number.hasSuffix("0") { number.removeLast() }
        if number.hasSuffix(".") { number.removeLast() }
        return number + "%"
    }

    /// Formats a figure of `unit` with as many decimals as its standard error warrants.
    static func formatter(_ unit: String, error: Double) -> (Double, Bool) -> String {
        switch unit {
        case "fraction":
            return { value, signed in (signed && value > 0 ? "+" : "") + NumberFormat.percent(value, decimals: 1) }
        case "exponent":
            return { value, signed in signed ? NumberFormat.signed(value, decimals: 3) : NumberFormat.number(value, decimals: 3) }
        default:
            let decimals = error >= 1 ? 0 : 2
            return { value, signed in signed ? NumberFormat.signedMoney(value, decimals: decimals) : NumberFormat.money(value, decimals: decimals) }
        }
    }
}
