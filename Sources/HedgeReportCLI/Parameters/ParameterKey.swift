/// Every parameter a user can set, as a flag (`--dividend-yield`) and as a key of a config file
/// (`dividend-yield`): the same names in both places. What each one is — its kind, default,
/// range, unit, help and label — is its ``descriptor`` (``ParameterDescriptor/table``).
enum ParameterKey: String, CaseIterable, Sendable, Hashable, Comparable {
    // The option and its market.
    case ticker, type, payout, style, position, contracts, spot, strike, rate
    case dividendYield = "dividend-yield"
    case vol, premium, days, years
    case latticeSteps = "lattice-steps"
    case latticeMethod = "lattice-method"
    // The simulation.
    case prices, from, to, drift
    case realizedVol = "realized-vol"
    case interval, horizon, estimators
    case shockInterval = "shock-interval"
    case initialShares = "initial-shares"
    // The book.
    case leg, shares
    case hedgeWith = "hedge-with"
    case seed
    case pathModel = "path-model"
    case up, down
    case upProbability = "up-probability"
    case jumpIntensity = "jump-intensity"
    case jumpMean = "jump-mean"
    case jumpStd = "jump-std"
    case hestonKappa = "heston-kappa"
    case hestonTheta = "heston-theta"
    case hestonXi = "heston-xi"
    case hestonRho = "heston-rho"
    case hestonV0 = "heston-v0"
    case ivSpread = "iv-spread"
    case costBps = "cost-bps"
    case feePerTrade = "fee-per-trade"
    case rebalance, band
    case riskAversion = "risk-aversion"
    case exercise
    case hedgeVol = "hedge-vol"
    case paths, sweep
    case mismatchVols = "mismatch-vols"
    // The course's conventions.
    case yearBasis = "year-basis"
    case startPremium = "start-premium"
    case fitPrices = "fit-prices"
    // What the hedger knows.
    case hedgerSeed = "hedger-seed"
    case hedgerPrices = "hedger-prices"
    case hedgerCorrelation = "hedger-correlation"
    // The report.
    case output, templates, png, title, author, quiet
    case `open`

    /// The flag's spelling.
    var flag: String { "--\(rawValue)" }

    /// The key of a config file: the flag's name, but `legs` for the repeatable `--leg` (a
    /// config file gives all the legs as one list).
    var configKey: String { self == .leg ? "legs" : rawValue }

    /// The parameter whose config key is `name`.
    init?(configKey name: String) {
        guard let key = Self.allCases.first(where: { $0.configKey == name }) else { return nil }
        self = key
    }

    static func < (lhs: ParameterKey, rhs: ParameterKey) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
