import Foundation
import MarketData
import Pricing
import Report
import Simulation

/// The parts of a `report` run's parameters: the schedule, the path, the estimators and the
/// Monte Carlo study.
extension ParameterReader {
    /// The price file named by `--prices`, if any, cut to the window `--from`…`--to` when
    /// either is given (``PriceSeries/window(from:to:)``).
    ///
    /// The window's flags are checked before the file is read: neither without `--prices`, and
    /// `--from` strictly before `--to`. A window reaching outside the file's dates, or holding
    /// fewer than two rows, is a bad parameter (exit 64) named with the flags and the file's range.
    mutating func readPrices() throws(ParameterError) -> PriceSeries? {
        let start = try date(.from)
        let end = try date(.to)
        guard let path = try text(.prices) else {
            for key in [ParameterKey.from, .to] where given.isGiven(key) {
                throw ParameterError(.invalid("\(name(key)) chooses a window of a price file: add \(name(.prices)) FILE, or drop \(name(key))"))
            }
            return nil
        }
        if let start, let end, start >= end {
            throw ParameterError(.invalid(
                "\(name(.from)) \(start) is not before \(name(.to)) \(end): a window runs from an earlier day to a later one"
            ))
        }
        let series = try Self.priceSeries(at: path)
        guard start != nil || end != nil else { return series }
        do {
            return try series.window(from: start, to: end)
        } catch {
            let flags = [(ParameterKey.from, start), (.to, end)].compactMap { key, date in date.map { "\(name(key)) \($0)" } }
            throw ParameterError(.invalid("\(flags.joined(separator: " and ")): \(error.description)"))
        }
    }

    /// The price file at `path` (`--prices`, `--hedger-prices`), refused in its own words where
    /// it cannot be read (74) or does not parse (65).
    static func priceSeries(at path: String) throws(ParameterError) -> PriceSeries {
        do {
            return try PriceSeries(contentsOfFile: path)
        } catch {
            throw ParameterError(priceFile: error)
        }
    }

    /// The rebalancing interval (as written, and parsed) and the horizon in years, checked
    /// against the expiry and against each other.
    mutating func resolveSchedule(
        expiry: Double, observed: Bool, basis: YearBasis = .calendar
    ) throws(ParameterError) -> (interval: TradingDuration, text: String, horizon: Double) {
        let (interval, intervalText) = try duration(.interval)!
        if observed {
            // The file's dates are the schedule; the interval only labels it.
            leaveOutOfCommand(.interval)
            hideFromTable(.interval)
        }
        var horizon = expiry
        if case let (duration, horizonText)? = try duration(.horizon) {
            guard duration.years(in: basis) <= expiry * (1 + 1e-9) else {
                throw ParameterError(.invalid(
                    "\(name(.horizon)) \(horizonText) is \(Self.days(duration.years(in: basis))) calendar days, past the expiry at \(Self.days(expiry)) days"
                ))
            }
            guard duration.years(in: basis) >= interval.years(in: basis) * (1 - 1e-9) else {
                throw ParameterError(.invalid(
                    "\(name(.horizon)) \(horizonText) is shorter than one rebalancing \(name(.interval)), \(intervalText)"
                ))
            }
            horizon = min(duration.years(in: basis), expiry)
        } else if !observed, interval.years(in: basis) > expiry * (1 + 1e-9) {
            // Without --horizon the hedge runs to expiry: an interval past it would trade once,
            // at the start, and call that rebalancing.
            let expiryFlag = given.isGiven(.years) ? name(.years) : given.isGiven(.days) ? name(.days) : "\(name(.days))'s default"
            throw ParameterError(.invalid(
                "\(name(.interval)) \(intervalText) is longer than the \(Self.days(expiry)) calendar days to expiry "
                    + "(\(expiryFlag)), so the hedge would never be rebalanced; give an interval of at most the time to expiry"
            ))
        }
        guard observed || horizon / interval.years(in: basis) <= WorkBudget.maximumDates else {
            throw ParameterError(.invalid(
                "\(name(.interval)) \(intervalText) gives more than \(Int(WorkBudget.maximumDates)) rebalancing dates; "
                    + "use a longer interval or a shorter horizon"
            ))
        }
        return (interval, intervalText, horizon)
    }

