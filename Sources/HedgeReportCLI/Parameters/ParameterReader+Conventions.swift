import MarketData
import Simulation

/// The course's conventions, each an option beside the tool's own.
extension ParameterReader {
    /// The path model named; `--fit-prices` alone means the binomial walk, and contradicts any other.
    mutating func pathModelName() throws(ParameterError) -> PathModelID {
        guard given.isGiven(.fitPrices) else { return try choice(.pathModel) }
        if given.isGiven(.pathModel) {
            let name: PathModelID = try choice(.pathModel)
            guard name == .binomial else {
                throw ParameterError(.invalid("\(self.name(.fitPrices)) fits the binomial walk, which \(self.name(.pathModel)) \(name.rawValue) replaces: drop one of them"))
            }
            return name
        }
        record(.pathModel, .text(PathModelID.binomial.rawValue), written: nil)
        return .binomial
    }

    /// The walk fitted to `--fit-prices` (``PriceSeries/binomialFit()``), recorded as the run's
    /// `--up`, `--down` and `--up-probability` (the command keeps `--fit-prices`); nil without it.
    ///
    /// - Throws: when the walk's own flags are given beside it, or the file cannot be read, or
    ///   has no up move or no down move (named with the file).
    mutating func fittedWalk() throws(ParameterError) -> PriceSeries.BinomialFit? {
        guard let path = try text(.fitPrices) else { return nil }
        for key in [ParameterKey.up, .down, .upProbability] where given.isGiven(key) {
            throw ParameterError(.invalid("\(name(key)) contradicts \(name(.fitPrices)), which fits the walk's u, d and p: drop one of them"))
        }
        let fit: PriceSeries.BinomialFit
        do {
            fit = try PriceSeries(contentsOfFile: path).binomialFit()
        } catch {
            throw ParameterError(priceFile: error, context: "\(name(.fitPrices)): ")
        }
        record(.up, .number(fit.up), written: nil)
        record(.down, .number(fit.down), written: nil)
        record(.upProbability, .number(fit.upProbability), written: nil)
        return fit
    }

    /// Whether the premium starts at the market's quote (`--start-premium market`); recorded
    /// only when given, so the default run keeps its command and table.
    ///
    /// - Throws: for `market` without a quote (no `--premium`, not the course's contract).
    mutating func resolveStartPremium(_ resolved: ResolvedContract) throws(ParameterError) -> Bool {
        let start = given.isGiven(.startPremium) ? try choice(.startPremium) : ParameterDefaults.startPremium
        guard start == .market else { return false }
        guard resolved.marketPremium != nil else {
            throw ParameterError(.invalid(
                "\(name(.startPremium)) market starts the premium at the market's quote, and this run has none: give it with \(name(.premium)) P"
            ))
        }
        return true
    }

    /// The year basis (``YearBasis``): 365 unless `--year-basis` is given. Recorded only when
    /// given, so that a run on the default basis has the regenerating command, table and
    /// summary it had before the option existed.
    ///
    /// - Throws: with 252 and a price file, when a row is dated on a weekend: the trading-day
    ///   basis counts weekdays, so such a row would share its time with the Friday before.
    mutating func resolveYearBasis(prices: PriceSeries?) throws(ParameterError) -> YearBasis {
        guard given.isGiven(.yearBasis) else { return ParameterDefaults.yearBasis }
        let basis: YearBasis = try choice(.yearBasis)
        if basis == .trading, let prices, let row = prices.firstWeekendRow {
            throw ParameterError(.invalid(
                "\(name(.yearBasis)) 252 counts a price file's dates in weekdays, but \(prices.source):\(row.line) is dated \(row.date), "
                    + "a weekend day; use --year-basis 365 or drop the weekend rows"
            ))
        }
        return basis
    }
}

extension ParameterReader {
    /// Refuses, on a book (`--leg` or `--shares`), what is defined for one option only:
    /// starting the premium at the market's quote (a quote is one option's) and the
    /// wrong-information run (its LVT and LVM are one option's share balance).
    mutating func checkSingleOption(isBook: Bool) throws(ParameterError) {
        guard isBook else { return }
        let book = given.isGiven(.leg) ? name(.leg) : name(.shares)
        if given.isGiven(.startPremium), try choice(.startPremium) == StartPremium.market {
            throw ParameterError(.invalid(
                "\(name(.startPremium)) market starts one option's premium at its quote; with \(book) the position is a book: leave it out"
            ))
        }
        for key in [ParameterKey.hedgerSeed, .hedgerPrices, .hedgerCorrelation] where given.isGiven(key) {
            throw ParameterError(.invalid(
                "\(name(key)) compares one option's share balance on two paths; with \(book) the position is a book: leave one of them out"
            ))
        }
    }
}
