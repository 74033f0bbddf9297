import ArgumentParser

/// How the share moves: a simulated path (its model and parameters) or a price file, and the calendar it is read on.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct PathOptions: ParameterGroup {
    static let title = "Path"

    @Option(parsing: ParameterKey.prices.parsing, help: ParameterKey.prices.help, completion: ParameterKey.prices.completion) var prices: String?
    @Option(parsing: ParameterKey.from.parsing, help: ParameterKey.from.help) var from: String?
    @Option(parsing: ParameterKey.to.parsing, help: ParameterKey.to.help) var to: String?
    @Option(parsing: ParameterKey.fitPrices.parsing, help: ParameterKey.fitPrices.help, completion: ParameterKey.fitPrices.completion) var fitPrices: String?
    @Option(parsing: ParameterKey.yearBasis.parsing, help: ParameterKey.yearBasis.help, completion: ParameterKey.yearBasis.completion) var yearBasis: String?
    @Option(parsing: ParameterKey.interval.parsing, help: ParameterKey.interval.help) var interval: String?
    @Option(parsing: ParameterKey.shockInterval.parsing, help: ParameterKey.shockInterval.help) var shockInterval: String?
    @Option(parsing: ParameterKey.horizon.parsing, help: ParameterKey.horizon.help) var horizon: String?
    @Option(parsing: ParameterKey.drift.parsing, help: ParameterKey.drift.help) var drift: String?
    @Option(parsing: ParameterKey.realizedVol.parsing, help: ParameterKey.realizedVol.help) var realizedVol: String?
    @Option(parsing: ParameterKey.ivSpread.parsing, help: ParameterKey.ivSpread.help) var ivSpread: String?
    @Option(parsing: ParameterKey.seed.parsing, help: ParameterKey.seed.help) var seed: String?
    @Option(parsing: ParameterKey.pathModel.parsing, help: ParameterKey.pathModel.help, completion: ParameterKey.pathModel.completion) var pathModel: String?
    @Option(parsing: ParameterKey.up.parsing, help: ParameterKey.up.help) var up: String?
    @Option(parsing: ParameterKey.down.parsing, help: ParameterKey.down.help) var down: String?
    @Option(parsing: ParameterKey.upProbability.parsing, help: ParameterKey.upProbability.help) var upProbability: String?
    @Option(parsing: ParameterKey.jumpIntensity.parsing, help: ParameterKey.jumpIntensity.help) var jumpIntensity: String?
    @Option(parsing: ParameterKey.jumpMean.parsing, help: ParameterKey.jumpMean.help) var jumpMean: String?
    @Option(parsing: ParameterKey.jumpStd.parsing, help: ParameterKey.jumpStd.help) var jumpStd: String?
    @Option(parsing: ParameterKey.hestonKappa.parsing, help: ParameterKey.hestonKappa.help) var hestonKappa: String?
    @Option(parsing: ParameterKey.hestonTheta.parsing, help: ParameterKey.hestonTheta.help) var hestonTheta: String?
    @Option(parsing: ParameterKey.hestonXi.parsing, help: ParameterKey.hestonXi.help) var hestonXi: String?
    @Option(parsing: ParameterKey.hestonRho.parsing, help: ParameterKey.hestonRho.help) var hestonRho: String?
    @Option(parsing: ParameterKey.hestonV0.parsing, help: ParameterKey.hestonV0.help) var hestonV0: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.prices, prices)
        set.set(.from, from)
        set.set(.to, to)
        set.set(.fitPrices, fitPrices)
        set.set(.yearBasis, yearBasis)
        set.set(.interval, interval)
        set.set(.shockInterval, shockInterval)
        set.set(.horizon, horizon)
        set.set(.drift, drift)
        set.set(.realizedVol, realizedVol)
        set.set(.ivSpread, ivSpread)
        set.set(.seed, seed)
        set.set(.pathModel, pathModel)
        set.set(.up, up)
        set.set(.down, down)
        set.set(.upProbability, upProbability)
        set.set(.jumpIntensity, jumpIntensity)
        set.set(.jumpMean, jumpMean)
        set.set(.jumpStd, jumpStd)
        set.set(.hestonKappa, hestonKappa)
        set.set(.hestonTheta, hestonTheta)
        set.set(.hestonXi, hestonXi)
        set.set(.hestonRho, hestonRho)
        set.set(.hestonV0, hestonV0)
        return set
    }
}
