import Analytics
import Foundation
import Pricing
import Simulation

extension TextbookSection {
    /// The sign of m·Γ at the start of each step of the path (+1 long Γ, −1 short Γ, 0 none),
    /// element i − 1 for the step from date i − 1 to date i: a book's Γ can change sign as the
    /// share moves (a collar is long Γ near its put and short near its call), and each bar of
    /// the gamma-against-theta chart is above zero on a big move only where m·Γ > 0.
    static func gammaSigns(_ analysis: HedgeAnalysis) -> [Int] {
        exposureSigns(analysis, \.gamma)
    }

    /// The sign of m·Θ at the start of each step, as ``gammaSigns(_:)`` for Γ: +1 where time
    /// decay paid the position, −1 where it cost it. A bought option can be short Γ and earn
    /// its time decay (a digital call in the money), so the words follow these signs, not the side.
    static func thetaSigns(_ analysis: HedgeAnalysis) -> [Int] {
        exposureSigns(analysis, \.theta)
    }

    /// The one sign `signs` keep along the path, ignoring zeros: +1 or −1, 0 when they change
    /// sign or are all zero.
    static func uniformSign(_ signs: [Int]) -> Int {
        let positive = signs.contains(1), negative = signs.contains(-1)
        return positive == negative ? 0 : (positive ? 1 : -1)
    }

    private static func exposureSigns(_ analysis: HedgeAnalysis, _ greek: KeyPath<Valuation, Double>) -> [Int] {
        let m = analysis.simulation.scenario.position.multiplier
        let valuations = analysis.simulation.valuedPath.valuations
        return valuations.dropLast().map { valuation in
            let exposure = m * valuation[keyPath: greek]
            return exposure > 0 ? 1 : (exposure < 0 ? -1 : 0)
        }
    }

    /// What the P&L explain's Γ row means, from the signs of m·Γ along the path.
    static func gammaMeaning(_ context: ReportContext, signs: [Int]) -> String {
        if signs.contains(1) && signs.contains(-1) {
            return "the book's convexity: a gain on a move while it was long Γ, a loss while it was short Γ"
        }
        let sign = uniformSign(signs)
        guard sign != 0 else { return context.hasSeveralLegs ? "the book's convexity: none, Γ = 0 on every step" : "the option's convexity: none, Γ = 0 on every step" }
        let outcome = sign > 0 ? "a gain" : "a loss"
        return context.hasSeveralLegs ? "the book's convexity: \(outcome) whenever the share moves"
            : "the option's convexity: \(outcome) for the \(context.isLong ? "holder" : "writer") whenever the share moves"
    }

    /// What the P&L explain's Θ row means, from the signs of m·Θ along the path.
    static func thetaMeaning(_ context: ReportContext, signs: [Int]) -> String {
        guard !context.hasSeveralLegs else { return "the book's time decay" }
        let who = context.isLong ? "holder" : "writer"
        switch uniformSign(signs) {
        case 1: return "time decay of the option the \(who) collects"
        case -1: return "time decay of the option the \(who) pays"
        default:
            return signs.contains(1) ? "time decay of the option: paid by the \(who) while m·Θ < 0, collected while m·Θ > 0"
                : "time decay of the option: none, Θ = 0 on every step"
        }
    }

    /// The caption's words for the bars when m·Γ keeps one sign (``mixedGammaSentence(_:big:)``
    /// otherwise): which side of zero the big moves are, and what time decay did on the others.
    static func uniformGammaWords(_ context: ReportContext, sign: Int, bigMoves: Int, steps: Int) -> String {
        let above = sign >= 0
        let noun = context.holdingNoun
        // Said when the Γ sign is not the one the side suggests (a bought digital in the money).
        let exposure = sign > 0 && !context.isLong ? ", long Γ (m·Γ > 0) on every step,"
            : sign < 0 && context.isLong ? ", short Γ (m·Γ < 0) on every step," : ""
        let decay = above ? "cost" : "paid"
        if bigMoves == 0 {
            return ", so for this \(noun)\(exposure) every bar is \(above ? "below" : "above") zero: time decay \(decay) the position on each"
        }
        if bigMoves == steps {
            return ": for this \(noun)\(exposure) every bar is \(above ? "above" : "below") zero"
        }
        return ": for this \(noun)\(exposure) those are the bars \(above ? "above" : "below") zero, and time decay \(decay) the position on the others"
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
