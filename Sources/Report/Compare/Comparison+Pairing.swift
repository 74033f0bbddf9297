import Analytics
import Foundation

extension Comparison {
    /// The figures whose pairing the page explains: the mean and the std of the final P&L.
    static let explainedPairings = ["mc-mean", "mc-std"]

    /// One sentence per scenario and explained figure: whether the paired standard error of the
    /// difference came out below both scenarios' own standard errors, and why not when it did not.
    ///
    /// The paired variance is SEa² + SEb² − 2ρ·SEa·SEb with ρ the correlation of the per-path
    /// terms (``PairedDifference/correlation``), so by Cauchy–Schwarz it is never below
    /// |SEa − SEb|: when one scenario's own error is much larger than the other's, no pairing
    /// brings the difference's error under it. The unpaired √(SEa² + SEb²) is what independent
    /// paths would give.
    static func pairing(_ comparison: Comparison) -> [Finding] {
        var sentences = [Finding]()
        for id in explainedPairings {
            guard let figure = comparison.figures.first(where: { $0.id == id }) else { continue }
            for (i, difference) in figure.differences.enumerated() {
                guard let difference, let paired = difference.pairedStandardError, let rho = difference.correlation,
                      let ownA = figure.standardErrors[0], let ownB = figure.standardErrors[i], ownA > 0, ownB > 0
                else { continue }
                sentences.append(Finding(
                    figure: id, scenario: i,
                    text: sentence(comparison, i, id: id, paired: paired, rho: rho, ownA: ownA, ownB: ownB)
                ))
            }
        }
        return sentences
    }

    /// The sentence for a difference whose paired error is 0: the two scenarios' per-path terms
    /// differ by the same amount on every path. For the mean those terms are the final P&Ls
    /// (equal, or shifted by a constant); for the std they are each path's squared distance from
    /// its scenario's mean (equal when the P&Ls are equal, shifted or mirrored).
    static func noSamplingError(_ comparison: Comparison, _ i: Int, id: String) -> String? {
        let nameA = describe(comparison, 0), nameB = describe(comparison, i)
        guard let figure = comparison.figures.first(where: { $0.id == id }), let a = figure.values[0], let b = figure.values[i]
        else { return nil }
        let same = abs(b - a) <= 1e-9 * max(abs(a), abs(b), 1)
        if id == "mc-std" {
            guard same else { return nil }
            return "Between \(nameB) and \(nameA) each path's final P&L lies as far from its scenario's mean in both (the same P&L, "
                + "shifted by a constant or mirrored about the mean), so the std of the final P&L is the same, with no sampling error."
        }
        return same
            ? "Between \(nameB) and \(nameA) the final P&L is the same on every path, so the difference in its mean is exactly 0, "
                + "with no sampling error: what the scenarios vary does not enter this figure."
            : "Between \(nameB) and \(nameA) the final P&L differs by the same \(NumberFormat.signedMoney(b - a)) on every path, so the "
                + "difference in its mean is exactly that, with no sampling error."
    }

    /// The sentence for scenario `i`'s difference from the baseline in figure `id`.
    static func sentence(_ comparison: Comparison, _ i: Int, id: String, paired: Double, rho: Double, ownA: Double, ownB: Double) -> String {
        func money(_ value: Double) -> String { NumberFormat.money(value, decimals: value < 1000 ? 1 : 0) }
        let nameA = describe(comparison, 0), nameB = describe(comparison, i)
        let terms = id == "mc-std"
            ? "the two scenarios' per-path contributions to the std (((x − x̄)² − s²)/2s for each path)"
            : "the two scenarios' final P&Ls path by path"
        let smaller = min(ownA, ownB), larger = max(ownA, ownB)
        let unpaired = (ownA * ownA + ownB * ownB).squareRoot()
        var text = "The paired standard error of the difference in the \(id == "mc-std" ? "std" : "mean") of the final P&L between "
            + "\(nameB) and \(nameA), \(money(paired)), "
        if paired <= 1e-12 * larger, let exact = noSamplingError(comparison, i, id: id) {
            return exact
        }
        if paired < smaller {
            return text + "is below both scenarios' own (\(money(ownA)) and \(money(ownB))): on the same paths \(terms) correlate "
                + "\(NumberFormat.number(rho, decimals: 2)), so what the two share cancels; on independent paths it would be \(money(unpaired))."
        }
        text += paired >= larger ? "is no smaller than either scenario's own" : "lies between the scenarios' own errors"
        text += " (\(nameA) \(money(ownA)), \(nameB) \(money(ownB))): \(terms) correlate \(NumberFormat.number(rho, decimals: 2)) on these paths. "
        let needed = larger / (2 * smaller)
        if needed >= 1 {
            text += "No correlation could bring it under the smaller own error: a paired error is never below the gap between the own "
                + "errors (Cauchy–Schwarz), here \(money(larger - smaller)), already above \(money(smaller))."
        } else {
            text += "To fall below the smaller own error it would need a correlation above \(NumberFormat.number(needed, decimals: 2))."
        }
        return text + (paired < unpaired
            ? " Pairing still narrowed it from \(money(unpaired)), what independent paths would give."
            : " On independent paths it would be \(money(unpaired)).")
    }
}
