extension OptionContract {
    /// True when a model's `premium` at `spot` is this contract's intrinsic value (to 1e-12 of
    /// it) and that is positive: exercising at once is optimal there.
    ///
    /// On a lattice priced directly at `spot` this is exactly the lattice's decision at its root
    /// (the root holds max(continuation, intrinsic)). An interpolated premium is not: between
    /// grid points it stays above intrinsic near the exercise boundary, which is why a
    /// ``ValuationGrid`` decides by its boundary instead (``PricingModel/exercisesEarly(_:in:premium:)``).
    @inlinable
    public func exerciseIsOptimal(spot: Double, premium: Double) -> Bool {
        let intrinsic = intrinsicValue(spot: spot)
        return intrinsic > 0 && premium <= intrinsic * (1 + 1e-12)
    }
}
