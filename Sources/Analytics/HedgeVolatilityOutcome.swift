import Simulation

/// One choice of the volatility the textbook hedge trades its Δ at, hedged on the study's paths
/// (``MonteCarloStudy/compareHedgeVolatilities(sweep:)``): its final P&L, USD for the whole
/// position at the horizon, with standard errors, beside the theory where there is one.
///
/// Theory (Ahmad & Wilmott, "Which free lunch would you like today, Sir?", Wilmott Magazine
/// 2005; DESIGN.md §2.4, §2.9). Under drift r − q every self-financing hedge of the option marked
/// at σi has the same expected P&L, e^{rH}·m·(E_σr[e^{−rH}·P_σi(S_H, T−H)] − P_σi(S0, T)), which
/// is m·(V(σr) − V(σi))·e^{rT} at H = T (``HedgingTheory/expectedProfit(realizedVolatility:premium:)``):
/// the choice moves the spread, not the mean. Hedged at σr to expiry, the P&L converges to that
/// deterministic figure, and what is left is the discrete-hedging error at σr,
/// √(½·m²·σr⁴·δt·∫₀^T E[(Γ(σr)·S²)²] dt) (``HedgingTheory`` with σi replaced by σr). Hedged at
/// σi, the P&L is path-dependent, Σ ½·m·Γ(σi)·S²·(σr² − σi²)·dt plus the discrete error: its
/// spread is not computed here (``theoryStdOmitted`` says so).
public struct HedgeVolatilityOutcome: Sendable, Hashable, Codable {
    /// The choice as `--hedge-vol` takes it: `implied`, `realized` or the number.
    public var hedgeVolatility: String
    /// The volatility the Δ was computed at, per √year (σi for `implied`).
    public var volatility: Double
    /// Mean final P&L on the study's own schedule, USD.
    public var mean: Double
    /// std/√n, USD.
    public var meanStandardError: Double
    /// Standard deviation of the final P&L, USD.
    public var std: Double
    /// s·√((κ − 1)/(4n)), USD.
    public var stdStandardError: Double
    /// The expected final P&L (see the type's note); nil with ``theoryMeanOmitted``.
    public var theoryMean: Double?
    /// The discrete-hedging std of the hedge at σr to expiry; nil with ``theoryStdOmitted``.
    public var theoryStd: Double?
    /// Why ``theoryMean`` is left out; nil when it is given.
    public var theoryMeanOmitted: String?
    /// Why ``theoryStd`` is left out; nil when it is given.
    public var theoryStdOmitted: String?
    /// The frequency sweep hedged at this volatility on the same paths as the other choices,
    /// with the theory's std for each N where ``theoryStd`` has one.
    public var sweep: [MonteCarloReport.SweepPoint]
    /// The log–log fit of the sweep's std against N (nil with fewer than two N).
    public var sweepFit: PowerLawFit?
}
