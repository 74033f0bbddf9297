import Foundation

/// Premium and Greeks of one contract on a grid of spots at each of a set of dates (and, when
/// the implied volatility moves, at a few volatilities), computed once with a pricing model
/// and then interpolated: what makes a Monte Carlo study of an American option affordable,
/// where pricing afresh at every step of every path is not.
///
/// At date i the grid is uniform in ln S over the spots a path can plausibly reach. For plain
/// CRR and BBS it is one lattice per date: a tree rooted a few levels before the date, whose
/// nodes at the date are the grid points, each with exactly the lattice below it that direct
/// pricing there would build (``BinomialLattice/nodeValuations(lead:)``) — so grid values are
/// the direct prices, spaced 2σ√(τ/N) apart, finest near expiry where the premium bends
/// sharply. (BBSR combines two lattices whose nodes differ, so it prices each grid point,
/// spaced a quarter of the remaining σ√τ apart.) Between grid points, P, Δ, Γ, Θ and ρ are
/// interpolated by cubic Lagrange polynomials through the four nearest points. Rho is the
/// model's central bump, (P(r + δr) − P(r − δr))/(2δr), δr = ``BinomialLatticeModel/rateBump``,
/// read at the same nodes from two more lattices (the rate moves no node).
///
/// Volatility is a second axis (``VolatilityAxis``): one such spot grid per volatility node,
/// joined by a polynomial in σ whose slope is the vega. With a fixed volatility the side nodes
/// σ₀ ± 0.01 carry the premium only, for the vega; with a span (a study whose implied
/// volatility moves) every node carries every Greek. A spot outside the grid, a date not on it,
/// a volatility off its axis or another rate is priced directly with the model's full
/// ``BinomialLatticeModel/valuation(of:in:)``. The grid's accuracy against direct pricing is
/// measured by ``worstError(samplesPerDate:)``.
public struct ValuationGrid: Sendable {
    /// One date's grid as priced, before ``pack(_:)`` lays it out as a ``Node``: values at
    /// ln S = `lowerLogSpot` + k·`logStep`, k = 0 … count − 1.
    struct Slice: Sendable {
        var lowerLogSpot: Double
        var logStep: Double
        var prices: [Double]
        var deltas: [Double]
        var gammas: [Double]
        var thetas: [Double]
        /// ∂P/∂r per 1.00 of rate; empty on a node that carries the premium only.
        var rhos: [Double]
        /// Grids of the same date whose interpolated values are averaged with this one's.
        var companions: [Slice] = []
        /// Where early exercise begins at this date and volatility, found on the lattice; nil
        /// for a European contract, a node that carries the premium only, or the expiry.
        var exerciseBoundary: ExerciseBoundary? = nil
    }

    public let contract: OptionContract
    /// The market at t = 0; spot and time are ignored, volatility and rates are the grid's.
    public let market: Market
    public let model: BinomialLatticeModel
    /// How the volatility axis was asked for.
    public let volatilityAxis: VolatilityAxis
    /// What the grid holds: every Greek, or, inside a ``PremiumAndDeltaGrid``, the premium and Δ
    /// only (then ``valuation(of:in:)`` would price directly: no ``PricingModel`` holds such a grid).
    let contents: Contents
    /// The volatility nodes, increasing.
    let volatilities: [Double]
    /// Date i at volatility node j is `nodes[i · volatilities.count + j]`.
    let nodes: [Node]
    /// The exercise boundary of each node, in the order of ``nodes`` (``ExerciseBoundary``).
    let exerciseBoundaries: [ExerciseBoundary?]
    /// Every table's values (``Table``).
    let storage: [Double]
    /// The dates, years, in the order given.
    let times: [Double]
    /// The dates, increasing, each with its position in the order given (the first of equal dates):
    /// a binary search finds a date in a few comparisons, where hashing it cost a tenth of a
    /// Monte Carlo study.
    let dates: [(time: Double, index: Int)]
    /// On a ``VolatilityAxis/fixed`` axis, ℓ_j(σ₀) and ℓ_j'(σ₀) of each node: the basis every
    /// valuation at the market's volatility uses, computed once.
    let fixedBasis: [(value: Double, slope: Double)]
    /// The contract's side, read once: an exercise decision on every date of every path asked
    /// the payoff for it through its existential (issue 26).
    let side: OptionType
    /// The first of the increasing dates, years, and ranks per year between the first and the
    /// last (0 when they are one date): where ``dateIndex(_:)`` guesses a date's rank.
    private let firstDate: Double, ranksPerYear: Double

