import Pricing

extension BenchmarkCase {
    /// The lattice's time per node update at 1,000, 5,000 and 20,000 steps (issue 14: the cost
    /// must follow the work, with no cliff as the tree outgrows a cache or its far nodes'
    /// values underflow).
    ///
    /// Each variant does about the same number of node updates, the 20,000-step tree's, as
    /// whole trees of its size, so their medians compare the time per node directly; the
    /// target holds the 20,000-step tree to 1.2 times the 1,000-step trees' time.
    static func latticeScaling(_ inputs: AmericanPutInputs = .course20000, sizes: [Int] = [20_000, 1000, 5000]) -> BenchmarkCase {
        let contract = inputs.contract, market = inputs.market
        let models = sizes.map { BinomialLatticeModel(steps: $0) }
        let nodes = models.map { (try? $0.nodeUpdates(of: contract, in: market)) ?? 1 }
        let trees = nodes.map { max(1, Int((Double(nodes[0]) / Double($0)).rounded())) }
        return BenchmarkCase(
            name: "lattice-scaling",
            title: "time per node of the course's American put, CRR \(sizes.map(String.init).joined(separator: ", ")) steps",
            timed: """
                per call, whole trees of one size (BinomialLatticeModel.price(of:in:), price, Δ, Γ, Θ) \
                adding up to about the \(nodes[0]) node updates of one \(sizes[0])-step tree: \
                \(zip(sizes, trees).map { "\($1) × \($0) steps" }.joined(separator: ", ")). The node \
                updates per tree (\(zip(sizes, nodes).map { "\($0): \($1)" }.joined(separator: ", "))) \
                are the band's (BinomialLattice.Band): about 6√N nodes a level, so N^{3/2} in all.
                """,
            ours: zip(models, trees).map { model, count in
                OurVariant(
                    label: "\(count) × BinomialLatticeModel(steps: \(model.steps)).price(of:in:)",
                    schedule: Schedule(warmUps: 2, samples: 9, callsPerSample: 2),
                    call: {
                        var sum = 0.0
                        for _ in 0..<count { sum += try model.price(of: contract, in: market) }
                        return sum
                    }
                )
            },
            peer: nil,
            target: .slowdown(atMost: 1.2),
            breakdown: { medians in
                zip(zip(sizes, trees), zip(nodes, medians)).map { size, work in
                    let perNode = work.1 / Double(size.1 * work.0)
                    return "\(size.0) steps: \(String(format: "%.3f", perNode * 1e9)) ns per node update, "
                        + "\(ResultPrinter.duration(work.1 / Double(size.1))) per tree of \(work.0) updates"
                }
            },
            values: {
                Dictionary(uniqueKeysWithValues: zip(sizes, nodes).map { ("node updates per tree, \($0) steps", Double($1)) })
            }
        )
    }
}
