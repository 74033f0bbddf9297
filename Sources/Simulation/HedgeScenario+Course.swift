import Pricing

extension HedgeScenario {
    /// The course's contract (DESIGN.md §2.6): one long TSLA put, strike 260, American,
    /// quoted 2023-06-16 with 60.5 days to expiry; S0 = 261.4899, implied volatility
    /// 0.6056214, r = 0.0431, q = 0. The path is a seeded GBM with drift r and realized
    /// volatility equal to the implied one, rebalanced daily (ACT/365) to expiry.
    public static let course = HedgeScenario(
        book: Book(Position(
            contract: OptionContract(type: .put, style: .american, strike: 260, expiry: courseDaysToExpiry / 365),
            contracts: 1,
            side: .long
        )),
        market: Market(spot: 261.4899, rate: 0.0431, dividendYield: 0, volatility: 0.6056214),
        dynamics: PathDynamics(drift: 0.0431, realizedVolatility: 0.6056214, seed: 2023),
        hedge: HedgingStrategy(schedule: RebalancingSchedule(interval: 1.0 / 365, horizon: courseDaysToExpiry / 365))
    )

    /// Calendar days from the quote (2023-06-16) to expiry (2023-08-18) as the course counts them.
    public static let courseDaysToExpiry = 60.5

    /// The course prices on a CRR lattice with this many levels.
    public static let courseLatticeSteps = 366

    /// The market's mid quote for the course's put, currency per share (the model gives 23.99).
    public static let courseMarketPremium = 23.70
}
