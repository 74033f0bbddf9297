import Analytics
import Simulation

/// Who holds what, why the position needs a hedge, and the path it is hedged along.
struct ScenarioSection: PageSection {
    static let id = "scenario"
    static let title = "The scenario"

    var positionSentence: String
    var whyHedgeSentence: String
    /// Nil for an option exercised when bought: no hedge follows a path (``degenerateSentence`` says so).
    var pathSentence: String?
    /// The lesson of this run (``lessonSentence(_:)``); nil for a run with nothing to hedge.
    var lessonSentence: String?
    /// The one paragraph of a run with nothing to hedge (``degenerateSentence(_:)``).
    var degenerateSentence: String?

    init(_ context: ReportContext) {
        let position = context.position
        let contract = context.contract
        let value = context.analysis.initialValuation
        let ticker = context.settings.ticker
        let contracts = position.contracts == 1 ? "1 contract" : "\(position.contracts) contracts"
        let shares = abs(position.multiplier)
        let style = contract.style == .american ? "American" : "European"
        let deal = context.isLong
            ? "bought when the share traded at \(NumberFormat.money(context.scenario.market.spot, decimals: 4)): the holder paid"
            : "written (sold) when the share traded at \(NumberFormat.money(context.scenario.market.spot, decimals: 4)): the writer received"
        positionSentence = "The position is \(contracts) (\(NumberFormat.number(shares, decimals: 0)) shares) of a "
            + "\(position.side.rawValue) \(style) \(ticker) \(contract.payoff) struck at \(NumberFormat.money(contract.strike)), "
            + "with \(context.clock.duration(contract.expiry)) to expiry, \(deal) the model premium of "
            + "\(NumberFormat.money(value.price, decimals: 4)) per share, \(NumberFormat.money(shares * value.price)) in all."

        let book = context.scenario.book
        if !book.isSingleOption {
            let bookValue = book.multiplier * value.price
            let legs = "\(book.legs.count) option leg\(book.legs.count == 1 ? "" : "s")"
            let shareText = book.shares == 0 ? "" : " and \(NumberFormat.number(abs(book.shares), decimals: 2)) shares \(book.shares > 0 ? "held" : "sold short")"
            positionSentence = "The position is a book of \(legs)\(shareText) of \(ticker), set up when the share traded at "
                + "\(NumberFormat.money(context.scenario.market.spot, decimals: 4)) (its legs are listed in the next section): "
                + (bookValue >= 0 ? "the holder paid \(NumberFormat.money(bookValue)) for it, net, at the model's premiums."
                    : "the holder received \(NumberFormat.money(-bookValue)) for it, net, at the model's premiums.")
        }
        let exposure = position.multiplier * value.delta
        let hedge = -exposure
        let direction = exposure < 0 ? "gains about \(NumberFormat.money(abs(exposure))) for each dollar the share falls and loses as much for each dollar it rises"
            : "gains about \(NumberFormat.money(abs(exposure))) for each dollar the share rises and loses as much for each dollar it falls"
        let deltaText = book.isSingleOption
            ? "a Δ of \(NumberFormat.signed(value.delta, decimals: 4)) per share, times m = \(NumberFormat.signed(position.multiplier, decimals: 0)), means"
            : "a Δ of \(NumberFormat.signed(exposure, decimals: 2)) shares, the sum of its holdings' Δ, means"
        let offset = hedge >= 0 ? "Buying \(NumberFormat.number(hedge, decimals: 2)) shares" : "Selling \(NumberFormat.number(-hedge, decimals: 2)) shares short"
        whyHedgeSentence = "Its value moves with the share: \(deltaText) the position \(direction). "
            + (context.analysis.degenerate?.reason == .exercisedAtStart
                ? "Exercised when bought, it leaves no exposure to offset."
                : abs(hedge) < 0.005
                ? "That is less than a hundredth of a share: there is next to no first-order exposure to offset."
                : offset + " offsets that first-order exposure; as the share moves and time passes, Δ changes and the hedge must be rebalanced.")

        let simulation = context.analysis.simulation
        let dates = simulation.valuedPath.path.times.count
        let horizon = context.scenario.hedge.schedule.horizon
        let route: String
        switch context.scenario.dynamics.pathModel {
        case .observed:
            let source = context.settings.priceSource.map { " from \($0)" } ?? ""
            let span = switch (context.settings.startDate, context.settings.endDate) {
            case let (start?, end?): " from \(start) to \(end)"
            case let (start?, nil): " starting \(start)"
            default: ""
            }
            let gaps = context.dateGaps
            let spacing = gaps.isEmpty ? "" : ", one every \(context.clock.duration(gaps.reduce(0, +) / Double(gaps.count))) on average "
                + "(the smallest gap \(context.clock.duration(gaps.min()!)), the largest \(context.clock.duration(gaps.max()!)))"
            // The prices the run was given, all of them: an early exercise stops the hedge at one
            // of them, which the route names, not the count.
            let prices = context.observedPath?.times.count ?? dates
            let stop = context.observedExerciseWords.map { " " + $0 } ?? ""
            route = "one observed path of the share price: \(prices) prices\(source)\(span)\(spacing), rebalancing at each of them\(stop)"
        case let .simulated(process):
            route = "one path of the share price simulated by \(type(of: process).title), rebalancing every "
                + "\(context.clock.duration(context.scenario.hedge.schedule.interval)) over \(context.clock.duration(horizon))"
        }
        let estimators = context.scenario.hedge.estimators.count
        pathSentence = context.analysis.degenerate?.reason == .exercisedAtStart ? nil
            : "This report follows the hedge along \(route), and compares "
                + (estimators == 1 ? "one way" : "\(estimators) ways")
                + " of estimating how much the premium moves between two dates."
        lessonSentence = Self.lessonSentence(context)
        degenerateSentence = Self.degenerateSentence(context)
    }
}
