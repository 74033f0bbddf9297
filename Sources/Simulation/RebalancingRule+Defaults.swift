extension RebalancingRule {
    /// The band's width when none is given, as a fraction of the position's |m| shares: 5%, so
    /// 5 shares per contract of 100.
    public static let defaultBandFraction = 0.05

    /// Whalley–Wilmott's risk aversion γ when none is given, per USD of the whole position
    /// (pfhedge's default too): a band of about 3 shares per contract either side of −m·Δ on
    /// the course's put at 20 bps.
    public static let defaultRiskAversion = 0.01

    /// The band's width in shares when none is given: ``defaultBandFraction`` of the position's
    /// |m| shares, m the signed multiplier (contracts × shares per contract).
    public static func defaultBand(multiplier: Double) -> Double {
        defaultBandFraction * abs(multiplier)
    }
}