    /// The path model named, after checking the flags that contradict a price file or a
    /// model: with `--prices` the path and its dates come from the file.
    mutating func checkPathModel(prices: PriceSeries?, basis: YearBasis = .calendar) throws(ParameterError) -> PathModelID {
        let walkKeys = [ParameterKey.up, .down, .upProbability]
        let modelKeys = walkKeys + Self.mertonKeys + Self.hestonKeys
        if let prices {
            for key in [ParameterKey.interval, .drift, .realizedVol, .pathModel, .fitPrices] + modelKeys where given.isGiven(key) {
                throw ParameterError(.invalid(
                    "\(name(key)) does not apply with \(name(.prices)): the path and its dates come from the file"
                ))
            }
            // In a window of a file, the rows past the expiry are cut by the window's end, so
            // the remedy names --to beside the expiry's flag rather than the file's rows.
            let windowed = given.isGiven(.from) || given.isGiven(.to)
            do {
                try prices.checkNotPastExpiry(years: expiryOfRun, basis: basis, isWindow: windowed)
            } catch {
                guard windowed, let line = error.line, case let .pastExpiry(_, value, expiry) = error.reason else {
                    throw ParameterError(.invalid(error.description))
                }
                let expiryFlag = given.isGiven(.years) ? name(.years) : name(.days)
                throw ParameterError(.invalid(
                    "\(error.file):\(line): \(value) is after the option's expiry \(expiry) (expected prices up to the expiry: "
                        + "end the window by it with \(name(.to)), or choose a later expiry with \(expiryFlag))"
                ))
            }
            if prices.impliedVolatilities != nil, given.isGiven(.ivSpread) {
                throw ParameterError(.invalid(
                    "\(name(.ivSpread)) contradicts the implied volatilities of \(name(.prices)) (its iv column)"
                ))
            }
            record(.pathModel, .text("file"), written: nil)
            hideFromTable(.pathModel)
            return .gbm
        }
        let name = try pathModelName()
        for key in walkKeys where given.isGiven(key) && name != .binomial {
            throw ParameterError(.invalid("\(self.name(key)) sets the binomial walk: add \(self.name(.pathModel)) binomial"))
        }
        for key in Self.mertonKeys where given.isGiven(key) && name != .merton {
            throw ParameterError(.invalid(
                "\(self.name(key)) sets Merton's jumps, which \(self.name(.pathModel)) \(name.rawValue) does not have: add \(self.name(.pathModel)) merton"
            ))
        }
        for key in Self.hestonKeys where given.isGiven(key) && name != .heston {
            throw ParameterError(.invalid(
                "\(self.name(key)) sets Heston's variance, which \(self.name(.pathModel)) \(name.rawValue) does not have: add \(self.name(.pathModel)) heston"
            ))
        }
        if name == .heston, given.isGiven(.realizedVol), let level = [ParameterKey.hestonTheta, .hestonV0].first(where: given.isGiven) {
            throw ParameterError(.invalid(
                "\(self.name(.realizedVol)) contradicts \(self.name(level)): with \(self.name(.pathModel)) heston the realized volatility "
                    + "is the square root of the variance expected over the option's life, which \(self.name(.hestonTheta)) and "
                    + "\(self.name(.hestonV0)) set; give one or the other"
            ))
        }
        return name
    }

    /// The flags of Merton's jumps.
    static let mertonKeys = [ParameterKey.jumpIntensity, .jumpMean, .jumpStd]
    /// The flags of Heston's variance.
    static let hestonKeys = [ParameterKey.hestonKappa, .hestonTheta, .hestonXi, .hestonRho, .hestonV0]

    /// The expiry recorded by ``resolveContract(prices:)``, in years.
    private var expiryOfRun: Double {
        guard case let .number(years)? = resolved[.years]?.value else { return 0 }
        return years
    }

