import Analytics
import Pricing
import Simulation

/// The book's legs and their Greeks at the start, the sums that make the book's Greeks
/// (DESIGN.md §2.7), and what its Δ and Γ ask of the hedge. Present when the run hedges a book
/// given as such (`--leg`, `--shares`).
struct BookSection: PageSection {
    static let id = "book"
    static let title = "The book and its Greeks"

    /// The book at the path's first date: each leg's terms, signed contracts, implied volatility
    /// and per-share valuation (code units), the shares, and the book's value (USD) and Greeks in
    /// share-equivalents (Σ signed multiplier × figure, ``Book/totals(legs:spot:)``). The legs
    /// table's figures and `summary.json`'s `position`, one value.
    struct BookFigures: Sendable, Encodable {
        struct LegFigures: Sendable, Encodable {
            var type: String
            var style: String
            var strike: Double
            var yearsToExpiry: Double
            var contracts: Int
            var multiplier: Double
            var impliedVolatility: Double
            var price: Double
            var delta: Double
            var gamma: Double
            var theta: Double
            var vega: Double
            var rho: Double

            /// The leg's valuation per share.
            var valuation: Valuation {
                Valuation(price: price, delta: delta, gamma: gamma, theta: theta, vega: vega, rho: rho)
            }
        }

        var legs: [LegFigures]
        var shares: Double
        /// The book's value (`price`, USD) and Greeks; `summary.json` writes them beside the legs,
        /// the value as `value`.
        var total: Valuation

        /// The run's book at its first date, each leg at its own implied volatility where it has
        /// one (``Position/impliedVolatility(marketMovedFrom:to:)``), the market's otherwise.
        init(_ analysis: HedgeAnalysis) {
            let book = analysis.simulation.scenario.book
            let volatility = analysis.simulation.scenario.market.volatility
            let valued = analysis.simulation.valuedPath
            let legValuations = valued.legValuations.map { $0[0] }
            legs = zip(book.legs, legValuations).map { leg, value in
                LegFigures(
                    type: leg.contract.payoff.name, style: leg.contract.style.rawValue, strike: leg.contract.strike,
                    yearsToExpiry: leg.contract.expiry, contracts: Int(leg.side.sign) * leg.contracts,
                    multiplier: leg.multiplier, impliedVolatility: leg.impliedVolatility(marketMovedFrom: volatility, to: volatility),
                    price: value.price, delta: value.delta, gamma: value.gamma, theta: value.theta, vega: value.vega, rho: value.rho
                )
            }
            shares = book.shares
            total = book.totals(legs: legValuations, spot: valued.path.spots[0])
        }

        private enum CodingKeys: String, CodingKey {
            case legs, shares, value, delta, gamma, theta, vega, rho
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(legs, forKey: .legs)
            try container.encode(shares, forKey: .shares)
            try container.encode(total.price, forKey: .value)
            let greeks: [(CodingKeys, Double)] = [
                (.delta, total.delta), (.gamma, total.gamma), (.theta, total.theta), (.vega, total.vega), (.rho, total.rho),
            ]
            for (key, figure) in greeks {
                try container.encode(figure, forKey: key)
            }
        }
    }

    var introSentence: String
    /// The legs, the shares and the book's total, from ``BookFigures``.
    var legs: PageTable
    var unitNote: String
    var deltaSentence: String
    var gammaSentence: String
    var referenceSentence: String
    var horizonSentence: String?
    var exerciseSentence: String?

