import Pricing
import Testing
@testable import Simulation

/// A path's dates are priced directly on the model (issue 26): the first with the full
/// valuation, whose rho the report shows, and every later one without rho's rate-bumped
/// lattices, since the rate is the same at every date and ρ·dr is 0. Against a full valuation
/// of each date, premium, Δ, Γ, Θ and vega differ by nothing at all.
struct ValuedPathDirectPricingTests {
    static let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
    static let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)

    /// The course's daily path on its 366-level lattice, and an hourly one on a smaller lattice
    /// with the implied volatility moving (so that vega's lattices move too).
    @Test(arguments: [(366, false), (100, true)])
    func everyDateIsItsFullValuationButForLaterRhos(steps: Int, movingVolatility: Bool) throws {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = 5
        if movingVolatility { scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / (365 * 24), horizon: 2.0 / 365) }
        let path = scenario.pricePath()
        let volatilities = movingVolatility ? path.times.indices.map { 0.6 + 0.001 * Double($0 % 7) } : nil
        let model = BinomialLatticeModel(steps: steps)
        let valued = try ValuedPath.value(
            Self.contract, along: path, market: Self.market, volatilities: volatilities, model: model, threads: 2
        )
        #expect(valued.valuations.count == path.times.count && path.times.count > 40)
        var largest = 0.0
        for (index, point) in valued.markets.enumerated() {
            #expect(point.rate == Self.market.rate && point.dividendYield == Self.market.dividendYield)
            let direct = try model.valuation(of: Self.contract, in: point)
            let value = valued.valuations[index]
            if index == 0 {
                #expect(value == direct, "the first date is the full valuation, rho \(direct.rho) included")
                #expect(value.rho < 0)
            } else {
                #expect(value.rho == 0)
            }
            for (got, expected) in [(value.price, direct.price), (value.delta, direct.delta), (value.gamma, direct.gamma),
                                    (value.theta, direct.theta), (value.vega, direct.vega)] {
                largest = max(largest, abs(got - expected))
            }
        }
        #expect(largest == 0, "largest difference from direct pricing: \(largest)")
    }

    /// A closed form's rho costs nothing: a European path keeps it at every date.
    @Test func closedFormKeepsRhoAtEveryDate() throws {
        let european = Self.contract.with(style: .european)
        let path = HedgeScenario.course.pricePath()
        let valued = try ValuedPath.value(european, along: path, market: Self.market, model: BlackScholesModel())
        for (index, point) in valued.markets.enumerated() {
            #expect(valued.valuations[index] == (try BlackScholesModel().valuation(of: european, in: point)))
        }
    }
}
