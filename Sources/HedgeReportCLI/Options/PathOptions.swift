import ArgumentParser
import Simulation

/// How the share moves: a simulated path (its model and parameters) or a price file, and the calendar it is read on.
struct PathOptions: ParameterGroup {
    static let title = "Path"

    @Option(.prices) var prices: FileArgument?
    @Option(.from) var from: DateArgument?
    @Option(.to) var to: DateArgument?
    @Option(.fitPrices) var fitPrices: FileArgument?
    @Option(.yearBasis) var yearBasis: Choice<YearBasis>?
    @Option(.interval) var interval: DurationArgument?
    @Option(.shockInterval) var shockInterval: DurationArgument?
    @Option(.horizon) var horizon: DurationArgument?
    @Option(.drift) var drift: NumberArgument?
    @Option(.realizedVol) var realizedVol: NumberArgument?
    @Option(.ivSpread) var ivSpread: NumberArgument?
    @Option(.seed) var seed: WholeNumberArgument?
    @Option(.pathModel) var pathModel: Choice<PathModelID>?
    @Option(.up) var up: NumberArgument?
    @Option(.down) var down: NumberArgument?
    @Option(.upProbability) var upProbability: NumberArgument?
    @Option(.jumpIntensity) var jumpIntensity: NumberArgument?
    @Option(.jumpMean) var jumpMean: NumberArgument?
    @Option(.jumpStd) var jumpStd: NumberArgument?
    @Option(.hestonKappa) var hestonKappa: NumberArgument?
    @Option(.hestonTheta) var hestonTheta: NumberArgument?
    @Option(.hestonXi) var hestonXi: NumberArgument?
    @Option(.hestonRho) var hestonRho: NumberArgument?
    @Option(.hestonV0) var hestonV0: NumberArgument?
}
