import Foundation
import MarketData
import Pricing
import Report
import Simulation

/// A `report` run with every default applied and every value checked.
struct ResolvedReport: Sendable {
    var pipeline: ReportPipeline
    var quiet: Bool
    /// Open the report in the default browser when it is written.
    var opensReport: Bool
}

extension ParameterSet {
    /// Applies the defaults and checks every parameter of a report run; the regenerating
    /// command in the report lists every resolved value as a flag.
    func resolveReport() throws(ParameterError) -> ResolvedReport {
        let prices = try readPrices()
        let resolved = try resolveContract(prices: prices)
        let contract = resolved.contract
        let intervalText = try text(.interval, default: "1d")!
        guard let interval = TradingDuration(intervalText) else {
            throw .invalid(name(.interval), "a positive number followed by m, h, d or w (e.g. 1d, 30m)", got: "'\(intervalText)'")
        }
        var horizon = contract.expiry
        if let horizonText = try text(.horizon) {
            guard let duration = TradingDuration(horizonText) else {
                throw .invalid(name(.horizon), "a positive number followed by m, h, d or w (e.g. 120m, 30d)", got: "'\(horizonText)'")
            }
            guard duration.years <= contract.expiry * (1 + 1e-9) else {
                throw ParameterError(.invalid(
                    "\(name(.horizon)) \(horizonText) is \(Self.days(duration.years)) days, past the expiry at \(Self.days(contract.expiry)) days"
                ))
            }
            horizon = min(duration.years, contract.expiry)
        }
        guard horizon >= interval.years * (1 - 1e-9) || values[.horizon] == nil else {
            throw ParameterError(.invalid(
                "\(name(.horizon)) \(try text(.horizon)!) is shorter than one rebalancing \(name(.interval)), \(intervalText)"
            ))
        }
        guard horizon / interval.years <= 1_000_000 else {
            throw ParameterError(.invalid(
                "\(name(.interval)) \(intervalText) gives more than 1,000,000 rebalancing dates; use a longer interval or a shorter horizon"
            ))
        }
        if contract.style == .american {
            // Each date prices five lattices (vega and rho by bumps) of N²/2 node updates; past
            // about 5·10¹⁰ updates (a minute or more) the run would look hung.
            let dates = (horizon / interval.years).rounded(.up) + 1
            let steps = Double(resolved.model.steps)
            let updates = dates * 5 * steps * steps / 2
            guard updates <= 5e10 else {
                throw ParameterError(.invalid(
                    "\(name(.latticeSteps)) \(resolved.model.steps) at \(Int(dates)) rebalancing dates needs about "
                        + "\(String(format: "%.0e", updates)) lattice node updates, more than the 5e+10 this tool allows "
                        + "(about a minute); use fewer steps or a longer \(name(.interval))"
                ))
            }
        }
        let estimators = try resolveEstimators()
        let drift = try number(.drift, default: resolved.market.rate, in: -10...10, allowed: "a drift per year from −10 to 10")!
        let realized = try number(
            .realizedVol, default: resolved.market.volatility, in: 0...10, allowed: "a volatility per √year from 0 to 10"
        )!
        let initialShares = try number(.initialShares, in: -1e9...1e9, allowed: "a number of shares from −1e9 to 1e9")
        let seed = try integer(.seed, default: Int(HedgeScenario.course.seed), in: 0...Int.max, allowed: "a whole number ≥ 0")!
        let title = try text(.title, maxLength: 500)
        let author = try text(.author, maxLength: 500)
        let output = try text(.output, default: "output")!
        let templates = try text(.templates)
        let png = try flag(.png)

        let pathName: PathModelName = try choice(.pathModel, default: .gbm)
        var observedVolatilities: [Double]?
        if let prices {
            for key in [ParameterKey.interval, .drift, .realizedVol, .pathModel, .up, .down, .upProbability] where values[key] != nil {
                throw ParameterError(.invalid(
                    "\(name(key)) does not apply with \(name(.prices)): the path and its dates come from the file"
                ))
            }
            do {
                try prices.checkNotPastExpiry(years: contract.expiry)
            } catch {
                throw ParameterError(.invalid(error.description))
            }
            observedVolatilities = prices.impliedVolatilities
            if observedVolatilities != nil, values[.ivSpread] != nil {
                throw ParameterError(.invalid(
                    "\(name(.ivSpread)) contradicts the implied volatilities of \(name(.prices)) (its iv column)"
                ))
            }
        }
        for key in [ParameterKey.up, .down, .upProbability] where values[key] != nil && pathName != .binomial {
            throw ParameterError(.invalid("\(name(key)) sets the binomial walk: add \(name(.pathModel)) binomial"))
        }
        let pathModel: PathModel
        if let prices {
            pathModel = .observed(Self.observedPath(prices, through: horizon))
        } else {
            pathModel = try resolvePathModel(pathName, drift: drift, volatility: realized, interval: interval.years)
        }
        let spread = try number(.ivSpread, default: 0, in: 0...2, allowed: "a spread per √year from 0 to 2")!
        let costs = TransactionCosts(
            basisPoints: try number(.costBps, default: 0, in: 0...10_000, allowed: "basis points from 0 to 10000")!,
            feePerTrade: try number(.feePerTrade, default: 0, in: 0...1e6, allowed: "USD from 0 to 1000000")!
        )
        let exercise: ExercisePolicy = try choice(.exercise, default: .exercise)
        // A binomial walk realizes its own σ (its factors fix it); the mismatch batches rescale it.
        var pathRealized = realized
        if case let .binomialWalk(walk) = pathModel { pathRealized = walk.volatility }
        let isWalk = if case .binomialWalk = pathModel { true } else { false }
        let monteCarlo = try resolveMonteCarlo(
            volatility: resolved.market.volatility, realized: pathRealized, observed: prices != nil,
            rebalances: horizon / interval.years, doubling: isWalk
        )

        let scenario = HedgeScenario(
            position: resolved.position,
            market: resolved.market,
            drift: drift,
            realizedVolatility: pathRealized,
            schedule: RebalancingSchedule(interval: interval.years, horizon: horizon),
            seed: UInt64(seed),
            estimators: estimators,
            initialShares: initialShares,
            pathModel: pathModel,
            volatilityModel: observedVolatilities.map { .observed(Self.observed($0, matching: pathModel)) }
                ?? (spread > 0 ? .noisy(spread: spread) : .constant),
            costs: costs,
            exercisePolicy: exercise
        )
        var command = CommandLineBuilder(resolved)
        if prices == nil {
            command.append(.drift, drift)
            command.append(.realizedVol, realized)
            command.append(.interval, intervalText)
        }
        if values[.horizon] != nil { command.append(.horizon, try text(.horizon)!) }
        command.append(.estimators, estimators.map(\.rawValue).joined(separator: ","))
        if let initialShares { command.append(.initialShares, initialShares) }
        command.append(.seed, String(seed))
        if let prices {
            command.append(.prices, prices.source)
        } else {
            command.append(.pathModel, pathName.rawValue)
        }
        if case let .binomialWalk(walk) = pathModel {
            command.append(.up, walk.up)
            command.append(.down, walk.down)
            command.append(.upProbability, walk.upProbability)
        }
        if spread > 0 { command.append(.ivSpread, spread) }
        if costs.basisPoints > 0 { command.append(.costBps, costs.basisPoints) }
        if costs.feePerTrade > 0 { command.append(.feePerTrade, costs.feePerTrade) }
        command.append(.exercise, exercise.rawValue)
        command.append(.paths, String(monteCarlo?.paths ?? 0))
        if let monteCarlo {
            command.append(.sweep, monteCarlo.sweep.isEmpty ? "none" : monteCarlo.sweep.map(String.init).joined(separator: ","))
            command.append(
                .mismatchVols,
                monteCarlo.realizedVolatilities.isEmpty ? "none" : monteCarlo.realizedVolatilities.map { String(format: "%.6g", $0) }.joined(separator: ",")
            )
        }
        if let title { command.append(.title, title) }
        if let author { command.append(.author, author) }
        if let templates { command.append(.templates, templates) }
        if png { command.append(flag: .png) }
        command.append(.output, output)

        let settings = ReportSettings(
            ticker: resolved.ticker,
            title: title,
            author: author,
            usesClosedForm: contract.style == .european,
            latticeSteps: resolved.model.steps,
            latticeMethod: resolved.model.method.rawValue,
            intervalLabel: intervalText,
            marketPremium: resolved.marketPremium,
            premiumImpliedVolatility: resolved.premiumImpliedVolatility,
            command: command.text,
            startDate: prices?.dates?.first?.description,
            priceSource: prices?.source
        )
        return ResolvedReport(
            pipeline: ReportPipeline(
                // European exercise has an exact closed form; American exercise needs the lattice.
                scenario: scenario,
                model: contract.style == .european ? BlackScholesModel() : resolved.model,
                settings: settings,
                templatesDirectory: templates, outputDirectory: output, writesPNG: png,
                monteCarlo: monteCarlo
            ),
            quiet: try flag(.quiet),
            opensReport: try flag(.open)
        )
    }

