import Pricing

extension BenchmarkCase {
    /// Issue 14's whole-process call: `hedge-report price --json` for the course's put on a
    /// 20,000-step CRR tree, against a Python process pricing it with QuantLib, each timed from
    /// launch to exit as a user waits for it.
    static func americanPutProcess(
        _ inputs: AmericanPutInputs = .course20000, _ program: HedgeReportProcess = .besideThisProgram,
        target: Double = 10
    ) -> BenchmarkCase {
        let model = BinomialLatticeModel(steps: inputs.steps)
        let arguments = [
            "price", "--json", "--type", "put", "--style", "american", "--spot", "\(inputs.spot)",
            "--strike", "\(inputs.strike)", "--rate", "\(inputs.rate)", "--dividend-yield", "\(inputs.dividendYield)",
            "--vol", "\(inputs.volatility)", "--days", "\(inputs.days)", "--lattice-steps", "\(inputs.steps)",
        ]
        return BenchmarkCase(
            name: "american-put-process-\(inputs.steps)",
            title: "hedge-report \(arguments.joined(separator: " ")), whole process",
            timed: """
                one process from launch to exit, wall clock. Ours: the release executable \
                (.build/release/hedge-report) with the flags above: start-up, flags, the tree (price, \
                Δ, Γ, Θ) and four bumped trees for vega and rho (BBS lattices), the JSON. Peer: \
                python -c with import QuantLib, the BinomialVanillaEngine(process, "crr", \
                \(inputs.steps)) tree (NPV, delta, gamma, theta; no vega or rho), json.dumps — the \
                script a user would write (Benchmarks/peers/quantlib_american_put_process.py).
                """,
            ours: [
                OurVariant(
                    label: "hedge-report price --json … --lattice-steps \(inputs.steps)",
                    schedule: Schedule(warmUps: 1, samples: 7, callsPerSample: 1),
                    call: { try program.run(arguments) }
                ),
            ],
            peer: PeerScript(
                file: "quantlib_american_put_process.py",
                parameters: PeerScript.json(inputs),
                schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1)
            ),
            target: .speedUp(target),
            values: {
                let value = try model.valuation(of: inputs.contract, in: inputs.market)
                return ["price": value.price, "delta": value.delta, "gamma": value.gamma, "theta": value.theta]
            }
        )
    }
}
