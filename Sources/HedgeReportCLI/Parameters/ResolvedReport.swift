import Analytics
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
    /// Every value the run used, from which the report's command, table and summary come.
    var parameters: ResolvedParameters

    /// Applies the defaults and checks every parameter of a report run, in three phases: every
    /// value given, every contradiction and the work budget are checked before anything is
    /// priced; then the market's quote is solved for its implied volatility (where it is shown
    /// or sets the volatility); then the defaults that depend on that volatility are applied.
    init(_ given: ParameterSet) throws(ParameterError) {
        var reader = ParameterReader(given)
        // Every value given, against its kind and range, whether or not this run reads it
        // before the solve.
        for key in ParameterKey.allCases {
            _ = try given.given(key)
        }
        let file = try reader.readPrices()
        // A model built from the file (a bootstrap of its returns) reads it as its source: the
        // run's own path is then simulated, on the course's contract and dates.
        let returnsSource = try reader.pathModelReadsPrices() ? file : nil
        let prices = returnsSource == nil ? file : nil
        let basis = try reader.resolveYearBasis(prices: prices)
        let shorthand = try reader.resolveContract(prices: prices, basis: basis)
        // The book: the legs of --leg, else the one option of the flags; its first leg is the
        // reference whose market and model the run reports.
        var legs = try reader.resolveLegs(shorthand: shorthand) ?? [shorthand]
        let bookShares = try reader.resolveBookShares()
        var hedgeOptions = try reader.resolveHedgeOptions(shorthand: shorthand)
        let contract = legs[0].contract
        let earliestExpiry = legs.map(\.contract.expiry).min()!
        let (interval, intervalText, horizon) = try reader.resolveSchedule(
            expiry: earliestExpiry, observed: prices != nil, basis: basis
        )
        let intervalYears = interval.years(in: basis)
        // With a price file the dates are its rows up to the horizon, whatever the interval.
        let observedPath = prices.map { Self.observedPath($0, through: horizon, basis: basis) }
        let dates = observedPath.map { Double($0.times.count) } ?? (horizon / intervalYears).rounded(.up) + 1
        try reader.checkHedgeOptionExpiries(hedgeOptions, horizon: horizon)
        let instruments = legs + hedgeOptions
        let americanLegs = Double(max(instruments.count { $0.contract.style == .american }, 1))
        for leg in instruments {
            try reader.checkReportWork(leg, dates: dates, instruments: americanLegs, observed: prices != nil)
        }
        let isBook = reader.given.isGiven(.leg) || reader.given.isGiven(.shares)

        let estimators = try reader.resolveEstimators()
        let seed = try reader.integer(.seed)!
        let initialShares = try reader.number(.initialShares)
        let costs = TransactionCosts(basisPoints: try reader.number(.costBps)!, feePerTrade: try reader.number(.feePerTrade)!)
        let rebalancing = try reader.resolveRebalancing(costs: costs, multiplier: legs[0].position.multiplier, legs: legs.count)
        let exercise: ExercisePolicy = try reader.choice(.exercise)
        let hedgeVolatility = try reader.resolveHedgeVolatility(rebalancing: rebalancing, legs: legs.count, shares: bookShares)
        if contract.style == .european { reader.hideFromTable(.exercise) }
        // A file's iv column sets the implied volatility at each date; no spread applies.
        let spread = prices?.impliedVolatilities == nil ? try reader.number(.ivSpread)! : 0
        let title = try reader.text(.title)
        let author = try reader.text(.author)
        let templates = try reader.text(.templates)
        let png = try reader.flag(.png)
        let output = try reader.text(.output)!
        // An empty name is not the current folder: a slip (`--output "$DIR"` with DIR unset)
        // would otherwise write the report among the user's files.
        if output.isEmpty { throw .invalid(reader.name(.output), "a folder path (`.` for the current folder)", got: "an empty path") }
        let pathName = try reader.checkPathModel(prices: prices, basis: basis)
        let study = try reader.checkStudy(observed: prices != nil)
        let startsAtMarket = try reader.resolveStartPremium(shorthand)
        try reader.checkSingleOption(isBook: isBook)
        let wrongInformation = try reader.resolveWrongInformation(
            prices: prices, pathName: pathName, seed: seed, study: study, basis: basis
        )

        if legs.count == 1, reader.given.values[.leg] == nil {
            try reader.solveQuote(&legs[0])
        } else {
            try reader.solveLegQuotes(&legs)
        }
        try reader.solveLegQuotes(&hedgeOptions, key: .hedgeWith)
        let isLegList = reader.given.isGiven(.leg)
        for (index, leg) in legs.enumerated() {
            try reader.checkLatticeRefinement(
                leg, valuations: dates, budget: WorkBudget.reportNodeUpdates, spread: spread,
                label: isLegList ? reader.label(.leg, index) : nil
            )
        }
        for (index, option) in hedgeOptions.enumerated() {
            try reader.checkLatticeRefinement(
                option, valuations: dates, budget: WorkBudget.reportNodeUpdates, spread: spread, label: reader.label(.hedgeWith, index)
            )
        }
        if let prices, let observedPath {
            try reader.checkImpliedVolatilityCells(prices, times: observedPath.times, legs: [legs[0]])
        }
        let resolved = legs[0]
        try reader.checkHedgeOptionsSolvable(hedgeOptions)

        var drift = resolved.market.rate, realized = resolved.market.volatility
        if prices == nil {
            drift = try reader.number(.drift, otherwise: drift)!
            realized = try reader.number(.realizedVol, otherwise: realized)!
        } else {
            // The file's path has its own drift and volatility; the summary keeps the model's.
            for (key, value) in [(ParameterKey.drift, drift), (.realizedVol, realized)] {
                reader.record(key, .number(value), written: nil)
                reader.hideFromTable(key)
            }
        }
        let pathModel: PathModel
        if let observedPath {
            pathModel = .observed(observedPath)
        } else {
            let inputs = PathModelInputs(
                drift: given.isGiven(.drift) ? drift : nil, realizedVolatility: given.isGiven(.realizedVol) ? realized : nil,
                prices: returnsSource?.pricePath(basis: basis), source: returnsSource?.source
            )
            pathModel = try reader.resolvePathModel(pathName, drift: drift, volatility: realized, interval: intervalYears, inputs: inputs)
        }
        // A model that realizes its own drift or volatility (a bootstrap, its file's) sets the
        // run's unless the user gave them.
        if let process = pathModel.process {
            if !given.isGiven(.drift), let own = process.ownDrift {
                drift = own
                reader.record(.drift, .number(own), written: nil)
            }
            if !given.isGiven(.realizedVol), let own = process.ownRealizedVolatility {
                realized = own
                reader.record(.realizedVol, .number(own), written: nil)
            }
        }
        // A binomial walk realizes its own σ (its factors fix it); the mismatch batches rescale it.
        var pathRealized = realized
        if let walk = pathModel.process(BinomialWalk.self) {
            pathRealized = walk.volatility
            reader.record(.realizedVol, .number(walk.volatility), written: reader.resolved[.realizedVol]?.written)
        }
        // Heston's θ or v₀, when given, set the variance over the option's life, and with it the
        // realized volatility that the mismatch batches rescale from; a variance that is 0 over
        // the whole life has no level to rescale, and is refused.
        if let variance = pathModel.process(HestonVariance.self) {
            let mean = variance.meanVariance(over: contract.expiry)
            let named = [ParameterKey.hestonTheta, .hestonV0].filter(given.isGiven)
            guard mean > 0 else {
                let cause = named.isEmpty ? "\(reader.name(.realizedVol)) \(given.values[.realizedVol]?.written ?? "0") makes" : named.map(reader.name).joined(separator: " and ") + " make"
                throw ParameterError(.invalid(
                    "\(cause) Heston's variance 0 over the whole life of the option: the share would never move; "
                        + "give a variance above 0, or use \(reader.name(.pathModel)) gbm"
                ))
            }
            if !named.isEmpty {
                pathRealized = mean.squareRoot()
                reader.record(.realizedVol, .number(pathRealized), written: nil)
            }
        }
        let isWalk = pathModel.id == .binomial
        let lowest = pathModel.process(MertonJumps.self)?.varianceRate.squareRoot() ?? 0.0
        var monteCarlo = try study.map { (paths: Int) throws(ParameterError) in
            try reader.resolveStudy(
                paths: paths, volatility: resolved.market.volatility, realized: pathRealized,
                rebalances: horizon / intervalYears, doubling: isWalk, lowest: lowest
            )
        }
        let observedVolatilities = prices?.impliedVolatilities
        let book = Book(
            legs: legs.enumerated().map { index, leg in
                var position = leg.position
                // The first leg's volatility is the market's; the others carry their own.
                if index > 0 { position.impliedVolatility = leg.market.volatility }
                return position
            },
            shares: bookShares
        )
        let scenario = HedgeScenario(
            book: book,
            market: resolved.market,
            dynamics: PathDynamics(
                pathModel: pathModel,
                drift: drift,
                realizedVolatility: pathRealized,
                seed: UInt64(seed),
                volatilityModel: observedVolatilities.map { .observed(Self.observed($0, matching: pathModel)) }
                    ?? (spread > 0 ? .noisy(spread: spread) : .constant),
                drawingInterval: try reader.resolveShockInterval(
                    interval: intervalYears, horizon: horizon, basis: basis, pathModel: pathModel
                )
            ),
            hedge: HedgingStrategy(
                schedule: RebalancingSchedule(interval: intervalYears, horizon: horizon),
                rebalancing: rebalancing,
                estimators: estimators,
                initialShares: initialShares,
                costs: costs,
                exercisePolicy: exercise,
                tradedOptions: hedgeOptions.map { TradedOption(contract: $0.contract, impliedVolatility: $0.market.volatility) },
                volatility: hedgeVolatility
            )
        )
        try reader.checkLeland(scenario)
        monteCarlo?.rules = reader.comparedRules(for: scenario)
        if let monteCarlo {
            let cost = StudyCost(
                scenario: scenario, model: resolved.model, paths: monteCarlo.paths, sweep: monteCarlo.sweep,
                mismatchVolatilities: monteCarlo.realizedVolatilities, rules: monteCarlo.rules,
                wrongInformationStudy: wrongInformation.map { !$0.studyCorrelations.isEmpty } ?? false
            )
            let pathUpdates = instruments.filter { $0.contract.style == .american }.reduce(0) {
                $0 + WorkBudget.nodeUpdates(lattices: WorkBudget.latticesPerPath(dates: dates, $1.model), $1.model)
            }
            try reader.checkStudyWork(cost, model: resolved.model, paths: monteCarlo.paths, pathUpdates: pathUpdates)
        }
        var settings = ReportSettings(
            ticker: resolved.ticker,
            title: title,
            author: author,
            usesClosedForm: legs.allSatisfy { $0.contract.style == .european },
            latticeSteps: resolved.model.steps,
            latticeMethod: resolved.model.method.rawValue,
            intervalLabel: intervalText,
            // A quote is set beside the model's premium of one option, not of a book's sum.
            marketPremium: book.isSingleOption ? resolved.marketPremium : nil,
            premiumImpliedVolatility: book.isSingleOption ? resolved.premiumImpliedVolatility : nil,
            command: reader.resolved.command("report"),
            startDate: prices?.dates?.first?.description,
            priceSource: prices?.source,
            yearBasis: basis,
            endDate: observedPath.flatMap { path in prices?.dates?[path.times.count - 1].description },
            parameters: reader.resolved.reportParameters
        )
        settings.isBook = isBook
        settings.priceDates = prices?.dates?.map(\.description) ?? []
        if let prices {
            // What the file leaves out and nobody gave: the defaults stand in, and the page says so.
            if prices.impliedVolatilities == nil, !given.isGiven(.vol), !given.isGiven(.premium) {
                settings.priceFileDefaults.append("the implied volatility, \(String(format: "%.2f", 100 * scenario.market.volatility))%, as the file has no iv column")
            }
            if !given.isGiven(.rate) {
                settings.priceFileDefaults.append("the rate, \(String(format: "%.2f", 100 * scenario.market.rate))%")
            }
        }
        pipeline = ReportPipeline(
            scenario: scenario,
            model: Self.pricingModel(of: legs),
            settings: settings,
            templatesDirectory: templates, outputDirectory: output, writesPNG: png,
            monteCarlo: monteCarlo
        )
        pipeline.wrongInformation = wrongInformation
        pipeline.settings.startsAtMarketPremium = startsAtMarket
        pipeline.settings.hedgerDescription = wrongInformation.map { Self.describe($0.hedger) }
        quiet = try given.given(.quiet) == .flag(true)
        opensReport = try given.given(.open) == .flag(true)
        parameters = reader.resolved
    }

    /// The hedger's model path in words, for the page.
    private static func describe(_ hedger: HedgerPath) -> String {
        switch hedger {
        case let .seed(seed): "another path of the same generators, drawn from seed \(seed) (--hedger-seed)"
        case let .correlated(rho, seed):
            "a path whose normal draws are correlated \(ParameterDescriptor.written(rho)) with the true path's "
                + "(the independent part drawn from seed \(seed); --hedger-correlation)"
        case let .observed(_, source, _?):
            "the prices and implied volatilities (its iv column) of \(source) (--hedger-prices)"
        case let .observed(_, source, nil):
            "the prices of \(source) (--hedger-prices), priced at the true path's implied volatility (the file has no iv column)"
        }
    }

    /// The model that prices the book's legs: the one model of their style when they share
    /// one, else the closed form for the European legs and the lattice for the American ones.
    private static func pricingModel(of legs: [ResolvedContract]) -> any PricingModel {
        let styles = Set(legs.map(\.contract.style))
        guard styles.count > 1 else { return legs[0].pricingModel }
        return PricingModelByStyle(european: BlackScholesModel(), american: legs[0].model)
    }

    /// The file's path up to the horizon.
    private static func observedPath(_ prices: PriceSeries, through horizon: Double, basis: YearBasis) -> PricePath {
        let path = prices.pricePath(basis: basis)
        let count = path.times.firstIndex { $0 > horizon + 1e-9 } ?? path.times.count
        return PricePath(times: Array(path.times.prefix(count)), spots: Array(path.spots.prefix(count)))
    }

    /// The file's implied volatilities for the dates the path kept.
    private static func observed(_ volatilities: [Double], matching model: PathModel) -> [Double] {
        guard case let .observed(path) = model else { return volatilities }
        return Array(volatilities.prefix(path.times.count))
    }
}
