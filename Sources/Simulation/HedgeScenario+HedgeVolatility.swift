import Foundation
import Pricing

extension HedgeScenario {
    /// The volatility of the Δ the textbook hedge trades, per √year, or nil when it hedges at
    /// each date's implied volatility (``HedgeVolatility/implied``).
    ///
    /// ``HedgeVolatility/realized`` is the scenario's ``PathDynamics/realizedVolatility`` for a simulated
    /// path, and for an observed path (a price file) the volatility the file realizes over the
    /// run, ``PricePath/realizedVolatility``.
    public func hedgingVolatility() -> Double? {
        switch hedge.volatility {
        case .implied:
            return nil
        case let .fixed(sigma):
            return sigma
        case .realized:
            if case let .observed(path) = dynamics.pathModel, let observed = path.realizedVolatility {
                return observed
            }
            return dynamics.realizedVolatility
        }
    }

    /// True when the hedge is given a volatility (`--hedge-vol realized` or a number) whose
    /// value is the implied volatility, constant along the path: its Δ is then the Δ at the
    /// implied σ, whatever the option's name (realized equal to implied, the default run's case).
    public var hedgesAtImpliedVolatilityValue: Bool {
        guard let sigma = hedgingVolatility(), case .constant = dynamics.volatilityModel else { return false }
        return abs(sigma - market.volatility) <= 1e-12
    }

    /// The option's Δ at the hedging volatility at every date of `valued`, priced by `model`;
    /// nil when the hedge trades at the implied volatility (``HedgeVolatility/implied``).
    public func hedgeVolatilityDeltas(along valued: ValuedPath, model: some PricingModel) throws(SimulationError) -> [Double]? {
        guard let sigma = hedgingVolatility() else { return nil }
        return try ValuedPath.value(
            position.contract, along: valued.path, market: market,
            volatilities: Array(repeating: sigma, count: valued.path.times.count), model: model
        ).valuations.map(\.delta)
    }

    /// ``hedgeVolatilityDeltas(along:model:)`` read from `deltaModel`, a premium and Δ prepared
    /// at the hedging volatility for `valued`'s dates (date i of the path is date i of the model's):
    /// a Monte Carlo study reads the Δ off that grid instead of pricing a tree at every date of
    /// every path. Nil when the hedge trades at the implied volatility.
    ///
    /// - Throws: ``SimulationError`` naming the step, its time and spot, when the model fails
    ///   there or gives a Δ that is not finite.
    public func hedgeVolatilityDeltas(
        along valued: ValuedPath, reading deltaModel: any PremiumAndDeltaModel
    ) throws(SimulationError) -> [Double]? {
        guard let sigma = hedgingVolatility() else { return nil }
        var point = market
        point.volatility = sigma
        let path = valued.path
        var deltas = [Double]()
        deltas.reserveCapacity(path.times.count)
        for i in path.times.indices {
            point.time = path.times[i]
            point.spot = path.spots[i]
            let delta: Double
            do {
                delta = try deltaModel.premiumAndDelta(in: point, date: i).delta
            } catch {
                throw SimulationError(.pricingFailed(step: i, time: point.time, spot: point.spot, error))
            }
            guard delta.isFinite else {
                throw SimulationError(.pricingFailed(
                    step: i, time: point.time, spot: point.spot, PricingError(.nonFiniteResult("Δ \(delta) at the hedging volatility"))
                ))
            }
            deltas.append(delta)
        }
        return deltas
    }

    /// Checks the hedging volatility: a number > 0 and finite, an option of one leg (a book's
    /// legs carry their own volatilities), and not with Leland's rule (which sets its own).
    func validateHedgeVolatility() throws(SimulationError) {
        guard hedge.volatility != .implied else { return }
        func refuse(_ name: String, _ value: String, _ allowed: String) -> SimulationError {
            SimulationError(.invalidInput(name: name, value: value, allowed: allowed))
        }
        if case let .fixed(sigma) = hedge.volatility, !(sigma.isFinite && sigma > 0) {
            throw refuse("hedging volatility", "\(sigma)", "a finite number > 0 per √year")
        }
        if !book.isSingleOption {
            throw refuse("hedging volatility for a book", hedge.volatility.name, "implied (each leg is hedged at its own volatility)")
        }
        if let own = hedge.rebalancing.ownHedgingVolatility {
            throw refuse("hedging volatility with \(own.rule)", hedge.volatility.name, "implied (\(own.rule) sets its own volatility)")
        }
        if hedgingVolatility() == nil || !(hedgingVolatility()! > 0) {
            throw refuse("realized volatility to hedge at", "\(hedgingVolatility() ?? .nan)", "> 0 per √year")
        }
    }
}
