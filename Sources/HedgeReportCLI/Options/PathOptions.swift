import ArgumentParser

/// How the share moves: a simulated path (its model and parameters) or a price file, and the calendar it is read on.
struct PathOptions: ParameterGroup {
    static let title = "Path"

    @Option(.prices) var prices: String?
    @Option(.from) var from: String?
    @Option(.to) var to: String?
    @Option(.fitPrices) var fitPrices: String?
    @Option(.yearBasis) var yearBasis: String?
    @Option(.interval) var interval: String?
    @Option(.shockInterval) var shockInterval: String?
    @Option(.horizon) var horizon: String?
    @Option(.drift) var drift: String?
    @Option(.realizedVol) var realizedVol: String?
    @Option(.ivSpread) var ivSpread: String?
    @Option(.seed) var seed: String?
    @Option(.pathModel) var pathModel: String?
    @Option(.up) var up: String?
    @Option(.down) var down: String?
    @Option(.upProbability) var upProbability: String?
    @Option(.jumpIntensity) var jumpIntensity: String?
    @Option(.jumpMean) var jumpMean: String?
    @Option(.jumpStd) var jumpStd: String?
    @Option(.hestonKappa) var hestonKappa: String?
    @Option(.hestonTheta) var hestonTheta: String?
    @Option(.hestonXi) var hestonXi: String?
    @Option(.hestonRho) var hestonRho: String?
    @Option(.hestonV0) var hestonV0: String?

    init() {}
}