    /// Prices the grid.
    ///
    /// - Parameters:
    ///   - times: the dates, years after the valuation origin, at most the expiry.
    ///   - spotRange: for each date, the range of spots to cover (USD per share).
    ///   - volatilities: the volatility axis; ``VolatilityAxis/fixed`` (the market's only) by
    ///     default.
    ///   - threads: workers sharing the (date, volatility) slices, ≥ 1; by default one per
    ///     active processor core. Each slice is priced alone, so the grid is the same for any
    ///     number.
    /// - Throws: ``PricingError`` when the model fails at a grid point, or `.invalidInput` for
    ///   `threads` below 1.
    public init(
        contract: OptionContract,
        market: Market,
        model: BinomialLatticeModel,
        times: [Double],
        volatilities axis: VolatilityAxis = .fixed,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        spotRange: (Double) -> ClosedRange<Double>
    ) throws(PricingError) {
        try self.init(
            contract: contract, market: market, model: model, times: times, volatilities: axis, contents: .valuation,
            threads: threads, spotRange: spotRange
        )
    }

    /// The grid holding `contents`: with ``Contents/premiumAndDelta`` a fixed axis has no vega
    /// nodes and no date prices the rate-bumped lattices of rho, a quarter of the lattices
    /// (``PremiumAndDeltaGrid``).
    init(
        contract: OptionContract,
        market: Market,
        model: BinomialLatticeModel,
        times: [Double],
        volatilities axis: VolatilityAxis,
        contents: Contents,
        threads: Int,
        spotRange: (Double) -> ClosedRange<Double>
    ) throws(PricingError) {
        try Self.requireWorkers(threads)
        self.contract = contract
        self.market = market
        self.model = model
        volatilityAxis = axis
        self.contents = contents
        let sigmas = contents == .valuation || axis.fullNodes ? axis.nodes(around: market.volatility) : [market.volatility]
        volatilities = sigmas
        let centre = sigmas.count / 2
        let ranges = times.map(spotRange)
        let count = times.count * sigmas.count
        // Dates and volatilities are independent: price them on `threads` workers.
        let priced = try concurrentMap(count, threads: threads) { (item: Int) throws(PricingError) -> Slice in
            let (index, node) = item.quotientAndRemainder(dividingBy: sigmas.count)
            var point = market
            point.volatility = sigmas[node]
            let layout = Self.layout(
                time: times[index], range: ranges[index], tau: max(contract.expiry - times[index], 0), sigma: sigmas[node]
            )
            return try Self.price(
                time: times[index], layout: layout, contract: contract, market: point, model: model,
                tables: node != centre && !axis.fullNodes ? .premium : contents == .valuation ? .greeksAndRho : .greeks
            )
        }
        (nodes, storage) = Self.pack(priced)
        exerciseBoundaries = priced.map(\.exerciseBoundary)
        self.times = times
        dates = times.enumerated().map { (time: $1, index: $0) }.sorted { ($0.time, $0.index) < ($1.time, $1.index) }
        side = contract.type
        firstDate = dates.first?.time ?? 0
        let span = (dates.last?.time ?? 0) - firstDate
        ranksPerYear = span > 0 ? Double(dates.count - 1) / span : 0
        fixedBasis = switch axis {
        case .fixed: sigmas.indices.map { lagrangeBasis(sigmas[...], at: market.volatility, $0) }
        case .span: []
        }
    }

