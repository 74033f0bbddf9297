import Foundation

extension ValuationGrid {
    /// Where early exercise of an American contract begins at one date and volatility node:
    /// the critical spot S* of direct lattice pricing, a put being exercised at S ≤ S*, a call
    /// at S ≥ S*.
    ///
    /// Why the grid carries it: between grid points the interpolated premium of a put stays
    /// above K − S within about two node spacings of the boundary (a cubic through a kink), so
    /// a study that exercised where premium = intrinsic exercised late or never: 0.241 of the
    /// default study's paths where direct pricing on the same paths exercises 0.437 (issue 22).
    /// The grid's points are direct prices, so the boundary lies between the highest exercised
    /// point and the next (a put); bisection with direct pricing there narrows it to 10⁻⁵ in
    /// ln S, about ten lattice prices per date.
    struct ExerciseBoundary: Sendable, Hashable {
        /// The lowest and highest spots the decision covers (the date's grid points), USD per share.
        var spots: ClosedRange<Double>
        /// S*, USD per share: the exercised end of the last bisection interval; nil when no
        /// point in ``spots`` is exercised.
        var critical: Double?

        /// Relative width in spot at which the bisection stops.
        static let tolerance = 1e-5

        /// The boundary among `points` (each a grid point's spot and direct premium, spots
        /// increasing), refined by direct pricing with `model` at `market`'s time and volatility.
        static func find(
            points: [(spot: Double, price: Double)], contract: OptionContract, market: Market, model: BinomialLatticeModel
        ) throws(PricingError) -> ExerciseBoundary? {
            guard let first = points.first, let last = points.last else { return nil }
            let exercised = points.map { contract.exerciseIsOptimal(spot: $0.spot, premium: $0.price) }
            var boundary = ExerciseBoundary(spots: first.spot...last.spot, critical: nil)
            // The exercised end and the continuing end of the interval holding S*.
            let bracket: (inside: Double, outside: Double)?
            switch contract.type {
            case .put:
                guard let k = exercised.lastIndex(of: true) else { return boundary }
                bracket = k == points.count - 1 ? nil : (points[k].spot, points[k + 1].spot)
                if bracket == nil { boundary.critical = last.spot }
            case .call:
                guard let k = exercised.firstIndex(of: true) else { return boundary }
                bracket = k == 0 ? nil : (points[k].spot, points[k - 1].spot)
                if bracket == nil { boundary.critical = first.spot }
            }
            guard var (inside, outside) = bracket else { return boundary }
            var point = market
            while abs(outside - inside) > tolerance * inside {
                let middle = (inside * outside).squareRoot()
                point.spot = middle
                let premium = try model.price(of: contract, in: point)
                if contract.exerciseIsOptimal(spot: middle, premium: premium) { inside = middle } else { outside = middle }
            }
            boundary.critical = inside
            return boundary
        }

        /// Whether a spot is exercised on a contract of `side`, nil outside ``spots``.
        func exercises(_ side: OptionType, spot: Double) -> Bool? {
            guard spots.contains(spot) else { return nil }
            guard let critical else { return false }
            return side == .put ? spot <= critical : spot >= critical
        }
    }

    /// The lattice's decision at date `index`, `spot` and `volatility`: the spot against the
    /// date's exercise boundary (on a span of volatilities, S* interpolated linearly in σ
    /// between the two nodes around it); nil where the grid has none that covers the spot.
    func exercises(date index: Int, spot: Double, volatility: Double) -> Bool? {
        let first = index * volatilities.count
        switch volatilityAxis {
        case .fixed:
            guard volatility == market.volatility else { return nil }
            return exerciseBoundaries[first + volatilities.count / 2]?.exercises(side, spot: spot)
        case .span:
            guard let above = volatilities.firstIndex(where: { $0 >= volatility }) else { return nil }
            let below = max(above - 1, 0)
            guard let low = exerciseBoundaries[first + below], let high = exerciseBoundaries[first + above],
                  low.spots.contains(spot), high.spots.contains(spot)
            else { return nil }
            switch (low.critical, high.critical) {
            case (nil, nil):
                return false
            case let (lowCritical?, highCritical?):
                let span = volatilities[above] - volatilities[below]
                let weight = span > 0 ? (volatility - volatilities[below]) / span : 0
                let critical = exp((1 - weight) * log(lowCritical) + weight * log(highCritical))
                return side == .put ? spot <= critical : spot >= critical
            default:
                // Exercise starts inside the range at one node and not at the other: decide by the premium.
                return nil
            }
        }
    }
}
