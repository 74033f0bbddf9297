/// Everything the report template shows, already formatted as text. Templates only place
/// these strings; every one of them is HTML-escaped on output except `FigureView.svg`, which is
/// markup our chart renderer made.
struct ReportViewModel {
    struct Row {
        var name: String
        var value: String
        var unit: String
        var flag: String
    }

    struct FigureView {
        var id: String
        var title: String
        var caption: String
        var svg: String
    }

    struct EstimatorView {
        var name: String
        var formula: String
        var finalShares: String
        var cumulativeResidual: String
        var totalAbsResidual: String
        var maxAbsResidual: String
        var rootMeanSquareResidual: String
    }

    struct LedgerRowView {
        /// True on the date an American option was exercised early.
        var exercised: Bool
        var step: String
        var day: String
        var spot: String
        var premium: String
        var delta: String
        var premiumChange: String
        var estimate: String
        var shares: String
        var shareValue: String
        var equityChange: String
        var residual: String
        var cumulativeResidual: String
        var liquidationValue: String
    }

    struct TextbookRowView {
        var step: String
        var day: String
        var spot: String
        var delta: String
        var sharesHeld: String
        var sharesBought: String
        var cost: String
        var interest: String
        var cumulativeCost: String
        var profitAndLoss: String
    }

    struct SweepRowView {
        var rebalances: String
        var mean: String
        var std: String
        var theory: String
        var ratio: String
    }

    struct MonteCarloView {
        var paths: String
        var distribution: [Row]
        var residuals: [Row]
        var sweep: [SweepRowView]
        var mismatch: [Row]
        var hasSweep: Bool
        var hasMismatch: Bool
        var gridNote: String?
        var sweepSentence: String
        var mismatchSentence: String
    }

    var title: String
    var author: String?
    var ticker: String
    var toolVersion: String
    var positionSentence: String
    var whyHedgeSentence: String
    var parameters: [Row]
    var command: String
    var valuation: [Row]
    var modelPremium: String
    var pricingSentence: String
    var marketPremiumNote: String?
    /// Charts of one path (section 4).
    var figures: [FigureView]
    /// Charts of the textbook hedge (section 6).
    var textbookFigures: [FigureView]
    var estimators: [EstimatorView]
    var ledgerEstimator: String
    var ledgerRows: [LedgerRowView]
    var ledgerIsLong: Bool
    var finalSentence: String
    var exerciseNote: String?
    var textbookSentence: String
    var textbookRows: [TextbookRowView]
    var attribution: [Row]
    var monteCarlo: MonteCarloView?
    /// Charts of the Monte Carlo study (section 7).
    var monteCarloFigures: [FigureView]
}