    /// The Monte Carlo study's settings; nil when `--paths 0`, or with a price file (the
    /// study simulates paths, so an observed one has nothing to add to it). The default
    /// mismatch volatilities are 0.5, 0.75, 1, 1.25 and 1.5 × the implied `volatility` and the
    /// scenario's `realized` volatility (sorted, without repeats); a `--mismatch-vols` list is
    /// kept as given.
    ///
    /// The default sweep is about a tenth, a fifth, a half, one and two times the run's own
    /// number of rebalances over the horizon (`rebalances`); for a binomial walk (`doubling`)
    /// a tenth doubled five times, so that each frequency's walk nests in the next (the walk's
    /// error depends on where the strike falls between its nodes, which otherwise jumps
    /// between frequencies).
    private func resolveMonteCarlo(
        volatility: Double, realized: Double, observed: Bool, rebalances: Double, doubling: Bool
    ) throws(ParameterError) -> ReportPipeline.MonteCarloSettings? {
        let paths = try integer(.paths, default: observed ? 0 : 1_000, in: 0...1_000_000, allowed: "a whole number of paths from 0 to 1000000")!
        if observed, paths > 0 {
            throw ParameterError(.invalid("\(name(.paths)) simulates paths, which does not combine with \(name(.prices)); drop one of them"))
        }
        guard paths > 0 else { return nil }
        guard paths >= 2 else { throw .invalid(name(.paths), "0 (no study) or at least 2", got: "\(paths)") }
        let base = max(Int((rebalances / 10).rounded()), 1)
        let multiples = doubling ? [1.0, 2, 4, 8, 16, 32].map { Double(base) * $0 } : [0.1, 0.2, 0.5, 1, 2].map { rebalances * $0 }
        let defaultSweep = Array(Set(multiples.map { min(max(Int($0.rounded()), 1), 10_000) })).sorted()
        var sweep = defaultSweep
        if let items = try list(.sweep) {
            sweep = []
            if items != ["none"] {
                for item in items {
                    guard let count = Int(item), (1...10_000).contains(count) else {
                        throw .invalid(name(.sweep), "whole numbers of rebalances from 1 to 10000, or none", got: "'\(item)'")
                    }
                    sweep.append(count)
                }
            }
        }
        // The implied volatility's multiples, and the run's own realized volatility so that its
        // own outcome is one of the points.
        var volatilities = [0.5, 0.75, 1, 1.25, 1.5].map { $0 * volatility }
        if realized > 0, !volatilities.contains(where: { abs($0 - realized) <= 1e-9 * realized }) {
            volatilities = (volatilities + [realized]).sorted()
        }
        if let items = try list(.mismatchVols) {
            volatilities = []
            if items != ["none"] {
                for item in items {
                    guard let value = Double(item), value.isFinite, (0.001...10).contains(value) else {
                        throw .invalid(name(.mismatchVols), "volatilities per √year from 0.001 to 10, or none", got: "'\(item)'")
                    }
                    volatilities.append(value)
                }
            }
        }
        return ReportPipeline.MonteCarloSettings(paths: paths, sweep: sweep, realizedVolatilities: volatilities)
    }

