import Pricing
import Simulation

/// Where one interval's P&L of the textbook hedge came from (DESIGN.md §2.3, the desk's
/// "P&L explain"), in USD for the whole position.
///
/// With the Greeks at the interval's start, the option position's change is
/// m·dP = m·[Δ·dS + ½Γ·dS² + Θ·dt + ν·dσ + ρ·dr] + unexplained; the shares add n·dS, the cash
/// account its interest and the dividends, and trading costs money. For the textbook hedge
/// n = −m·Δ, so the delta term cancels the shares' gain and what is left is gamma against
/// theta and financing.
public struct ProfitAttribution: Sendable, Hashable, Codable {
    /// (m·Δ + n)·dS: the exposure the hedge left open (0 for the textbook hedge).
    public var delta: Double
    /// ½·m·Γ·dS².
    public var gamma: Double
    /// m·Θ·dt.
    public var theta: Double
    /// m·ν·dσ.
    public var vega: Double
    /// m·ρ·dr.
    public var rho: Double
    /// Interest on the cash account and dividends on the shares held.
    public var financing: Double
    /// Transaction costs paid, as a negative amount.
    public var costs: Double
    /// What the Taylor expansion misses: m·dP less the Greek terms.
    public var unexplained: Double
    /// m·(P_model(0) − quote): with the premium paid at the market's quote
    /// (`--start-premium market`), the gap between the model's premium and the quote, which the
    /// first step's premium change carries; booked here, not in ``unexplained`` (it is no term
    /// the Greeks miss). 0 when the hedge starts at the model's premium.
    public var modelMarketGap: Double = 0

    /// The sum of every part: the interval's change in the hedging P&L.
    public var total: Double {
        delta + gamma + theta + vega + rho + financing + costs + unexplained + modelMarketGap
    }

    /// All parts zero.
    public static let zero = ProfitAttribution(
        delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0, financing: 0, costs: 0, unexplained: 0
    )

    /// Part by part sum.
    public static func + (lhs: ProfitAttribution, rhs: ProfitAttribution) -> ProfitAttribution {
        ProfitAttribution(
            delta: lhs.delta + rhs.delta, gamma: lhs.gamma + rhs.gamma, theta: lhs.theta + rhs.theta,
            vega: lhs.vega + rhs.vega, rho: lhs.rho + rhs.rho, financing: lhs.financing + rhs.financing,
            costs: lhs.costs + rhs.costs, unexplained: lhs.unexplained + rhs.unexplained,
            modelMarketGap: lhs.modelMarketGap + rhs.modelMarketGap
        )
    }
}

extension ProfitAttribution {
    /// The attribution of every interval of a textbook hedge along its valued path; element i
    /// explains the change from date i − 1 to date i (element 0 is the set-up's costs).
    public static func explain(_ rows: [TextbookHedgeRow], on valuedPath: ValuedPath, multiplier m: Double) -> [ProfitAttribution] {
        guard let first = rows.first else { return [] }
        var parts = [ProfitAttribution.zero]
        parts[0].costs = -first.transactionCost
        parts[0].unexplained = first.profitAndLoss + first.transactionCost
        for i in rows.indices.dropFirst() {
            let start = valuedPath.valuations[i - 1]
            let dS = rows[i].spot - rows[i - 1].spot
            let dt = rows[i].time - rows[i - 1].time
            let dSigma = valuedPath.markets[i].volatility - valuedPath.markets[i - 1].volatility
            let dRate = valuedPath.markets[i].rate - valuedPath.markets[i - 1].rate
            let held = rows[i - 1].sharesHeld
            var part = ProfitAttribution.zero
            part.delta = (m * start.delta + held) * dS
            part.gamma = 0.5 * m * start.gamma * dS * dS
            part.theta = m * start.theta * dt
            part.vega = m * start.vega * dSigma
            part.rho = m * start.rho * dRate
            part.costs = -rows[i].transactionCost
            let optionChange = m * (rows[i].premium - rows[i - 1].premium)
            part.unexplained = optionChange - (m * start.delta * dS + part.gamma + part.theta + part.vega + part.rho)
            // The rest of the P&L change is the cash account's own growth: interest and dividends.
            let change = rows[i].profitAndLoss - rows[i - 1].profitAndLoss
            part.financing = change - optionChange - held * dS - part.costs
            parts.append(part)
        }
        return parts
    }

    /// ½·m·Γ·S²·[(dS/S)² − σ²·dt] for each interval (0 for the set-up): the gamma-versus-theta
    /// view of a delta-hedged option's P&L — it gains when the share moves more than the
    /// implied volatility priced in, and bleeds when it moves less.
    public static func gammaAgainstTheta(on valuedPath: ValuedPath, multiplier m: Double) -> [Double] {
        let spots = valuedPath.path.spots, times = valuedPath.path.times
        guard !spots.isEmpty else { return [] }
        return [0] + spots.indices.dropFirst().map { i in
            let start = valuedPath.valuations[i - 1]
            let move = (spots[i] - spots[i - 1]) / spots[i - 1]
            let sigma = valuedPath.markets[i - 1].volatility
            let dt = times[i] - times[i - 1]
            return 0.5 * m * start.gamma * spots[i - 1] * spots[i - 1] * (move * move - sigma * sigma * dt)
        }
    }
}
