import LatticeKernel

extension BinomialLattice {
    /// Whether the processor and the operating system run 256-bit AVX instructions, which
    /// ``stepBack(_:count:a:b:exercise:wide:)`` uses when asked (always false off x86-64).
    static let hasWideVectors = hedge_lattice_has_wide_vectors()

    /// One level of backward induction in place: v[j] = a·v[j+1] + b·v[j] for j < count, then
    /// max with `exercise[j]` when early exercise is allowed.
    ///
    /// Four nodes at a time in SIMD registers: each block reads v[j…j+4] before it writes
    /// v[j…j+3], so working in place is safe, and the loop needs no second buffer.
    ///
    /// With `wide` (``BinomialLattice/wideVectors``, where the processor has AVX), the blocks run
    /// in the C kernel's 256-bit registers (`hedge_lattice_step_back_wide`), four nodes an
    /// instruction instead of SSE2's two, Swift's baseline on x86-64: the same multiplications,
    /// additions and maxima per node, each rounded alone, so the values are the same to the last
    /// bit (`LatticeKernelTests`), and a level costs about half (issue 26). The tail of fewer
    /// than four nodes is done here.
    @inline(__always)
    static func stepBack(
        _ v: UnsafeMutablePointer<Double>, count: Int, a: Double, b: Double, exercise: UnsafePointer<Double>?,
        wide: Bool = hasWideVectors
    ) {
        typealias Block = SIMD4<Double>
        let up = Block(repeating: a), down = Block(repeating: b)
        let raw = UnsafeMutableRawPointer(v)
        var j = wide ? hedge_lattice_step_back_wide(v, count, a, b, exercise) : 0
        if let exercise {
            let exerciseRaw = UnsafeRawPointer(exercise)
            while j + 4 <= count {
                let offset = j &* MemoryLayout<Double>.stride
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
                let offset = j &* MemoryLayout<Double>.stride
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
}
