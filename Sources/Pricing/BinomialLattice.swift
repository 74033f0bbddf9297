import Foundation

/// One backward induction on a Cox–Ross–Rubinstein lattice: the kernel behind
/// ``BinomialLatticeModel``.
///
/// Node j at level i (j = 0 lowest … i) has spot S0·u^(2j−i). The exercise values of all nodes
/// are computed once, by exponent k = 2j − i, into two arrays by the parity of n − i, so that
/// each level reads them contiguously and the inner loop
/// `v[j] = max(a·v[j+1] + b·v[j], exercise[j + offset])` vectorises.
struct BinomialLattice {
    /// Price, Δ, Γ and Θ (per year) read from one lattice (Hull's node method).
    struct Result {
        var price: Double
        var delta: Double
        var gamma: Double
        var theta: Double
    }

    var contract: OptionContract
    var market: Market
    var steps: Int
    /// Start from Black–Scholes values one step before expiry (Broadie–Detemple) instead of
    /// the payoff at expiry.
    var blackScholesLastStep: Bool

    /// Price, Δ, Γ and Θ at the lattice's root, the market's spot.
    func rollBack() -> Result {
        guard market.timeToExpiry(of: contract) > 0 else {
            let atExpiry = BlackScholesModel.atExpiry(contract, spot: market.spot)
            return Result(price: atExpiry.price, delta: atExpiry.delta, gamma: 0, theta: 0)
        }
        return nodeValuations(lead: 0)[0]
    }

    /// Price, Δ, Γ and Θ at every node of level `lead` of a lattice whose root is the market's
    /// spot `lead` steps before the market's time: node j sits at S·u^(2j − lead), and from
    /// each node the `steps` levels to expiry form exactly the lattice that would price the
    /// option afresh at that spot. One backward induction thus prices the option at `lead` + 1
    /// spots spaced 2σ√Δt apart in ln S — a whole grid for the cost of a slightly larger tree.
    /// Requires a time to expiry > 0.
    func nodeValuations(lead: Int) -> [Result] {
        let tau = market.timeToExpiry(of: contract)
        let n = steps + lead
        let dt = tau / Double(steps)
        let sigmaSqrtDt = market.volatility * dt.squareRoot()
        let u = exp(sigmaSqrtDt)
        let growth = exp((market.rate - market.dividendYield) * dt)
        let discount = exp(-market.rate * dt)
        let p = (growth - 1 / u) / (u - 1 / u)
        let a = discount * p
        let b = discount * (1 - p)
        let s0 = market.spot
        let strike = contract.strike
        let isCall = contract.type == .call
        let isAmerican = contract.style == .american

        // Intrinsic value at exponent k = index − n, index = 0 … 2n, split by the parity of the
        // index: level i reads the array of parity n − i from offset (n − i)/2.
        var evenExercise = [Double](repeating: 0, count: n + 1)
        var oddExercise = [Double](repeating: 0, count: n)
        var spot = 0.0
        for index in 0...(2 * n) {
            // Successive nodes differ by a factor u; an exact exponential every 64 nodes keeps
            // the rounding error of the products below 64 ulps.
            spot = index % 64 == 0 ? s0 * exp(sigmaSqrtDt * Double(index - n)) : spot * u
            let value = isCall ? max(spot - strike, 0) : max(strike - spot, 0)
            if index % 2 == 0 { evenExercise[index / 2] = value } else { oddExercise[index / 2] = value }
        }

        let start = blackScholesLastStep ? n - 1 : n
        var values = [Double](repeating: 0, count: start + 1)
        var afterOne = [Double](), afterTwo = [Double]()
        values.withUnsafeMutableBufferPointer { v in
            evenExercise.withUnsafeBufferPointer { even in
                oddExercise.withUnsafeBufferPointer { odd in
                    func exercise(level i: Int) -> UnsafePointer<Double> {
                        ((n - i) % 2 == 0 ? even.baseAddress! : odd.baseAddress!) + (n - i) / 2
                    }
                    func record(level i: Int) {
                        if i == lead + 2 { afterTwo = Array(v[0...i]) }
                        if i == lead + 1 { afterOne = Array(v[0...i]) }
                    }
                    let row = exercise(level: start)
                    if blackScholesLastStep {
                        for j in 0...start {
                            let european = lastStepValue(spot: s0 * exp(sigmaSqrtDt * Double(2 * j - start)), dt: dt)
                            v[j] = isAmerican ? max(european, row[j]) : european
                        }
                    } else {
                        for j in 0...start { v[j] = row[j] }
                    }
                    record(level: start)
                    var i = start - 1
                    while i >= lead {
                        Self.stepBack(v.baseAddress!, count: i + 1, a: a, b: b, exercise: isAmerican ? exercise(level: i) : nil)
                        record(level: i)
                        i -= 1
                    }
                }
            }
        }
        return (0...lead).map { j in
            let nodeSpot = s0 * exp(sigmaSqrtDt * Double(2 * j - lead))
            let price = values[j]
            guard afterOne.count > j + 1 else {
                return Result(price: price, delta: 0, gamma: 0, theta: 0)
            }
            let delta = (afterOne[j + 1] - afterOne[j]) / (nodeSpot * u - nodeSpot / u)
            guard afterTwo.count > j + 2 else {
                // Without a second level, Γ and Θ cannot be read from the tree.
                return Result(price: price, delta: delta, gamma: 0, theta: 0)
            }
            let up = nodeSpot * u * u, down = nodeSpot / (u * u)
            let upperDelta = (afterTwo[j + 2] - afterTwo[j + 1]) / (up - nodeSpot)
            let lowerDelta = (afterTwo[j + 1] - afterTwo[j]) / (nodeSpot - down)
            let gamma = (upperDelta - lowerDelta) / (0.5 * (up - down))
            let theta = (afterTwo[j + 1] - price) / (2 * dt)
            return Result(price: price, delta: delta, gamma: gamma, theta: theta)
        }
    }

