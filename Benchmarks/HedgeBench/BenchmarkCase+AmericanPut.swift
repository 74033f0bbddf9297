import Pricing

/// Inputs of the American put case (DESIGN.md §3): S = 250, K = 240, r = 4.5%, q = 0,
/// σ = 60%, 30 days (ACT/365), CRR with 1000 steps.
struct AmericanPutInputs: Sendable, Codable {
    var spot = 250.0
    var strike = 240.0
    /// Per year, continuously compounded.
    var rate = 0.045
    var dividendYield = 0.0
    /// Per √year.
    var volatility = 0.60
    /// Calendar days to expiry; τ = days/365.
    var days = 30
    var steps = 1000

    var contract: OptionContract {
        OptionContract(type: .put, style: .american, strike: strike, expiry: Double(days) / 365)
    }

    var market: Market {
        Market(spot: spot, rate: rate, dividendYield: dividendYield, volatility: volatility)
    }

    /// The course's put (S = 261.4899, K = 260, r = 4.31%, σ = 60.56%, 60 days) on a
    /// 20,000-step tree: issue 14's size.
    static let course20000 = AmericanPutInputs(
        spot: 261.4899, strike: 260, rate: 0.0431, volatility: 0.6056214363806551, days: 60, steps: 20_000
    )
}

extension BenchmarkCase {
    /// One American put on a CRR tree (1000 steps by default), against QuantLib's
    /// BinomialVanillaEngine. QuantLib rolls back the whole tree, N²/2 nodes; ours the band of
    /// nodes that can move the price (BinomialLattice's band), which at 20,000 steps is a
    /// twelfth of them (17.0 million of 200 million).
    static func americanPut(
        _ inputs: AmericanPutInputs = AmericanPutInputs(), name: String = "american-put-crr", target: Double = 10,
        ours schedule: Schedule = Schedule(warmUps: 5, samples: 15, callsPerSample: 20),
        peer peerSchedule: Schedule = Schedule(warmUps: 2, samples: 15, callsPerSample: 4)
    ) -> BenchmarkCase {
        let model = BinomialLatticeModel(steps: inputs.steps)
        let contract = inputs.contract, market = inputs.market
        let nodes = (try? model.nodeUpdates(of: contract, in: market)) ?? 0
        return BenchmarkCase(
            name: name,
            title: "American put S = \(inputs.spot), K = \(inputs.strike), σ = \(inputs.volatility), \(inputs.days) days, "
                + "CRR \(inputs.steps) steps: price, Δ, Γ, Θ from one tree",
            timed: """
                one backward induction per call. Ours: BinomialLatticeModel.price(of:in:), whose \
                rollback also reads Δ, Γ, Θ from the tree's first levels (the public path that builds \
                exactly one tree; valuation(of:in:) adds 4 bumped trees for vega and rho). Peer: \
                VanillaOption.recalculate() then NPV(), delta(), gamma(), theta() on \
                BinomialVanillaEngine(process, "crr", \(inputs.steps)); recalculate() defeats the \
                instrument's cache, so every call builds a new tree. Ours rolls back \(nodes) of the tree's \
                \(inputs.steps * (inputs.steps + 1) / 2) node updates: the rest cannot move the price by 10⁻¹² \
                of itself.
                """,
            ours: [
                OurVariant(
                    label: "BinomialLatticeModel(steps: \(inputs.steps)).price(of:in:)",
                    schedule: schedule,
                    call: { try model.price(of: contract, in: market) }
                ),
            ],
            peer: PeerScript(
                file: "quantlib_american_put.py",
                parameters: PeerScript.json(inputs),
                schedule: peerSchedule
            ),
            target: .speedUp(target),
            evaluationsPerCall: nil,
            values: {
                let value = try model.valuation(of: contract, in: market)
                return ["price": value.price, "delta": value.delta, "gamma": value.gamma, "theta": value.theta]
            }
        )
    }
}
