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

    func rollBack() -> Result {
        let tau = market.timeToExpiry(of: contract)
        guard tau > 0 else {
            let atExpiry = BlackScholesModel.atExpiry(contract, spot: market.spot)
            return Result(price: atExpiry.price, delta: atExpiry.delta, gamma: 0, theta: 0)
        }
        let n = steps
        let dt = tau / Double(n)
        let sigmaSqrtDt = market.volatility * dt.squareRoot()
        let u = exp(sigmaSqrtDt)
        let d = 1 / u
        let growth = exp((market.rate - market.dividendYield) * dt)
        let discount = exp(-market.rate * dt)
        let p = (growth - d) / (u - d)
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
        var levelOne = (0.0, 0.0), levelTwo = (0.0, 0.0, 0.0)
        values.withUnsafeMutableBufferPointer { v in
            evenExercise.withUnsafeBufferPointer { even in
                oddExercise.withUnsafeBufferPointer { odd in
                    func exercise(level i: Int) -> (UnsafePointer<Double>, Int) {
                        ((n - i) % 2 == 0 ? even.baseAddress! : odd.baseAddress!, (n - i) / 2)
                    }
                    let (base, offset) = exercise(level: start)
                    if blackScholesLastStep {
                        for j in 0...start {
                            let spot = s0 * exp(sigmaSqrtDt * Double(2 * j - start))
                            let european = lastStepValue(spot: spot, dt: dt)
                            v[j] = isAmerican ? max(european, base[j + offset]) : european
                        }
                    } else {
                        for j in 0...start { v[j] = base[j + offset] }
                    }
                    if start == 2 { levelTwo = (v[0], v[1], v[2]) }
                    if start == 1 { levelOne = (v[0], v[1]) }
                    var i = start - 1
                    while i >= 0 {
                        let (base, offset) = exercise(level: i)
                        let row = base + offset
                        Self.stepBack(v.baseAddress!, count: i + 1, a: a, b: b, exercise: isAmerican ? row : nil)
                        if i == 2 { levelTwo = (v[0], v[1], v[2]) }
                        if i == 1 { levelOne = (v[0], v[1]) }
                        i -= 1
                    }
                }
            }
        }
        let price = values[0]
        let delta = (levelOne.1 - levelOne.0) / (s0 * u - s0 * d)
        guard start >= 2 else {
            // Without a second level, Γ and Θ cannot be read from the tree.
            return Result(price: price, delta: delta, gamma: 0, theta: 0)
        }
        let upperDelta = (levelTwo.2 - levelTwo.1) / (s0 * u * u - s0)
        let lowerDelta = (levelTwo.1 - levelTwo.0) / (s0 - s0 * d * d)
        let gamma = (upperDelta - lowerDelta) / (0.5 * (s0 * u * u - s0 * d * d))
        let theta = (levelTwo.1 - price) / (2 * dt)
        return Result(price: price, delta: delta, gamma: gamma, theta: theta)
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