    init?(_ context: ReportContext) {
        guard context.settings.isBook else { return nil }
        let book = context.scenario.book
        let figures = BookFigures(context.analysis)
        let spot = context.analysis.simulation.valuedPath.path.spots[0]
        let total = figures.total
        let legCount = book.legs.count == 1 ? "one option leg" : "\(book.legs.count) option legs"
        let shares = book.shares == 0 ? "" : " and \(NumberFormat.number(book.shares, decimals: 2)) shares held \(book.shares > 0 ? "long" : "short")"
        introSentence = "The book holds \(legCount)\(shares) of \(context.settings.ticker). A book's value and Greeks are sums over "
            + "its holdings, each weighted by its signed multiplier: 100 × contracts for an option (negative when written), "
            + "1 for a share, whose Δ is 1 and whose other Greeks are 0."

        var rows = zip(book.legs, figures.legs).enumerated().map { index, pair in
            let (leg, figure) = pair
            let contract = leg.contract
            let style = contract.style == .american ? "American" : "European"
            let count = leg.contracts == 1 ? "1 contract" : "\(leg.contracts) contracts"
            let value = figure.valuation
            return PageTable.Row([
                "Leg \(index + 1)",
                "\(leg.side.rawValue) \(count), \(contract.payoff) \(NumberFormat.money(contract.strike)), \(style), \(RunClock.span(contract.expiry))",
                NumberFormat.signed(figure.multiplier, decimals: 0), NumberFormat.percent(figure.impliedVolatility, decimals: 2),
                NumberFormat.money(value.price, decimals: 4), NumberFormat.signed(value.delta, decimals: 4),
                NumberFormat.signed(value.gamma, decimals: 5), NumberFormat.signed(value.thetaPerDay, decimals: 4),
                NumberFormat.signed(value.vegaPerPoint, decimals: 4), NumberFormat.signed(figure.multiplier * value.delta, decimals: 2),
            ])
        }
        if book.shares != 0 {
            rows.append(PageTable.Row([
                "Shares", "\(NumberFormat.number(abs(book.shares), decimals: 2)) shares \(book.shares > 0 ? "long" : "short")",
                NumberFormat.signed(book.shares, decimals: 2), "", NumberFormat.money(spot, decimals: 4), "+1.0000", "0", "0", "0",
                NumberFormat.signed(book.shares, decimals: 2),
            ]))
        }
        rows.append(PageTable.Row([
            "Book", "Σ m × figure", "", "", NumberFormat.money(total.price), NumberFormat.signed(total.delta, decimals: 2),
            NumberFormat.signed(total.gamma, decimals: 4), NumberFormat.signed(total.thetaPerDay, decimals: 2),
            NumberFormat.signed(total.vegaPerPoint, decimals: 2), NumberFormat.signed(total.delta, decimals: 2),
        ], marking: .total))
        // The last column, mᵢ·Δᵢ in shares, is each holding's share of the book's Δ.
        legs = PageTable("greeks book", wide: true, columns: [
            .init("", .rowHeader), .init("Holding"), .init("m", .number), .init("σ", .number), .init("Premium (USD)", .number),
            .init("Δ", .number), .init("Γ", .number), .init("Θ (USD/day)", .number), .init("Vega (USD/pt)", .number),
            .init("m·Δ (shares)", .number),
        ], rows: rows)
        unitNote = "Legs per share: premium in USD, Δ per $1 of spot, Γ per $², Θ in USD per calendar day, vega in USD per "
            + "volatility point. The book's row is in share-equivalents for the whole book: value in USD, Δ in shares, Γ in shares "
            + "per $1 of spot, Θ in USD per day, vega in USD per volatility point."

        let exposure = total.delta
        deltaSentence = abs(exposure) < 0.005
            ? "The book's Δ is \(NumberFormat.signed(exposure, decimals: 2)) shares: it starts delta-neutral, and the hedge holds no shares until the share moves."
            : "The book's Δ is \(NumberFormat.signed(exposure, decimals: 2)) shares: it \(exposure > 0 ? "gains" : "loses") about "
                + "\(NumberFormat.money(abs(exposure))) when the share rises by $1, so the delta-neutral hedge starts by "
                + (exposure > 0 ? "selling \(NumberFormat.number(exposure, decimals: 2)) shares short." : "buying \(NumberFormat.number(-exposure, decimals: 2)) shares.")
        let gamma = total.gamma, theta = total.thetaPerDay
        if gamma < 0 {
            gammaSentence = "Its Γ of \(NumberFormat.signed(gamma, decimals: 4)) shares per dollar is negative: the book's Δ falls as the share rises, "
                + "so the hedge buys after rises and sells after falls, and a large move either way costs the hedged book money; "
                + (theta > 0 ? "Θ of \(NumberFormat.signedMoney(theta)) a day is what it earns for carrying that risk." : "its Θ of \(NumberFormat.signedMoney(theta)) a day does not pay for it.")
        } else if gamma > 0 {
            gammaSentence = "Its Γ of \(NumberFormat.signed(gamma, decimals: 4)) shares per dollar is positive: the hedge sells after rises and buys after falls, "
                + "and a large move either way earns the hedged book money; "
                + (theta < 0 ? "Θ of \(NumberFormat.signedMoney(theta)) a day is what that costs while the share stays still." : "its Θ of \(NumberFormat.signedMoney(theta)) a day is positive too.")
        } else {
            gammaSentence = "Its Γ is 0: the delta hedge set up now needs no rebalancing for small moves."
        }
        let m = book.multiplier
        referenceSentence = "The sections below write the hedge as the lecture does, for a position of multiplier m and premium P per share. "
            + "For this book m = \(NumberFormat.signed(m, decimals: 0)), the first leg's, and P is the book's value per unit of m: "
            + "P = V/m = \(NumberFormat.money(total.price / m, decimals: 4)), so that m·P is the book's value, \(NumberFormat.money(total.price)), "
            + "and m·Δ its Δ in shares."
        exerciseSentence = book.legs.count > 1 && book.legs.contains { $0.contract.style == .american }
            ? "Its American legs are valued with their right to exercise early, but held to the end of the run: exercising one leg "
                + "of a book would leave the others to be hedged alone, which this report does not model."
            : nil
        let expiries = Set(book.legs.map(\.contract.expiry))
        horizonSentence = expiries.count > 1
            ? "The legs expire at different dates; the simulation ends at the earliest, after \(RunClock.span(book.earliestExpiry)), "
                + "when the other legs still have time to run and are valued as they stand."
            : nil
    }
}
