import Analytics
import Simulation

extension ComparedRun {
    /// The textbook hedge's mean and std of the final P&L over the study's paths, each with its
    /// own standard error, USD.
    struct TextbookOutcome {
        var mean: Double
        var meanError: Double
        var std: Double
        var stdError: Double
    }

    /// True when the study's main batch (``batch``, `monteCarlo.finalPnL` of its summary.json)
    /// hedges on this run's own rule. The study always hedges on the calendar (DESIGN.md §2.7;
    /// its report says so), so a run on another rule has its rule's figures only where the
    /// study compared the rules (``ownRuleOutcome``).
    var studyHedgesOwnRule: Bool { scenario.hedge.rebalancing.isCalendar }

    /// The study's outcome of this run's own rule, `monteCarlo.rules` of its summary.json (the
    /// rules compared on the study's paths): nil on the calendar, and nil when the study
    /// compared no rules (without a proportional cost).
    var ownRuleOutcome: RuleOutcome? {
        guard !studyHedgesOwnRule else { return nil }
        return analysis.monteCarlo?.rules?.first { $0.rule == scenario.hedge.rebalancing }
    }

    /// Every path's final P&L of the textbook hedge on this run's own rule: the main batch's on
    /// the calendar; nil on another rule, whose per-path figures the study does not keep.
    var ownFinalPnL: [Double]? { studyHedgesOwnRule ? batch?.finalPnL : nil }

    /// The textbook hedge's mean and std on this run's own rule: the study's main figures on
    /// the calendar, the rule's own outcome otherwise; nil without a study or without the rule's
    /// outcome.
    var ownTextbookOutcome: TextbookOutcome? {
        guard let study = analysis.monteCarlo else { return nil }
        if studyHedgesOwnRule {
            let statistics = study.finalPnLStatistics
            return TextbookOutcome(
                mean: study.finalPnL.mean, meanError: statistics.meanStandardError,
                std: study.finalPnL.standardDeviation, stdError: statistics.standardDeviationStandardError
            )
        }
        return ownRuleOutcome.map { TextbookOutcome(mean: $0.mean, meanError: $0.meanStandardError, std: $0.std, stdError: $0.stdStandardError) }
    }
}
