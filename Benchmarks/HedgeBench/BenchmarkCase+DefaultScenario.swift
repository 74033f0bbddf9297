import Pricing
import Simulation

extension BenchmarkCase {
    /// One run of the default scenario (issue 4): the course's American put, hedged daily to
    /// expiry, valued at every date on a 366-level CRR lattice with vega and rho by bumping,
    /// with all four share-balance estimators and the textbook hedge. No library does this
    /// whole run, so it is held to the budget instead of a peer.
    static func defaultScenario(budget seconds: Double = 0.050) -> BenchmarkCase {
        let scenario = HedgeScenario.course
        let model = BinomialLatticeModel(steps: HedgeScenario.courseLatticeSteps)
        let path = scenario.pricePath()
        let dates = path.times.count
        return BenchmarkCase(
            name: "default-scenario",
            title: "the default scenario: course put, \(dates) daily dates, CRR \(model.steps) levels, "
                + "4 estimators + textbook hedge",
            timed: """
                one HedgeScenario.course.simulate(model: BinomialLatticeModel(steps: \(model.steps))): \
                validation, the seeded GBM path, a full valuation at each of the \(dates) dates (one \
                lattice for price, Δ, Γ, Θ and four bumped lattices for vega and rho: \(5 * dates) \
                lattices), the early-exercise check, the \(scenario.hedge.estimators.count) share-balance \
                ledgers and the textbook ledger. One thread, as simulate is. The second line values the \
                same path alone (ValuedPath.value), to show what the ledgers add.
                """,
            ours: [
                OurVariant(
                    label: "HedgeScenario.course.simulate(model:)",
                    schedule: Schedule(warmUps: 3, samples: 10, callsPerSample: 2),
                    call: { try scenario.simulate(model: model).textbook.last?.profitAndLoss ?? 0 }
                ),
                OurVariant(
                    label: "ValuedPath.value(…) alone (for context)",
                    schedule: Schedule(warmUps: 3, samples: 10, callsPerSample: 2),
                    call: {
                        try ValuedPath.value(
                            scenario.position.contract, along: path, market: scenario.market, model: model
                        ).valuations.last?.price ?? 0
                    }
                ),
            ],
            peer: nil,
            target: .budget(seconds: seconds),
            breakdown: { medians in
                ["the rest (path, exercise check, 5 ledgers): \(ResultPrinter.difference(medians[0] - medians[1]))"]
            },
            values: {
                let simulation = try scenario.simulate(model: model)
                return [
                    "premium at t = 0, USD per share": simulation.valuedPath.valuations[0].price,
                    "dates valued": Double(simulation.valuedPath.valuations.count),
                    "textbook final P&L, USD": simulation.textbook.last?.profitAndLoss ?? .nan,
                ]
            }
        )
    }
}
