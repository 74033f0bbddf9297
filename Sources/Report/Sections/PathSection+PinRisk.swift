import Analytics
import Pricing
import Simulation

/// Pin risk, for a payoff that jumps at the strike (a digital): what this path did to the
/// delta hedge near expiry, from the run's numbers.
///
/// Near expiry a digital's Δ is a spike around the strike, of height about
/// Q·φ(d₂)/(S·σ·√τ), and Γ grows as 1/τ (``DigitalPayoff``); a hedge that holds −m·Δ shares
/// trades most, and misses most, in the last steps if the share is then near the strike, and
/// hardly at all if it is far from it. The paragraph states which happened: where |m·Γ| peaked,
/// the textbook hedge's largest trade and the share of all its trading in the last steps, and
/// the share of the residual Σ|ε| those steps hold against their share of the steps.
struct PinRiskView: Sendable {
    /// The run's figures behind the words.
    struct Figures: Sendable, Equatable {
        /// Rebalancing intervals of the path, and how many of them count as the last steps:
        /// the last tenth, at least one.
        var intervals: Int
        var lastSteps: Int
        /// |m·Γ| at the start and at its largest, shares per USD, and the date of the largest.
        var startGamma: Double
        var peakGamma: Double
        var peakStep: Int
        /// The textbook hedge's largest trade, shares (signed), and its date.
        var largestTrade: Double
        var largestTradeStep: Int
        /// Shares traded (Σ|bought| after set-up) in the last steps and over the run.
        var lastTraded: Double
        var traded: Double
        /// Σ|ε| of the share-balance hedge in the last steps and over the run, USD.
        var lastResidual: Double
        var residual: Double

        /// The first step of the last ones.
        var firstLastStep: Int { intervals - lastSteps + 1 }
        /// The last steps' share of Σ|ε|, divided by their share of the steps: above 2, the
        /// residual is concentrated at the end.
        var residualConcentration: Double {
            residual > 0 ? (lastResidual / residual) / (Double(lastSteps) / Double(intervals)) : 0
        }
    }

    var figures: Figures
    var sentences: [String]

    /// The paragraph for `context`, or nil when the payoff does not jump at the strike, the run
    /// holds several legs, or it has no interval.
    init?(_ context: ReportContext) {
        let contract = context.contract
        let jump = contract.payoff.jumpAtStrike
        let simulation = context.analysis.simulation
        let valued = simulation.valuedPath
        let ledger = simulation.ledger(.delta) ?? simulation.ledgers[0]
        let textbook = simulation.textbook
        let intervals = valued.valuations.count - 1
        guard jump > 0, context.scenario.book.legs.count == 1, intervals >= 1, textbook.count == intervals + 1 else { return nil }
        let m = context.multiplier
        let lastSteps = max(1, intervals / 10)
        let first = intervals - lastSteps + 1
        let gammas = valued.valuations.map { abs(m * $0.gamma) }
        let peak = gammas.indices.max { gammas[$0] < gammas[$1] } ?? 0
        let trades = textbook.map(\.sharesBought)
        let tradeStep = (1...intervals).max { abs(trades[$0]) < abs(trades[$1]) } ?? 1
        let residuals = ledger.rows.map { abs($0.residual) }
        let figures = Figures(
            intervals: intervals, lastSteps: lastSteps,
            startGamma: gammas[0], peakGamma: gammas[peak], peakStep: peak,
            largestTrade: trades[tradeStep], largestTradeStep: tradeStep,
            lastTraded: trades[first...].reduce(0) { $0 + abs($1) }, traded: trades[1...].reduce(0) { $0 + abs($1) },
            lastResidual: residuals[first...].reduce(0, +), residual: residuals[1...].reduce(0, +)
        )
        self.figures = figures
        sentences = Self.sentences(figures, context: context, jump: jump, ledger: ledger)
    }

    private static func sentences(_ f: Figures, context: ReportContext, jump: Double, ledger: ShareBalanceLedger) -> [String] {
        let valued = context.analysis.simulation.valuedPath
        let path = valued.path
        let contract = context.contract
        let clock = context.clock
        let strike = contract.strike
        let m = context.multiplier
        func place(_ step: Int) -> String {
            let distance = path.spots[step] / strike - 1
            let side = distance == 0 ? "at the strike" : "\(NumberFormat.percent(abs(distance), decimals: 1)) \(distance < 0 ? "below" : "above") the strike"
            return "\(clock.moment(path.times[step])), with the share at \(NumberFormat.money(path.spots[step])) (\(side))"
                + PathSection.timeLeft(contract.expiry - path.times[step], before: "expiry", context)
        }
        let steps = f.lastSteps == 1 ? "last step" : "last \(f.lastSteps) steps"
        var text = [
            "A \(contract.payoff) pays a fixed \(NumberFormat.money(jump)) per share, \(NumberFormat.money(abs(m) * jump)) for the position, "
                + "so its payoff jumps at the strike: as expiry nears, Δ becomes a spike around \(NumberFormat.money(strike)) "
                + "and Γ grows without bound there (pin risk). A delta hedge then has to trade many shares on small moves "
                + "across the strike, and a last move across it changes the option's value by up to the whole payout, "
                + "which no Δ set a step earlier offsets.",
        ]
        let growth = f.startGamma > 0 ? " (\(NumberFormat.number(f.peakGamma / f.startGamma, decimals: 1)) times its size at the start)" : ""
        let peakIsLate = f.peakStep >= f.firstLastStep
        text.append(
            "On this path the position's |m·Γ| started at \(NumberFormat.number(f.startGamma, decimals: 4)) shares per dollar "
                + "and was largest, \(NumberFormat.number(f.peakGamma, decimals: 4))\(growth), at \(place(f.peakStep)): "
                + (peakIsLate ? "within the \(steps)." : "before the \(steps).")
        )
        let tradedShare = f.traded > 0 ? f.lastTraded / f.traded : 0
        text.append(
            "The textbook hedge's largest trade was \(f.largestTrade >= 0 ? "a purchase" : "a sale") of "
                + "\(NumberFormat.number(abs(f.largestTrade), decimals: 2)) shares at \(place(f.largestTradeStep)); its \(steps) "
                + "traded \(NumberFormat.number(f.lastTraded, decimals: 2)) of the \(NumberFormat.number(f.traded, decimals: 2)) shares "
                + "it traded after the set-up (\(NumberFormat.percent(tradedShare, decimals: 1)))."
        )
        let stepShare = Double(f.lastSteps) / Double(f.intervals)
        let residualShare = f.residual > 0 ? f.lastResidual / f.residual : 0
        let concentrated = f.residualConcentration > 2
        let finalDistance = abs((path.spots.last ?? strike) / strike - 1)
        text.append(
            "The \(ledger.estimator.rawValue) hedge's residual Σ|ε| came to \(NumberFormat.money(f.residual)); its \(steps), "
                + "\(NumberFormat.percent(stepShare, decimals: 1)) of the steps, hold \(NumberFormat.money(f.lastResidual)) of it "
                + "(\(NumberFormat.percent(residualShare, decimals: 1))): "
                + (concentrated
                    ? "the residual is concentrated at the end, " + (peakIsLate ? "in the steps where Γ peaked." : "although Γ peaked earlier.")
                    : "the residual is not concentrated at the end; the share ended \(NumberFormat.percent(finalDistance, decimals: 1)) "
                        + "from the strike" + (peakIsLate ? ", and Γ peaked in those steps all the same." : ", and Γ peaked before them."))
        )
        return text
    }
}
