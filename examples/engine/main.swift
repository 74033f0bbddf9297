import Analytics
import Pricing
import Simulation

// The course's put: TSLA, strike 260, American, 60.5 days (ACT/365) to expiry.
let put = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)
let lattice = BinomialLatticeModel(steps: 366)

let value = try lattice.valuation(of: put, in: market)
print("premium \(value.price) USD per share, delta \(value.delta)")

// One long contract hedged daily to expiry along a seeded GBM path (drift r, σ as implied).
let scenario = HedgeScenario(
    book: Book(Position(contract: put, contracts: 1, side: .long)),
    market: market,
    dynamics: PathDynamics(drift: 0.0431, realizedVolatility: 0.6056214, seed: 2023),
    hedge: HedgingStrategy(schedule: RebalancingSchedule(interval: 1 / 365, horizon: 60.5 / 365))
)
let analysis = HedgeAnalysis(try scenario.simulate(model: lattice))
print("textbook hedge: final P&L \(analysis.textbook.finalPnL) USD")
