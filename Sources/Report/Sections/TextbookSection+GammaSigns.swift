import Analytics
import Foundation
import Simulation

extension TextbookSection {
    /// The sign of m·Γ at the start of each step of the path (+1 long Γ, −1 short Γ, 0 none),
    /// element i − 1 for the step from date i − 1 to date i: a book's Γ can change sign as the
    /// share moves (a collar is long Γ near its put and short near its call), and each bar of
    /// the gamma-against-theta chart is above zero on a big move only where m·Γ > 0.
    static func gammaSigns(_ analysis: HedgeAnalysis) -> [Int] {
        let m = analysis.simulation.scenario.position.multiplier
        let valuations = analysis.simulation.valuedPath.valuations
        return valuations.dropLast().map { valuation in
            let exposure = m * valuation.gamma
            return exposure > 0 ? 1 : (exposure < 0 ? -1 : 0)
        }
    }

    /// The sentence about the bars when m·Γ changes sign along the path (nil when it keeps one
    /// sign): how many steps were long and short Γ, and on which the big moves fell.
    /// `big[i]` says whether step i moved more than the implied volatility priced in.
    static func mixedGammaSentence(_ analysis: HedgeAnalysis, big: [Bool]) -> String? {
        let signs = gammaSigns(analysis)
        let long = signs.count { $0 > 0 }, short = signs.count { $0 < 0 }
        guard long > 0, short > 0 else { return nil }
        let bigLong = zip(signs, big).count { $0 > 0 && $1 }, bigShort = zip(signs, big).count { $0 < 0 && $1 }
        return "This book's Γ changed sign along the path: it was long Γ (m·Γ > 0) on \(long) of \(signs.count) steps and short "
            + "on \(short). A big move is a bar above zero on a long-Γ step (\(bigLong) of them) and below zero on a short-Γ step "
            + "(\(bigShort)); on the other steps time decay cost the position where it was long Γ and paid it where it was short"
    }
}