    /// One level of backward induction in place: v[j] = a·v[j+1] + b·v[j] for j < count, then
    /// max with `exercise[j]` when early exercise is allowed.
    ///
    /// Four nodes at a time in SIMD registers: each block reads v[j…j+4] before it writes
    /// v[j…j+3], so working in place is safe, and the loop needs no second buffer.
    @inline(__always)
    private static func stepBack(
        _ v: UnsafeMutablePointer<Double>, count: Int, a: Double, b: Double, exercise: UnsafePointer<Double>?
    ) {
        typealias Block = SIMD4<Double>
        let up = Block(repeating: a), down = Block(repeating: b)
        let raw = UnsafeMutableRawPointer(v)
        var j = 0
        if let exercise {
            let exerciseRaw = UnsafeRawPointer(exercise)
            while j + 4 <= count {
                let offset = j * MemoryLayout<Double>.stride
                let low = raw.loadUnaligned(fromByteOffset: offset, as: Block.self)
                let high = raw.loadUnaligned(fromByteOffset: offset + MemoryLayout<Double>.stride, as: Block.self)
                let now = exerciseRaw.loadUnaligned(fromByteOffset: offset, as: Block.self)
                let continuation = up * high + down * low
                raw.storeBytes(of: continuation.replacing(with: now, where: continuation .< now), toByteOffset: offset, as: Block.self)
                j += 4
            }
            while j < count {
                v[j] = max(a * v[j + 1] + b * v[j], exercise[j])
                j += 1
            }
        } else {
            while j + 4 <= count {
                let offset = j * MemoryLayout<Double>.stride
                let low = raw.loadUnaligned(fromByteOffset: offset, as: Block.self)
                let high = raw.loadUnaligned(fromByteOffset: offset + MemoryLayout<Double>.stride, as: Block.self)
                raw.storeBytes(of: up * high + down * low, toByteOffset: offset, as: Block.self)
                j += 4
            }
            while j < count {
                v[j] = a * v[j + 1] + b * v[j]
                j += 1
            }
        }
    }

    /// The European value over the last step, `dt` years, at `spot`.
    private func lastStepValue(spot: Double, dt: Double) -> Double {
        var node = market
        node.spot = spot
        node.time = contract.expiry - dt
        return (try? BlackScholesModel().price(of: contract.with(style: .european), in: node)) ?? 0
    }
}
