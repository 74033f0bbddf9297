/// Every parameter a user can set, as a flag (`--dividend-yield`) and as a key of a config file
/// (`dividend-yield`): the same names in both places.
enum ParameterKey: String, CaseIterable, Sendable, Hashable, Comparable {
    // The option and its market.
    case ticker, type, style, position, contracts, spot, strike, rate
    case dividendYield = "dividend-yield"
    case vol, premium, days, years
    case latticeSteps = "lattice-steps"
    case latticeMethod = "lattice-method"
    // The simulation.
    case prices, drift
    case realizedVol = "realized-vol"
    case interval, horizon, estimators
    case initialShares = "initial-shares"
    case seed
    case pathModel = "path-model"
    case up, down
    case upProbability = "up-probability"
    case ivSpread = "iv-spread"
    case costBps = "cost-bps"
    case feePerTrade = "fee-per-trade"
    case exercise
    case paths, sweep
    case mismatchVols = "mismatch-vols"
    // The report.
    case output, templates, png, title, author, quiet
    case `open`

    /// What a value of this key must be.
    enum Kind: Sendable {
        case number, integer, text, flag, list
    }

    var kind: Kind {
        switch self {
        case .contracts, .latticeSteps, .seed, .paths: .integer
        case .spot, .strike, .rate, .dividendYield, .vol, .premium, .days, .years, .drift, .realizedVol, .initialShares,
             .up, .down, .upProbability, .ivSpread, .costBps, .feePerTrade: .number
        case .png, .quiet, .open: .flag
        case .estimators, .sweep, .mismatchVols: .list
        case .ticker, .type, .style, .position, .latticeMethod, .prices, .interval, .horizon, .output, .templates,
             .title, .author, .pathModel, .exercise: .text
        }
    }

    /// The flag's spelling.
    var flag: String { "--\(rawValue)" }

    static func < (lhs: ParameterKey, rhs: ParameterKey) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
