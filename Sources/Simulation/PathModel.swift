import Foundation

/// How the share price moves along the path: drawn by a registered path model
/// (``PathProcess``, listed in ``PathModels/all``), or observed in a price file.
public enum PathModel: Sendable, Hashable, Codable {
    /// Paths drawn by a path model at the scenario's drift and realized volatility.
    case simulated(any PathProcess)
    /// Prices observed at given times (a price file).
    case observed(PricePath)

    /// Geometric Brownian motion with the scenario's drift and realized volatility.
    public static let geometricBrownianMotion = PathModel.simulated(GeometricBrownianPaths())

    /// The course's real-world binomial walk (``BinomialWalk``).
    public static func binomialWalk(_ walk: BinomialWalk) -> PathModel { .simulated(walk) }

    /// Merton's jump diffusion with these jumps (``MertonJumps``).
    public static func merton(_ jumps: MertonJumps) -> PathModel { .simulated(jumps) }

    /// Heston's stochastic variance (``HestonVariance``).
    public static func heston(_ variance: HestonVariance) -> PathModel { .simulated(variance) }

    /// The model drawing the paths, nil for observed prices.
    public var process: (any PathProcess)? {
        if case let .simulated(process) = self { process } else { nil }
    }

    /// The drawing model when it is a `Process`, with its parameters: `pathModel.process(MertonJumps.self)`.
    public func process<Process: PathProcess>(_ type: Process.Type) -> Process? {
        process as? Process
    }

    /// The model's name, nil for observed prices.
    public var id: PathModelID? { process.map { type(of: $0).id } }

    /// Whether the paths are observed rather than drawn.
    public var isObserved: Bool { process == nil }

    public static func == (lhs: PathModel, rhs: PathModel) -> Bool {
        switch (lhs, rhs) {
        case let (.simulated(left), .simulated(right)): AnyHashable(left) == AnyHashable(right)
        case let (.observed(left), .observed(right)): left == right
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .simulated(process): hasher.combine(AnyHashable(process))
        case let .observed(path): hasher.combine(path)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case model, parameters, observed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let path = try container.decodeIfPresent(PricePath.self, forKey: .observed) {
            self = .observed(path)
            return
        }
        let id = try container.decode(PathModelID.self, forKey: .model)
        guard let model = PathModels.model(id) else {
            throw DecodingError.dataCorruptedError(
                forKey: .model, in: container, debugDescription: "unknown path model \(id); known: \(PathModels.ids.map(\.rawValue))"
            )
        }
        self = .simulated(try container.decode(model, forKey: .parameters))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .simulated(process):
            try container.encode(type(of: process).id, forKey: .model)
            try container.encode(process, forKey: .parameters)
        case let .observed(path):
            try container.encode(path, forKey: .observed)
        }
    }
}

/// How the implied volatility used for pricing moves along the path.
public enum VolatilityModel: Sendable, Hashable, Codable {
    /// The volatility of the scenario's market at every date.
    case constant
    /// At each date after the first, an independent draw σ₀ + spread·Z, Z standard normal,
    /// floored at 1%: the course's noisy implied volatility around its starting value.
    case noisy(spread: Double)
    /// Implied volatilities observed at each date of an observed path (a file's `iv` column).
    case observed([Double])
}

/// What the holder of an American option does when the model says exercising is optimal.
public enum ExercisePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Exercise at the first rebalancing date where the premium equals the intrinsic value;
    /// the hedge is unwound there.
    case exercise
    /// Keep the option to the end of the path.
    case hold
}

extension VolatilityModel {
    /// The implied volatilities, per √year, that the dates of a path may be valued at when they
    /// move, for a pricing model to prepare for (``PricingPreparation/volatilityRange``); nil
    /// when every date is valued at `initial`.
    ///
    /// Noisy: σ₀ ± 5 spreads, the lower end floored at 1% as the draws are; a draw leaves it
    /// with probability 5.7e-7 (two-sided normal tail beyond 5), and is then priced directly.
    /// Observed: from the smallest to the largest value.
    public func volatilityRange(initial: Double) -> ClosedRange<Double>? {
        switch self {
        case .constant:
            return nil
        case let .noisy(spread):
            guard spread > 0 else { return nil }
            return max(initial - 5 * spread, 0.01)...max(initial + 5 * spread, 0.01)
        case let .observed(volatilities):
            guard let low = volatilities.min(), let high = volatilities.max(), low < high else { return nil }
            return min(low, initial)...max(high, initial)
        }
    }

    /// The implied volatility at each of `count` dates, starting from `initial`.
    func volatilities(initial: Double, count: Int, using generator: inout some RandomNumberGenerator) -> [Double] {
        switch self {
        case .constant:
            return Array(repeating: initial, count: count)
        case let .noisy(spread):
            return (0..<count).map { index in
                index == 0 ? initial : max(initial + spread * generator.nextStandardNormal(), 0.01)
            }
        case let .observed(volatilities):
            return volatilities
        }
    }
}
