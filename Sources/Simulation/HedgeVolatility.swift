/// The volatility of the Δ the textbook hedge trades (`--hedge-vol`), while the option is still
/// marked at the implied volatility (DESIGN.md §2.9).
///
/// When the share realizes a volatility σr other than the implied σi, a delta hedger chooses
/// the volatility in the Δ it trades. Hedged at σr, the final P&L tends, as the hedge becomes
/// continuous, to the deterministic m·(V(σr) − V(σi))·e^{rT}; hedged at σi, it is
/// path-dependent, Σ ½·m·Γ(σi)·S²·(σr² − σi²)·dt, and leaves a floor under the frequency sweep
/// (Ahmad & Wilmott, "Which free lunch would you like today, Sir?", Wilmott Magazine 2005;
/// Sinclair, *Volatility Trading*, 2008, ch. 5).
public enum HedgeVolatility: Sendable, Hashable, Codable {
    /// The implied volatility of each date: the hedge of today (and the default).
    case implied
    /// The volatility the path realizes: the scenario's realized volatility for a simulated
    /// path, the file's realized volatility over the run for an observed one
    /// (``HedgeScenario/hedgingVolatility()``).
    case realized
    /// A given volatility, per √year, > 0.
    case fixed(Double)

    /// The choice as `--hedge-vol` writes it: `implied`, `realized` or the number.
    public var name: String {
        switch self {
        case .implied: "implied"
        case .realized: "realized"
        case let .fixed(sigma): "\(sigma)"
        }
    }
}
