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
}

extension BenchmarkCase {
    /// One American put on a 1000-step CRR tree, against QuantLib's BinomialVanillaEngine.
    static func americanPut(_ inputs: AmericanPutInputs = AmericanPutInputs()) -> BenchmarkCase {
        let model = BinomialLatticeModel(steps: inputs.steps)
        let contract = inputs.contract, market = inputs.market
        return BenchmarkCase(
            name: "american-put-crr",
            title: "American put, CRR \(inputs.steps) steps: price, Δ, Γ, Θ from one tree",
            timed: """
                one backward induction per call. Ours: BinomialLatticeModel.price(of:in:), whose \
                rollback also reads Δ, Γ, Θ from the tree's first levels (the public path that builds \
                exactly one tree; valuation(of:in:) adds 4 bumped trees for vega and rho). Peer: \
                VanillaOption.recalculate() then NPV(), delta(), gamma(), theta() on \
                BinomialVanillaEngine(process, "crr", \(inputs.steps)); recalculate() defeats the \
                instrument's cache, so every call builds a new tree.
                """,
            ours: [
                OurVariant(
                    label: "BinomialLatticeModel(steps: \(inputs.steps)).price(of:in:)",
                    schedule: Schedule(warmUps: 5, samples: 15, callsPerSample: 20),
                    call: { try model.price(of: contract, in: market) }
                ),
            ],
            peer: PeerScript(
                file: "quantlib_american_put.py",
                parameters: PeerScript.json(inputs),
                schedule: Schedule(warmUps: 2, samples: 15, callsPerSample: 4)
            ),
            target: .speedUp(10),
            evaluationsPerCall: nil,
            values: {
                let value = try model.valuation(of: contract, in: market)
                return ["price": value.price, "delta": value.delta, "gamma": value.gamma, "theta": value.theta]
            }
        )
    }
}