    /// Position in the grid's dates of the date `time` (exactly equal), nil when the grid has no such date.
    ///
    /// A schedule's dates are evenly spaced, so the date's rank is first looked for where its
    /// time says it is, one comparison instead of a search (the search cost a tenth of a
    /// 100,000-path report); a date not found there is searched for.
    func dateIndex(_ time: Double) -> Int? {
        if ranksPerYear > 0 {
            // Rounded to the nearest rank by truncating rank + ½ (a guess, checked below: no
            // call to the C library's `round`, no division).
            let rank = (time - firstDate) * ranksPerYear + 0.5
            if rank >= 0, rank < Double(dates.count) {
                let guess = Int(rank)
                // The first of equal dates, as the search below finds.
                if dates[guess].time == time, guess == 0 || dates[guess - 1].time < time {
                    return dates[guess].index
                }
            }
        }
        var low = 0, high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].time < time { low = middle + 1 } else { high = middle }
        }
        return low < dates.count && dates[low].time == time ? dates[low].index : nil
    }

    /// Position in the grid's dates of the date `time`, the caller's `position` when that
    /// position holds `time` (a path valued at the dates the grid was priced for: no search),
    /// ``dateIndex(_:)`` otherwise. Equal dates have equal tables, so either answer reads the same.
    @inline(__always)
    func dateIndex(_ time: Double, at position: Int) -> Int? {
        if position >= 0, position < times.count, times[position] == time { return position }
        return dateIndex(time)
    }

    /// True when `market` has the grid's rate and dividend yield (another is priced directly).
    @inline(__always)
    func hasRates(of market: Market) -> Bool {
        market.rate == self.market.rate && market.dividendYield == self.market.dividendYield
    }

    /// What a grid's tables hold.
    enum Contents: Sendable, Hashable {
        /// Premium, Δ, Γ, Θ and ρ, and the vega nodes: a ``PricingModel``.
        case valuation
        /// Premium and Δ (``PremiumAndDeltaGrid``).
        case premiumAndDelta
    }

    /// Number of grid points over all dates and volatilities, companions included.
    public var pointCount: Int {
        nodes.reduce(0) { $0 + $1.own.count + ($1.companion?.count ?? 0) }
    }

    /// Points of one date's grid at one volatility (the ``layout(time:range:tau:sigma:)`` a
    /// BBSR grid prices point by point): what a study's cost is estimated from before it runs;
    /// 0 at or past the expiry, where nothing is priced.
    public static func pointCount(time: Double, spotRange: ClosedRange<Double>, expiry: Double, volatility: Double) -> Int {
        let tau = expiry - time
        guard tau > 0 else { return 0 }
        return layout(time: time, range: spotRange, tau: tau, sigma: volatility).2
    }

    /// Most points one date's grid holds; a wider spot range keeps its middle.
    static let maximumPointsPerDate = 8_192

    /// The spacing and extent of one date's grid (ln S of the first point, step in ln S, count).
    ///
    /// The range is clipped to spots e^{±700}, inside what a Double holds, and the grid to
    /// ``maximumPointsPerDate`` points around the range's middle in ln S: a range that asks for
    /// more (a volatility of hundreds per √year, a horizon of decades) would cost memory in
    /// proportion and add nothing, since a spot outside the grid is priced directly.
    static func layout(time: Double, range: ClosedRange<Double>, tau: Double, sigma: Double) -> (Double, Double, Int) {
        let step = min(max(0.25 * sigma * tau.squareRoot(), 0.002), 0.01)
        let lower = max(log(range.lowerBound), -700) - 2 * step
        let upper = min(log(range.upperBound), 700) + 2 * step
        let wanted = ((upper - lower) / step).rounded(.up) + 1
        guard wanted.isFinite, wanted <= Double(maximumPointsPerDate) else {
            let middle = upper.isFinite && lower.isFinite ? 0.5 * (lower + upper) : 0
            let count = maximumPointsPerDate
            return (middle - step * Double(count - 1) / 2, step, count)
        }
        return (lower, step, max(Int(wanted), 4))
    }

    /// What one date's grid at one volatility holds.
    enum Tables {
        /// The premium only (a vega node).
        case premium
        /// Premium, Δ, Γ and Θ.
        case greeks
        /// Premium, Δ, Γ, Θ and ρ (two more lattices, rate-bumped).
        case greeksAndRho
    }

    /// One date's grid at the market's volatility, holding `tables`.
    private static func price(
        time: Double, layout: (Double, Double, Int), contract: OptionContract, market: Market, model: BinomialLatticeModel,
        tables: Tables
    ) throws(PricingError) -> Slice {
        var point = market
        point.time = time
        var slice = Slice(
            lowerLogSpot: layout.0, logStep: layout.1, prices: [], deltas: [], gammas: [], thetas: [], rhos: []
        )
        // At expiry the premium is the payoff, whose kink no polynomial follows: those dates
        // keep an empty slice and are priced directly (which costs nothing at τ = 0).
        guard contract.expiry - time > 0 else { return slice }
        let values: [Valuation]
        // Every grid point's spot and premium, for the exercise boundary.
        var points = [(spot: Double, price: Double)]()
        if model.method == .richardson {
            let (lower, step, count) = layout
            values = try (0..<count).map { k throws(PricingError) in
                point.spot = exp(lower + Double(k) * step)
                var value = try model.treeValuation(of: contract, in: point)
                if tables == .greeksAndRho {
                    var up = point, down = point
                    up.rate += BinomialLatticeModel.rateBump
                    down.rate -= BinomialLatticeModel.rateBump
                    value.rho = try (model.price(of: contract, in: up) - model.price(of: contract, in: down))
                        / (2 * BinomialLatticeModel.rateBump)
                }
                return value
            }
            points = values.indices.map { (exp(lower + Double($0) * step), values[$0].price) }
        } else {
            // One lattice whose nodes at this date cover the layout's range.
            let upper = layout.0 + Double(layout.2 - 1) * layout.1
            let centre = 0.5 * (layout.0 + upper)
            let steps = try BinomialLatticeModel.arbitrageFreeSteps(model.steps, contract, point)
            let nodeStep = market.volatility * ((contract.expiry - time) / Double(steps)).squareRoot()
            let lead = max(Int((0.5 * (upper - layout.0) / nodeStep).rounded(.up)), 3)
            point.spot = exp(centre)
            values = try nodeValuations(point, lead: lead, steps: steps, rho: tables == .greeksAndRho)
            slice.lowerLogSpot = centre - Double(lead) * nodeStep
            slice.logStep = 2 * nodeStep
            // A lattice's error oscillates as the spot moves between its nodes: every grid node
            // sits at the same phase (each is one node from the next), so a second lattice half
            // a spacing over samples the opposite phase, and the average of the two
            // interpolations runs through the middle of the oscillation that direct pricing
            // follows, halving the worst difference.
            point.spot = exp(centre + nodeStep)
            // Rho from the main lattice only, two lattices fewer per date: a study multiplies
            // it by dr = 0, and at the grid's points it is direct pricing's own rho.
            let shifted = try nodeValuations(point, lead: lead, steps: steps, rho: false)
            var companion = Slice(
                lowerLogSpot: slice.lowerLogSpot + nodeStep, logStep: 2 * nodeStep,
                prices: [], deltas: [], gammas: [], thetas: [], rhos: []
            )
            companion.fill(shifted, tables: tables == .premium ? .premium : .greeks)
            companion.rhos = []
            slice.companions = [companion]
            points = values.indices.map { (exp(slice.lowerLogSpot + Double($0) * slice.logStep), values[$0].price) }
                + shifted.indices.map { (exp(companion.lowerLogSpot + Double($0) * companion.logStep), shifted[$0].price) }
        }
        slice.fill(values, tables: tables)
        if tables != .premium, contract.style == .american {
            slice.exerciseBoundary = try ExerciseBoundary.find(
                points: points.sorted { $0.spot < $1.spot }, contract: contract, market: point, model: model
            )
        }
        return slice

        /// The lattice's node valuations, with rho from two rate-bumped lattices of the same
        /// `steps` (so the same nodes) when `rho`.
        func nodeValuations(_ root: Market, lead: Int, steps: Int, rho: Bool) throws(PricingError) -> [Valuation] {
            var values = try model.nodeValuations(of: contract, in: root, lead: lead, steps: steps)
            guard rho else { return values }
            var up = root, down = root
            up.rate += BinomialLatticeModel.rateBump
            down.rate -= BinomialLatticeModel.rateBump
            let upper = try model.nodeValuations(of: contract, in: up, lead: lead, steps: steps)
            let lower = try model.nodeValuations(of: contract, in: down, lead: lead, steps: steps)
            for j in values.indices {
                values[j].rho = (upper[j].price - lower[j].price) / (2 * BinomialLatticeModel.rateBump)
            }
            return values
        }
    }
}

extension ValuationGrid.Slice {
    /// Stores the premium of `values`, one per grid point, and their Greeks as far as `tables`
    /// asks.
    mutating func fill(_ values: [Valuation], tables: ValuationGrid.Tables) {
        prices = values.map(\.price)
        guard tables != .premium else { return }
        deltas = values.map(\.delta)
        gammas = values.map(\.gamma)
        thetas = values.map(\.theta)
        if tables == .greeksAndRho { rhos = values.map(\.rho) }
    }
}

extension ValuationGrid {
    /// Refuses a worker count below 1.
    static func requireWorkers(_ threads: Int) throws(PricingError) {
        guard threads >= 1 else {
            throw PricingError(.invalidInput(name: "threads", value: Double(threads), allowed: "a whole number ≥ 1"))
        }
    }
}