    /// The path model named. The walk, Merton and Heston read their own flags here; every
    /// other model builds itself from `inputs` (``PathProcess/resolve(_:)``), and a refusal
    /// names the model and the value.
    mutating func resolvePathModel(
        _ name: PathModelID, drift: Double, volatility: Double, interval: Double, inputs: PathModelInputs
    ) throws(ParameterError) -> PathModel {
        if name == .binomial { return try resolveWalk(drift: drift, volatility: volatility, interval: interval) }
        if name == .merton { return try resolveMerton(volatility: volatility) }
        if name == .heston { return try resolveHeston(volatility: volatility) }
        guard let model = PathModels.model(name) else { preconditionFailure("\(name): the descriptor's choices and PathModels.all differ") }
        do {
            guard let process = try model.resolve(inputs) else { preconditionFailure("\(name) reads no flags and builds nothing") }
            return .simulated(process)
        } catch {
            throw ParameterError(.invalid("\(self.name(.pathModel)) \(name): \(error)"))
        }
    }

    /// Whether `--path-model` names a model built from the price file (a bootstrap), so that
    /// `--prices` is its source of returns, not the run's path.
    mutating func pathModelReadsPrices() throws(ParameterError) -> Bool {
        guard given.isGiven(.pathModel) else { return false }
        let name: PathModelID = try choice(.pathModel)
        return PathModels.model(name)?.readsPriceFile ?? false
    }

    /// The binomial walk's factors and probability, by default matching GBM with `drift` and
    /// `volatility` over one `interval` (u = e^{σ√dt}, d = 1/u, p = (e^{μ·dt} − d)/(u − d)).
    private mutating func resolveWalk(drift: Double, volatility: Double, interval: Double) throws(ParameterError) -> PathModel {
        let up: Double, down: Double, probability: Double
        if let fit = try fittedWalk() {
            (up, down, probability) = (fit.up, fit.down, fit.upProbability)
        } else {
            up = try number(.up, otherwise: Foundation.exp(max(volatility, 1e-4) * interval.squareRoot()))!
            down = try number(.down, otherwise: 1 / up)!
            let matching = (Foundation.exp(drift * interval) - down) / (up - down)
            probability = try number(.upProbability, otherwise: min(max(matching, 0), 1))!
        }
        let walk = BinomialWalk(up: up, down: down, upProbability: probability, interval: interval)
        // The walk's factors fix its volatility; held to the range of every other volatility
        // (`--realized-vol`), since the study rescales the walk to its mismatch volatilities and
        // a walk of hundreds per √year sends prices past what a Double holds.
        guard case let .number(range) = ParameterKey.realizedVol.descriptor.kind else { preconditionFailure("a number") }
        let limit = range.upperBound
        guard walk.volatility <= limit else {
            if given.isGiven(.fitPrices) {
                throw ParameterError(.invalid(
                    "\(self.name(.fitPrices)) \(given.values[.fitPrices]?.written ?? "") fits a walk of up factor \(String(format: "%.4g", up)) and down factor "
                        + "\(String(format: "%.4g", down)) over one \(self.name(.interval)), whose volatility is \(String(format: "%.3g", walk.volatility)) per √year, "
                        + "more than the \(ParameterDescriptor.written(limit)) a volatility may be: the file's moves are too large for a walk; "
                        + "check its prices, or use a longer interval"
                ))
            }
            throw ParameterError(.invalid(
                "\(self.name(.up)) \(ParameterDescriptor.written(up)) and \(self.name(.down)) \(ParameterDescriptor.written(down)) over one \(self.name(.interval)) make a walk whose volatility is "
                    + "\(String(format: "%.3g", walk.volatility)) per √year, more than the \(ParameterDescriptor.written(limit)) a volatility may be; "
                    + "bring the factors closer to 1 or use a longer interval"
            ))
        }
        return .binomialWalk(walk)
    }

