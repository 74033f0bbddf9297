import Synchronization

/// Prepared forms (``PricingModel/prepared(for:)``) kept for every model that shares this
/// store, so that several runs that ask for the same preparation build it once: the scenarios of
/// one `hedge-report compare` that differ only in costs, rules or what the hedger trades ask for
/// the same lattice grids over the same dates.
///
/// A preparation is reused only when everything it is made from is equal: the model (a
/// ``ReusablePreparation`` one; any other is prepared afresh every time), the contract, the market, the dates,
/// the implied volatilities to span, what the form holds (every Greek or the premium and Δ: two
/// stores of slots), and the spot range the request gives at each date. ``PricingPreparation/threads`` is left out, since it changes
/// the time taken, never a value. So a run priced through the store gets the same numbers, to
/// the last digit, as a run that prepares its own.
///
/// A second run asking for a preparation the first is still building waits for it, instead of
/// building it again beside it.
public final class PreparationStore: Sendable {
    /// Everything a preparation is made from.
    struct Key: Hashable, Sendable {
        var model: any ReusablePreparation
        var contract: OptionContract
        var market: Market
        var times: [Double]
        var volatilityRange: [Double]?
        var spotRanges: [Double]

        init?(_ model: any PricingModel, _ request: PricingPreparation) {
            guard let reusable = model as? any ReusablePreparation else { return nil }
            self.model = reusable
            contract = request.contract
            market = request.market
            times = request.times
            volatilityRange = request.volatilityRange.map { [$0.lowerBound, $0.upperBound] }
            spotRanges = request.times.flatMap { time in
                let range = request.spotRange(time)
                return [range.lowerBound, range.upperBound]
            }
        }

        static func == (a: Key, b: Key) -> Bool {
            AnyHashable(a.model) == AnyHashable(b.model) && a.contract == b.contract && a.market == b.market && a.times == b.times
                && a.volatilityRange == b.volatilityRange && a.spotRanges == b.spotRanges
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(AnyHashable(model))
            hasher.combine(contract)
            hasher.combine(market)
            hasher.combine(times)
            hasher.combine(volatilityRange)
            hasher.combine(spotRanges)
        }
    }

    /// One preparation, built by the first run that asks for it while the others wait.
    final class Slot<Form: Sendable>: Sendable {
        let prepared = Mutex<Form?>(nil)
    }

    private let slots = Mutex<[Key: Slot<PreparedPricingModel>]>([:])
    private let premiumAndDeltaSlots = Mutex<[Key: Slot<PreparedPremiumAndDelta>]>([:])

    public init() {}

    /// `model.prepared(for: request)`, built once per key.
    func prepared(_ model: any PricingModel, for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
        guard let key = Key(model, request) else { return try model.prepared(for: request) }
        return try Self.form(key, in: slots) { () throws(PricingError) in try model.prepared(for: request) }
    }

    /// `model.preparedPremiumAndDelta(for: request)`, built once per key.
    func preparedPremiumAndDelta(_ model: any PricingModel, for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
        guard let key = Key(model, request) else { return try model.preparedPremiumAndDelta(for: request) }
        return try Self.form(key, in: premiumAndDeltaSlots) { () throws(PricingError) in try model.preparedPremiumAndDelta(for: request) }
    }

    /// The form of `key` in `slots`, made by `make` if no run has made it.
    private static func form<Form: Sendable>(
        _ key: Key, in slots: borrowing Mutex<[Key: Slot<Form>]>, make: () throws(PricingError) -> Form
    ) throws(PricingError) -> Form {
        let slot = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot<Form>()
            slots[key] = slot
            return slot
        }
        return try slot.prepared.withLock { (stored: inout Form?) throws(PricingError) -> Form in
            if let stored { return stored }
            let made = try make()
            stored = made
            return made
        }
    }
}

/// A pricing model whose equal values prepare equal forms for equal requests, so that a
/// ``PreparationStore`` may hand one's preparation to another (``BinomialLatticeModel``: its
/// steps and method).
public protocol ReusablePreparation: Hashable, Sendable {}

/// A pricing model that values as `base` does, and prepares through a ``PreparationStore``
/// shared with other runs (`hedge-report compare`'s scenarios).
public struct PreparationSharingModel: PricingModel {
    public var base: any PricingModel
    public var store: PreparationStore

    public init(_ base: any PricingModel, store: PreparationStore) {
        self.base = base
        self.store = store
    }

    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try base.price(of: contract, in: market)
    }

    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try base.valuation(of: contract, in: market)
    }

    public func valuationAtFixedRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try base.valuationAtFixedRate(of: contract, in: market)
    }

    public func premiumAndDelta(of contract: OptionContract, in market: Market) throws(PricingError) -> PremiumAndDelta {
        try base.premiumAndDelta(of: contract, in: market)
    }

    public func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
        try store.prepared(base, for: request)
    }

    public func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
        try store.preparedPremiumAndDelta(base, for: request)
    }

    public var valuationIsCostly: Bool { base.valuationIsCostly }

    public func valuationAtFixedVolatilityAndRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try base.valuationAtFixedVolatilityAndRate(of: contract, in: market)
    }

    public func deltaSlice(of contract: OptionContract, in market: Market, timeToExpiry: Double) throws(PricingError) -> BlackScholesDeltaSlice? {
        try base.deltaSlice(of: contract, in: market, timeToExpiry: timeToExpiry)
    }

    public func exercisesEarly(_ contract: OptionContract, in market: Market, premium: Double) -> Bool {
        base.exercisesEarly(contract, in: market, premium: premium)
    }
}
