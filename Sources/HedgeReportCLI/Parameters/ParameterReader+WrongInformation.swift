import Analytics
import MarketData
import Report
import Simulation

/// `--hedger-seed`, `--hedger-correlation`, `--hedger-prices`: the hedger decides from a model
/// path while the position lives on the true one (DESIGN.md §2.8).
extension ParameterReader {
    /// Correlations the study compares beside the run's own: from independent draws to the
    /// true path's own.
    static let studyCorrelations: [Double] = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 1]
    /// The most pairs the study draws per correlation, whatever `--paths` is: two thousand
    /// pairs put a 5 % quantile of the PE within a few percent of its own size, and each pair
    /// costs two valued paths at every correlation.
    static let maximumStudyPairs = 2_000

    /// Whether any flag of the hedger's model path is given.
    var hasHedgerPath: Bool {
        [ParameterKey.hedgerSeed, .hedgerPrices, .hedgerCorrelation].contains { given.isGiven($0) }
    }

    /// The hedger's model path and the study's settings; nil when the hedger has perfect
    /// information (no `--hedger-…` flag). Checked before any work: the flags that contradict
    /// each other or the path, and a `--hedger-prices` file read and matched to the true dates.
    ///
    /// - Parameters:
    ///   - prices: the true path's file (after `--from`/`--to`), nil for a simulated path.
    ///   - pathName: the simulated path's model.
    ///   - seed: the true path's `--seed`.
    ///   - study: the Monte Carlo study's paths, nil when it does not run.
    mutating func resolveWrongInformation(
        prices: PriceSeries?, pathName: PathModelID, seed: Int, study: Int?, basis: YearBasis
    ) throws(ParameterError) -> ReportPipeline.WrongInformationSettings? {
        guard hasHedgerPath else { return nil }
        if given.isGiven(.hedgerPrices) {
            for key in [ParameterKey.hedgerSeed, .hedgerCorrelation] where given.isGiven(key) {
                throw ParameterError(.invalid(
                    "\(name(key)) draws the hedger's path, which \(name(.hedgerPrices)) gives from a file: drop one of them"
                ))
            }
            guard let prices else {
                throw ParameterError(.invalid(
                    "\(name(.hedgerPrices)) gives the hedger's path at the true path's dates, which come from a price file: add \(name(.prices)) FILE"
                ))
            }
            let model = try readHedgerPrices(matching: prices, basis: basis)
            return ReportPipeline.WrongInformationSettings(
                hedger: .observed(model.path, source: model.source, volatilities: model.volatilities), studySeed: 0, studyCorrelations: [], studyPairs: 0
            )
        }
        if prices != nil {
            let key = given.isGiven(.hedgerSeed) ? ParameterKey.hedgerSeed : .hedgerCorrelation
            throw ParameterError(.invalid(
                "\(name(key)) draws the hedger's path from the simulated path's generators, which \(name(.prices)) replaces: "
                    + "give the hedger's prices with \(name(.hedgerPrices)) FILE"
            ))
        }
        if given.isGiven(.hedgerCorrelation), pathName != .gbm {
            throw ParameterError(.invalid(
                "\(name(.hedgerCorrelation)) correlates the normal draws of geometric Brownian motion; the \(pathName.rawValue) path "
                    + "has none: use \(name(.hedgerSeed)) alone, or \(name(.pathModel)) gbm"
            ))
        }
        let hedgerSeed = try integer(.hedgerSeed, otherwise: seed > Int.max - ParameterDefaults.hedgerSeedOffset ? 0 : seed + ParameterDefaults.hedgerSeedOffset)!
        let correlation = try number(.hedgerCorrelation, otherwise: pathName == .gbm ? 0 : nil)
        let hedger: HedgerPath = if let correlation, correlation != 0 {
            .correlated(rho: correlation, seed: UInt64(hedgerSeed))
        } else {
            .seed(UInt64(hedgerSeed))
        }
        // The study compares correlations of normal draws: geometric Brownian motion only.
        let correlations = pathName == .gbm ? Array(Set(Self.studyCorrelations + [correlation ?? 0])).sorted() : []
        return ReportPipeline.WrongInformationSettings(
            hedger: hedger, studySeed: UInt64(hedgerSeed), studyCorrelations: study == nil ? [] : correlations,
            studyPairs: min(study ?? 0, Self.maximumStudyPairs)
        )
    }

    /// The `--hedger-prices` file, cut to the window of `--from`/`--to`, as a path at the dates
    /// of `prices`; refused naming the first row whose date (or time) differs.
    private mutating func readHedgerPrices(matching prices: PriceSeries, basis: YearBasis) throws(ParameterError) -> HedgerPrices {
        let path = try text(.hedgerPrices)!
        var series = try Self.priceSeries(at: path)
        let start = prices.dates?.first, end = prices.dates?.last
        if given.isGiven(.from) || given.isGiven(.to), series.dates != nil, let start, let end {
            do {
                series = try series.window(from: start, to: end)
            } catch {
                throw ParameterError(.invalid("\(name(.hedgerPrices)): \(error.description) (the window of \(name(.prices)))"))
            }
        }
        let trueName = "\(name(.prices)) \(prices.source)"
        if let trueDates = prices.dates, let modelDates = series.dates {
            for index in 0..<min(trueDates.count, modelDates.count) where trueDates[index] != modelDates[index] {
                throw ParameterError(.invalid(
                    "\(name(.hedgerPrices)) \(path):\(series.lines[index]) is dated \(modelDates[index]) where \(trueName):\(prices.lines[index]) "
                        + "is dated \(trueDates[index]) (expected the same dates, row for row)"
                ))
            }
        } else {
            let trueTimes = prices.yearsFromStart(basis: basis), modelTimes = series.yearsFromStart(basis: basis)
            guard prices.dates == nil, series.dates == nil else {
                throw ParameterError(.invalid(
                    "\(name(.hedgerPrices)) \(path) and \(trueName) must both have dates or both have times (expected the same dates, row for row)"
                ))
            }
            for index in 0..<min(trueTimes.count, modelTimes.count) where abs(trueTimes[index] - modelTimes[index]) > 1e-12 {
                throw ParameterError(.invalid(
                    "\(name(.hedgerPrices)) \(path):\(series.lines[index]) is at t = \(modelTimes[index]) years where \(trueName):\(prices.lines[index]) "
                        + "is at \(trueTimes[index]) (expected the same times, row for row)"
                ))
            }
        }
        guard series.count == prices.count else {
            throw ParameterError(.invalid(
                "\(name(.hedgerPrices)) \(path) has \(series.count) rows where \(trueName) has \(prices.count)"
                    + "\(given.isGiven(.from) || given.isGiven(.to) ? " in the window" : "") (expected the same dates, row for row)"
            ))
        }
        return HedgerPrices(path: series.pricePath(basis: basis), source: path, volatilities: series.impliedVolatilities)
    }
}

/// A `--hedger-prices` file read as a path, with the name the user gave it.
struct HedgerPrices {
    var path: PricePath
    var source: String
    /// The file's `iv` column, nil without one.
    var volatilities: [Double]?
}