    /// Merton's jumps, refused when their variance per year, λ(μJ² + δJ²), is more than the
    /// realized volatility's σ²: the diffusion takes the rest, and cannot take less than nothing.
    private mutating func resolveMerton(volatility: Double) throws(ParameterError) -> PathModel {
        let standard = MertonJumps.standard
        let jumps = MertonJumps(
            intensity: try number(.jumpIntensity, otherwise: standard.intensity)!,
            mean: try number(.jumpMean, otherwise: standard.mean)!,
            standardDeviation: try number(.jumpStd, otherwise: standard.standardDeviation)!
        )
        guard jumps.varianceRate <= volatility * volatility else {
            // Each figure named by the flag that set it, or as a default the user never typed,
            // so the message says which flag to give.
            let jumpKeys = Self.mertonKeys.filter { given.isGiven($0) }
            let jumpValues = [jumps.intensity, jumps.mean, jumps.standardDeviation]
            let jumpText = zip(Self.mertonKeys, jumpValues).map { "\(name($0)) \(ParameterDescriptor.written($1))" }.joined(separator: ", ")
            let jumpSource = jumpKeys.isEmpty ? "Merton's default jumps (\(jumpText), none given)" : "The jumps (\(jumpText))"
            let realizedSource = given.isGiven(.realizedVol) ? "\(name(.realizedVol)) \(ParameterDescriptor.written(volatility))"
                : given.isGiven(.vol) ? "\(name(.realizedVol))'s default, \(name(.vol)) \(ParameterDescriptor.written(volatility))"
                : "\(name(.realizedVol))'s default, \(ParameterDescriptor.written(volatility))"
            throw ParameterError(.invalid(
                "\(jumpSource) add \(String(format: "%.4g", jumps.varianceRate)) to the variance of ln S per year, more than the "
                    + "realized volatility's \(String(format: "%.4g", volatility * volatility)) (\(realizedSource)); the diffusion takes "
                    + "what the jumps leave, so give fewer or smaller jumps (\(name(.jumpIntensity)), \(name(.jumpMean)), \(name(.jumpStd))) "
                    + "or a higher \(name(.realizedVol))"
            ))
        }
        return .merton(jumps)
    }

    /// Heston's variance; θ and v₀ default to the realized volatility squared, so the variance
    /// expected over the option's life is GBM's. Feller's condition may fail: the scheme's
    /// full truncation keeps such paths defined, and the report notes it.
    ///
    /// A θ or v₀ left to its default stays out of the regenerating command: the realized
    /// volatility the command writes reproduces it, and written beside it the two would
    /// contradict each other on the way back (a given θ or v₀ refuses `--realized-vol`).
    private mutating func resolveHeston(volatility: Double) throws(ParameterError) -> PathModel {
        let standard = HestonVariance.standard(level: volatility * volatility)
        defer {
            for key in [ParameterKey.hestonTheta, .hestonV0] where !given.isGiven(key) { leaveOutOfCommand(key) }
        }
        return .heston(HestonVariance(
            kappa: try number(.hestonKappa, otherwise: standard.kappa)!,
            theta: try number(.hestonTheta, otherwise: standard.theta)!,
            xi: try number(.hestonXi, otherwise: standard.xi)!,
            rho: try number(.hestonRho, otherwise: standard.rho)!,
            initialVariance: try number(.hestonV0, otherwise: standard.initialVariance)!
        ))
    }

    /// The estimators named, in the order given, without repeats.
    mutating func resolveEstimators() throws(ParameterError) -> [HedgeEstimator] {
        let names = try list(.estimators)!
        var result = [HedgeEstimator]()
        for item in names where !item.isEmpty {
            guard let estimator = HedgeEstimator(rawValue: item.lowercased()) else {
                throw .invalid(name(.estimators), ParameterKey.estimators.descriptor.allowed, got: item.shown)
            }
            if !result.contains(estimator) { result.append(estimator) }
        }
        guard !result.isEmpty else { throw .invalid(name(.estimators), "at least one estimator", got: "none") }
        record(.estimators, .list(result.map(\.rawValue)), written: resolved[.estimators]?.written)
        return result
    }

    /// The Monte Carlo study's paths per batch, nil when `--paths 0` or with a price file (the
    /// study simulates paths, so an observed one has nothing to add to it); the items of a
    /// given `--sweep` and `--mismatch-vols` are checked here, before any pricing.
    mutating func checkStudy(observed: Bool) throws(ParameterError) -> Int? {
        let paths = try integer(.paths, otherwise: observed ? 0 : nil)!
        if observed, paths > 0 {
            throw ParameterError(.invalid("\(name(.paths)) simulates paths, which does not combine with \(name(.prices)); drop one of them"))
        }
        guard paths > 0 else { return nil }
        guard paths >= 2 else { throw .invalid(name(.paths), "0 (no study) or at least 2", got: "\(paths)") }
        _ = try givenSweep()
        _ = try givenMismatchVolatilities()
        return paths
    }

