import Charts
import Foundation
import Simulation

/// The unit in which a run's times are read: days for a run of days or weeks, hours or minutes
/// for an intraday run (the tool's trading day: 6.5 hours, 390 minutes), calendar dates when the
/// path came with them. Every time the page quotes and every time axis uses the same unit.
/// A day is a calendar day, or a trading day on the 252-day basis (``YearBasis``).
struct RunClock: Sendable {
    enum Unit: Sendable {
        case minutes, hours, days
    }

    var unit: Unit
    /// ISO date of the first row of an observed path, when it has one.
    var startDate: String?
    /// The days in a year: a day is a calendar day (365) or a trading day (252).
    var basis: YearBasis

    /// The unit that reads best for a run simulated over `horizon` years, rebalanced every
    /// `interval` years: days when it lasts two days or more, or steps a day or more at a time
    /// (a one-day run rebalanced daily is read as day 0 and day 1, not as hours of a trading
    /// day it does not trade within); else hours or minutes of the trading day.
    init(horizon: Double, interval: Double, startDate: String?, basis: YearBasis = .calendar) {
        let days = horizon * basis.daysPerYear
        unit = days >= 2 || interval * basis.daysPerYear >= 1 - 1e-9 ? .days : (days * 6.5 > 2 ? .hours : .minutes)
        self.startDate = startDate
        self.basis = basis
    }

    /// Years to this clock's unit.
    var perYear: Double {
        switch unit {
        case .minutes: basis.daysPerYear * 390
        case .hours: basis.daysPerYear * 6.5
        case .days: basis.daysPerYear
        }
    }

    /// The unit's plural name, `minutes`, `hours` or `days`.
    var name: String {
        switch unit {
        case .minutes: "minutes"
        case .hours: "hours"
        case .days: basis == .calendar ? "days" : "trading days"
        }
    }

    /// Each date of `times` (years) in this clock's unit.
    func values(_ times: [Double]) -> [Double] {
        times.map { $0 * perYear }
    }

    /// The heading of a ledger's time column: `Day`, `Hour` or `Minute`.
    var columnHeading: String {
        switch unit {
        case .minutes: "Minute"
        case .hours: "Hour"
        case .days: basis == .calendar ? "Day" : "Trading day"
        }
    }

    /// A ledger's time cell: whole minutes, else one decimal.
    func cell(_ time: Double) -> String {
        NumberFormat.number(time * perYear, decimals: unit == .minutes ? 0 : 1)
    }

    /// A time after the start, e.g. `day 12.5`, `minute 37`, `hour 3.2`.
    func moment(_ time: Double) -> String {
        let value = time * perYear
        let decimals = abs(value - value.rounded()) < 0.05 ? 0 : 1
        let word = switch unit {
        case .minutes: "minute"
        case .hours: "hour"
        case .days: basis.dayName
        }
        return "\(word) \(NumberFormat.number(value, decimals: decimals))"
    }

    /// A span of time: in days when it is at least a day or the run is read in days, else in
    /// the run's hours or minutes.
    func span(_ years: Double) -> String {
        Self.span(years, unit: years * basis.daysPerYear >= 1 ? .days : unit, basis: basis)
    }

    /// A span in the run's days when it is at least one, else in hours or minutes of the
    /// trading day, whatever unit the run is read in (``span(_:unit:basis:)``).
    func duration(_ years: Double) -> String {
        Self.span(years, basis: basis)
    }

    /// A span in days of `basis` when it is at least a day, else in hours (at least one) or
    /// minutes of the trading day, unless `preferred` names the unit.
    static func span(_ years: Double, unit preferred: Unit? = nil, basis: YearBasis = .calendar) -> String {
        let days = years * basis.daysPerYear
        let unit = preferred ?? (days >= 1 - 1e-9 ? .days : (days * 6.5 >= 1 - 1e-9 ? .hours : .minutes))
        let (value, word): (Double, String) = switch unit {
        case .days: (days, basis.dayName)
        case .hours: (days * 6.5, "hour")
        case .minutes: (days * 390, "minute")
        }
        let decimals = abs(value - value.rounded()) < 0.05 ? 0 : 1
        let shown = NumberFormat.number(value, decimals: decimals)
        return "\(shown) \(word)\(shown == "1" ? "" : "s")"
    }

    /// The time axis: calendar dates when the path has them (days only), else time since the start.
    var axis: Axis {
        let parts = startDate?.split(separator: "-").compactMap { Int($0) } ?? []
        if unit == .days, basis == .calendar, parts.count == 3 {
            return Axis(title: "Date", format: .date(originYear: parts[0], originMonth: parts[1], originDay: parts[2]))
        }
        let title = switch unit {
        case .minutes: "Minutes since the start (390 to a trading day)"
        case .hours: "Hours since the start (6.5 to a trading day)"
        case .days: basis == .calendar ? "Days since the start" : "Trading days since the start (252 to a year)"
        }
        return Axis(title: title)
    }
}
