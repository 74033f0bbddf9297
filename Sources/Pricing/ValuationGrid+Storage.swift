extension ValuationGrid {
    /// One spot table of one date and volatility node, its values kept in the grid's flat
    /// ``ValuationGrid/storage``: at ln S = `lowerLogSpot` + k·`logStep`, k = 0 … count − 1, each
    /// held quantity a run of `count` values from its offset (nil: not held).
    ///
    /// A study reads a grid tens of millions of times on every core at once. Tables of plain
    /// numbers and one shared buffer cost no reference counting per read, where a table of
    /// arrays cost one atomic increment and decrement per array per read, on counters the cores
    /// shared.
    struct Table: Sendable {
        var lowerLogSpot: Double
        var logStep: Double
        var count: Int
        var price: Int
        var delta: Int?
        var gamma: Int?
        var theta: Int?
        /// ∂P/∂r per 1.00 of rate; nil on a node that carries the premium only, and on a companion.
        var rho: Int?
    }

    /// One date's tables at one volatility node: its own and, on a lattice, a companion whose
    /// interpolation is averaged with it (``ValuationGrid/price(time:layout:contract:market:model:tables:)``).
    struct Node: Sendable {
        var own: Table
        var companion: Table?
    }

    /// `slices` packed into nodes (date-major, ``volatilities`` per date) over one buffer.
    static func pack(_ slices: [Slice]) -> (nodes: [Node], storage: [Double]) {
        var storage = [Double]()
        storage.reserveCapacity(slices.reduce(0) { total, slice in
            total + ([slice] + slice.companions).reduce(0) { $0 + $1.prices.count * 5 }
        })
        func append(_ values: [Double]) -> Int? {
            guard !values.isEmpty else { return nil }
            defer { storage += values }
            return storage.count
        }
        func table(_ slice: Slice) -> Table {
            Table(
                lowerLogSpot: slice.lowerLogSpot, logStep: slice.logStep, count: slice.prices.count,
                price: append(slice.prices) ?? storage.count, delta: append(slice.deltas), gamma: append(slice.gammas),
                theta: append(slice.thetas), rho: append(slice.rhos)
            )
        }
        let nodes = slices.map { slice in
            // A lattice date carries one companion at most (``price(time:layout:contract:market:model:tables:)``).
            Node(own: table(slice), companion: slice.companions.first.map(table))
        }
        return (nodes, storage)
    }
}

extension ValuationGrid.Node {
    /// The interpolated premium and the Greeks in `reading` at ln S = `logSpot` (vega 0, the
    /// rest 0), averaged with the companion's (rho, which it does not carry, excepted); nil
    /// outside either. On a node that holds the premium only, only the premium.
    @inline(__always)
    func interpolate(
        atLogSpot logSpot: Double, reading: Valuation.Greeks, in storage: UnsafeBufferPointer<Double>
    ) -> Valuation? {
        guard var sum = own.interpolate(atLogSpot: logSpot, reading: reading, in: storage) else { return nil }
        var tables = 1.0
        if let companion {
            guard let other = companion.interpolate(atLogSpot: logSpot, reading: reading, in: storage) else { return nil }
            sum.price += other.price
            sum.delta += other.delta
            sum.gamma += other.gamma
            sum.theta += other.theta
            tables += 1
        }
        let scale = 1 / tables
        // Rho is the own table's: the companion does not carry it.
        return Valuation(
            price: sum.price * scale, delta: sum.delta * scale, gamma: sum.gamma * scale, theta: sum.theta * scale,
            vega: 0, rho: sum.rho
        )
    }

    /// The premium and Δ of ``interpolate(atLogSpot:reading:in:)`` reading them, the same
    /// operations in the same order.
    @inline(__always)
    func premiumAndDelta(atLogSpot logSpot: Double, in storage: UnsafeBufferPointer<Double>) -> PremiumAndDelta? {
        guard let own = own.premiumAndDelta(atLogSpot: logSpot, in: storage) else { return nil }
        // Scaled by 1 / 1 alone, by 1 / 2 = 0.5 with the companion, as the full reading is.
        guard let companion else { return own }
        guard let other = companion.premiumAndDelta(atLogSpot: logSpot, in: storage) else { return nil }
        return PremiumAndDelta(price: (own.price + other.price) * 0.5, delta: (own.delta + other.delta) * 0.5)
    }

    /// True when the node's tables all cover ln S = `logSpot`.
    func covers(logSpot: Double) -> Bool {
        own.covers(logSpot: logSpot) && (companion?.covers(logSpot: logSpot) ?? true)
    }
}

extension ValuationGrid.Table {
    /// True when the table covers ln S = `logSpot` (and has the four points a cubic needs).
    func covers(logSpot: Double) -> Bool {
        let position = (logSpot - lowerLogSpot) / logStep
        return count >= 4 && position >= 0 && position <= Double(count - 1)
    }

    /// The premium and Δ of ``interpolate(atLogSpot:reading:in:)`` reading them (Δ 0 when the
    /// table holds none), the same operations in the same order.
    @inline(__always)
    func premiumAndDelta(atLogSpot logSpot: Double, in storage: UnsafeBufferPointer<Double>) -> PremiumAndDelta? {
        guard let cubic = cubic(atLogSpot: logSpot) else { return nil }
        return PremiumAndDelta(price: cubic.blend(price, in: storage), delta: cubic.blend(delta, in: storage))
    }

    /// The first of the four points around `logSpot` and their cubic Lagrange weights; nil
    /// outside the table (or with fewer than four points).
    @inline(__always)
    func cubic(atLogSpot logSpot: Double) -> Cubic? {
        let position = (logSpot - lowerLogSpot) / logStep
        let last = count - 1
        guard last >= 3, position >= 0, position <= Double(last) else { return nil }
        let base = min(max(Int(position) - 1, 0), last - 3)
        let t = position - Double(base) - 1
        // Weights of the points at t = −1, 0, 1, 2.
        return Cubic(
            base: base, w0: -t * (t - 1) * (t - 2) / 6, w1: (t + 1) * (t - 1) * (t - 2) / 2,
            w2: -(t + 1) * t * (t - 2) / 2, w3: (t + 1) * t * (t - 1) / 6
        )
    }

    /// Four consecutive points of a table and their weights.
    struct Cubic {
        var base: Int
        var w0, w1, w2, w3: Double

        /// The weighted sum of the quantity stored from `offset`; 0 when the table does not hold it.
        @inline(__always)
        func blend(_ offset: Int?, in storage: UnsafeBufferPointer<Double>) -> Double {
            guard let offset else { return 0 }
            let first = offset + base
            return w0 * storage[first] + w1 * storage[first + 1] + w2 * storage[first + 2] + w3 * storage[first + 3]
        }
    }

    /// Cubic Lagrange interpolation through the four points around `logSpot` of the premium
    /// and the Greeks in `reading` but vega (one not held reads 0, one not read is 0); nil
    /// outside the table.
    @inline(__always)
    func interpolate(
        atLogSpot logSpot: Double, reading: Valuation.Greeks, in storage: UnsafeBufferPointer<Double>
    ) -> Valuation? {
        guard let cubic = cubic(atLogSpot: logSpot) else { return nil }
        func blend(_ offset: Int?, _ greek: Valuation.Greeks) -> Double {
            reading.contains(greek) ? cubic.blend(offset, in: storage) : 0
        }
        return Valuation(
            price: cubic.blend(price, in: storage), delta: blend(delta, .delta), gamma: blend(gamma, .gamma),
            theta: blend(theta, .theta), vega: 0, rho: blend(rho, .rho)
        )
    }
}
