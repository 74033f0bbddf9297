import Analytics

/// `summary.json`'s `wrongInformation`: the run's per-date LVT, LVM and PE (DESIGN.md §4) and,
/// when the study ran, the final PE's distribution at each correlation.
struct WrongInformationSummary: Encodable {
    struct Step: Encodable {
        var step: Int
        var lvt: Double
        var lvm: Double
        /// Percent; absent where LVT is 0.
        var percentError: Double?
        var spot: Double
        var modelSpot: Double
        var shares: Double
        var modelShares: Double
    }

    struct StudyPoint: Encodable {
        var correlation: Double
        var finalPercentError: DistributionSummary
        var meanLargestAbsolutePercentError: Double
    }

    struct Study: Encodable {
        var pairs: Int
        var correlations: [StudyPoint]
    }

    var steps: [Step]
    var study: Study?

    init(_ comparison: WrongInformation, study: WrongInformationStudy?) {
        steps = comparison.steps.map {
            Step(
                step: $0.step, lvt: $0.lvt, lvm: $0.lvm, percentError: $0.percentError, spot: $0.spot,
                modelSpot: $0.modelSpot, shares: $0.shares, modelShares: $0.modelShares
            )
        }
        self.study = study.map { study in
            Study(pairs: study.pairs, correlations: study.points.map {
                StudyPoint(
                    correlation: $0.correlation, finalPercentError: $0.finalPercentError,
                    meanLargestAbsolutePercentError: $0.meanLargestAbsolutePercentError
                )
            })
        }
    }
}