    /// The study's settings. The default mismatch volatilities are ``ParameterDefaults/mismatchMultiples`` ×
    /// the implied `volatility` and the scenario's `realized` volatility (sorted, without
    /// repeats), those below `lowest` left out; a `--mismatch-vols` list is kept as given, and
    /// refused when one is below `lowest` (the volatility Merton's jumps alone give). The
    /// default sweep is ``ParameterDefaults/sweep(rebalances:doubling:)``.
    mutating func resolveStudy(
        paths: Int, volatility: Double, realized: Double, rebalances: Double, doubling: Bool, lowest: Double = 0
    ) throws(ParameterError) -> ReportPipeline.MonteCarloSettings {
        let sweep: [Int]
        if let given = try? givenSweep() {
            sweep = given
            record(.sweep, .list(given.map(String.init)), written: self.given.values[.sweep]!.written)
        } else {
            sweep = ParameterDefaults.sweep(rebalances: rebalances, doubling: doubling)
            record(.sweep, .list(sweep.map(String.init)))
        }
        let volatilities: [Double]
        if let given = try? givenMismatchVolatilities() {
            if let low = given.first(where: { $0 < lowest }) {
                throw ParameterError(.invalid(
                    "\(name(.mismatchVols)) \(ParameterDescriptor.written(low)) is below \(String(format: "%.4g", lowest)), the volatility "
                        + "Merton's jumps alone give (\(name(.jumpIntensity)), \(name(.jumpMean)), \(name(.jumpStd))); "
                        + "the diffusion takes what the jumps leave of each volatility, so give volatilities of at least that"
                ))
            }
            volatilities = given
            record(.mismatchVols, .list(given.map(ParameterDescriptor.written)), written: self.given.values[.mismatchVols]!.written)
        } else {
            // The implied volatility's multiples, and the run's own realized volatility so that
            // its own outcome is one of the points.
            // Under Merton, only volatilities the jumps leave room for (`lowest`, √(λ(μJ² + δJ²))).
            var multiples = ParameterDefaults.mismatchMultiples.map { $0 * volatility }.filter { $0 >= lowest }
            if realized > 0, !multiples.contains(where: { abs($0 - realized) <= 1e-9 * realized }) {
                multiples = (multiples + [realized]).sorted()
            }
            volatilities = multiples
            // Shown to twelve significant digits (0.0375, not 0.037500000000000006; --vol's own
            // multiples as written) and left out of the command: the rounded text would not read
            // back as the same volatilities, and the regenerated run derives these again.
            record(.mismatchVols, .list(volatilities.map { ParameterDescriptor.rounded($0) }), written: nil)
        }
        return ReportPipeline.MonteCarloSettings(paths: paths, sweep: sweep, realizedVolatilities: volatilities)
    }

    /// The `--sweep` given, checked; nil when none was given. `none` is the empty sweep.
    private func givenSweep() throws(ParameterError) -> [Int]? {
        guard case let .list(items)? = try given.given(.sweep) else { return nil }
        guard items != ["none"] else { return [] }
        var sweep = [Int]()
        for item in items {
            guard let count = Int(item), ParameterDefaults.sweepRebalances.contains(count) else {
                throw .invalid(name(.sweep), ParameterKey.sweep.descriptor.allowed, got: item.shown)
            }
            sweep.append(count)
        }
        return sweep
    }

    /// The `--mismatch-vols` given, checked; nil when none was given. `none` is the empty list.
    private func givenMismatchVolatilities() throws(ParameterError) -> [Double]? {
        guard case let .list(items)? = try given.given(.mismatchVols) else { return nil }
        guard items != ["none"] else { return [] }
        var volatilities = [Double]()
        for item in items {
            guard let value = Double(item), value.isFinite, ParameterDefaults.mismatchVolatilities.contains(value) else {
                throw .invalid(name(.mismatchVols), ParameterKey.mismatchVols.descriptor.allowed, got: item.shown)
            }
            volatilities.append(value)
        }
        return volatilities
    }

    private static func days(_ years: Double) -> String {
        let days = years * 365
        return days == days.rounded() ? String(Int(days)) : String(format: "%.2f", days)
    }
}