    /// The price file named by `prices`, if any.
    private func readPrices() throws(ParameterError) -> PriceSeries? {
        guard let path = try text(.prices) else { return nil }
        do {
            return try PriceSeries(contentsOfFile: path)
        } catch {
            throw ParameterError(.priceFile(error.description, exitStatus: error.exitCode))
        }
    }

    /// The file's path up to the horizon.
    private static func observedPath(_ prices: PriceSeries, through horizon: Double) -> PricePath {
        let path = prices.pricePath()
        let count = path.times.firstIndex { $0 > horizon + 1e-9 } ?? path.times.count
        return PricePath(times: Array(path.times.prefix(count)), spots: Array(path.spots.prefix(count)))
    }

    /// The file's implied volatilities for the dates the path kept.
    private static func observed(_ volatilities: [Double], matching model: PathModel) -> [Double] {
        guard case let .observed(path) = model else { return volatilities }
        return Array(volatilities.prefix(path.times.count))
    }

    /// The binomial walk's factors and probability, by default matching GBM with `drift` and
    /// `volatility` over one `interval` (u = e^{σ√dt}, d = 1/u, p = (e^{μ·dt} − d)/(u − d)).
    private func resolvePathModel(
        _ name: PathModelName, drift: Double, volatility: Double, interval: Double
    ) throws(ParameterError) -> PathModel {
        guard name == .binomial else { return .geometricBrownianMotion }
        let defaultUp = Foundation.exp(max(volatility, 1e-4) * interval.squareRoot())
        let up = try number(.up, default: defaultUp, in: 1.000_000_001...100, allowed: "a factor > 1 and at most 100")!
        let down = try number(.down, default: 1 / up, in: 1e-9...0.999_999_999, allowed: "a factor between 0 and 1")!
        let matching = (Foundation.exp(drift * interval) - down) / (up - down)
        let probability = try number(
            .upProbability, default: min(max(matching, 0), 1), in: 0...1, allowed: "a probability from 0 to 1"
        )!
        return .binomialWalk(BinomialWalk(up: up, down: down, upProbability: probability, interval: interval))
    }

    /// The estimators named, in the order given, without repeats.
    private func resolveEstimators() throws(ParameterError) -> [HedgeEstimator] {
        guard let names = try list(.estimators) else { return HedgeEstimator.allCases }
        var result = [HedgeEstimator]()
        for name in names where !name.isEmpty {
            guard let estimator = HedgeEstimator(rawValue: name.lowercased()) else {
                let allowed = HedgeEstimator.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalid(self.name(.estimators), "a list of \(allowed)", got: "'\(name)'")
            }
            if !result.contains(estimator) { result.append(estimator) }
        }
        guard !result.isEmpty else { throw .invalid(name(.estimators), "at least one estimator", got: "none") }
        return result
    }

    private static func days(_ years: Double) -> String {
        let days = years * 365
        return days == days.rounded() ? String(Int(days)) : String(format: "%.2f", days)
    }
}
