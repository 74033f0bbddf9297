import Testing
@testable import Charts

/// (year, month, day, days since 1970-01-01, weekday with 0 = Monday): from Python's
/// proleptic Gregorian `date.toordinal() − 719163` and `date.weekday()`.
private let civilDates: [(Int, Int, Int, Int, Int)] = [
    (1970, 1, 1, 0, 3),
    (2000, 3, 1, 11_017, 2),
    (2019, 7, 29, 18_106, 0),
    (2020, 2, 29, 18_321, 5),
    (1900, 3, 1, -25_508, 3),
    (1600, 1, 1, -135_140, 5),
    (2400, 12, 31, 157_419, 6),
    (1, 1, 1, -719_162, 0),
]

@Test(arguments: civilDates)
func civilDatesConvertBothWaysAsPythonDoes(year: Int, month: Int, day: Int, days: Int, weekday: Int) {
    let date = CivilDate(year: year, month: month, day: day)
    #expect(date.daysSinceEpoch == days)
    #expect(CivilDate(daysSinceEpoch: days) == date)
    #expect(CivilDate.weekday(daysSinceEpoch: days) == weekday)
}

@Test func leapYearsFollowTheGregorianRule() {
    #expect(CivilDate.isValid(year: 2020, month: 2, day: 29))
    #expect(CivilDate.isValid(year: 2000, month: 2, day: 29))
    #expect(!CivilDate.isValid(year: 1900, month: 2, day: 29))
    #expect(!CivilDate.isValid(year: 2019, month: 2, day: 29))
    #expect(!CivilDate.isValid(year: 2019, month: 4, day: 31))
    #expect(!CivilDate.isValid(year: 2019, month: 13, day: 1))
}

@Test func everyDayOfFourCenturiesRoundTrips() {
    let start = CivilDate(year: 1800, month: 1, day: 1).daysSinceEpoch
    var expected = CivilDate(year: 1800, month: 1, day: 1)
    for days in start..<(start + 146_097) {
        #expect(CivilDate(daysSinceEpoch: days) == expected)
        expected.day += 1
        if expected.day > CivilDate.daysInMonth(year: expected.year, month: expected.month) {
            (expected.day, expected.month) = (1, expected.month + 1)
            if expected.month > 12 { (expected.month, expected.year) = (1, expected.year + 1) }
        }
    }
}

private let origin = CivilDate(year: 2019, month: 7, day: 29)
private let format = TickFormat.date(originYear: 2019, originMonth: 7, originDay: 29)

@Test func aYearFromJuly2019GetsMonthStartsWhenTheyFit() throws {
    let candidates = DateTicks.candidates(lower: 0, upper: 364, origin: origin, format: format, maximumCount: 12)
    let monthly = try #require(candidates.first)
    #expect(monthly.labels == [
        "Aug 2019", "Sep 2019", "Oct 2019", "Nov 2019", "Dec 2019", "Jan 2020",
        "Feb 2020", "Mar 2020", "Apr 2020", "May 2020", "Jun 2020", "Jul 2020",
    ])
    #expect(monthly.ticks.first == 3)
    #expect(monthly.ticks.allSatisfy { CivilDate(daysSinceEpoch: origin.daysSinceEpoch + Int($0)).day == 1 })
}

@Test func aYearOnANarrowAxisGetsEveryOtherMonth() throws {
    let candidates = DateTicks.candidates(lower: 0, upper: 364, origin: origin, format: format, maximumCount: 7)
    let bimonthly = try #require(candidates.first)
    #expect(bimonthly.labels == ["Sep 2019", "Nov 2019", "Jan 2020", "Mar 2020", "May 2020", "Jul 2020"])
}

@Test func threeWeeksGetMondaysLabelledByDay() throws {
    let june8 = CivilDate(year: 2020, month: 6, day: 8)
    let candidates = DateTicks.candidates(
        lower: -0.6, upper: 20.6, origin: june8, format: .date(originYear: 2020, originMonth: 6, originDay: 8), maximumCount: 7
    )
    let weekly = try #require(candidates.first)
    #expect(weekly.labels == ["Jun 8", "Jun 15", "Jun 22"])
}

@Test func fiveYearsGetNewYearsDays() throws {
    let march2016 = CivilDate(year: 2016, month: 3, day: 1)
    let candidates = DateTicks.candidates(
        lower: 0, upper: 1_826, origin: march2016, format: .date(originYear: 2016, originMonth: 3, originDay: 1), maximumCount: 7
    )
    #expect(candidates.first?.labels == ["2017", "2018", "2019", "2020", "2021"])
}

/// (days since 2019-07-29, tick spacing in days, label).
private let dateLabels: [(Double, Double, String)] = [
    (0, 1, "Jul 29"), (0.9, 7, "Jul 29"), (-1, 1, "Jul 28"), (3, 30, "Aug 2019"), (157, 61, "Jan 2020"),
    (157, 365, "2020"), (216, 1, "Mar 1"),
]

@Test(arguments: dateLabels)
func dateLabelsFollowTheSpacing(value: Double, step: Double, expected: String) {
    #expect(format.label(value, step: step) == expected)
}

@Test func aDateChartLaysOutOnMonthStarts() throws {
    let chart = ChartFixtures.datedPrice()
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let layout = try ChartLayout(chart: chart, canvas: canvas)
    #expect(layout.xTicks.labels.count >= 4)
    #expect(layout.xTicks.labels.allSatisfy { $0.count == 8 && ($0.hasSuffix("2019") || $0.hasSuffix("2020")) })
    #expect(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "dates")) != nil)
}

@Test func invalidOriginOrLogarithmicDateAxisThrows() {
    var chart = ChartFixtures.datedPrice()
    chart.xAxis.format = .date(originYear: 2019, originMonth: 2, originDay: 29)
    #expect(throws: ChartError(chartTitle: chart.title, reason: .invalidDateOrigin(year: 2019, month: 2, day: 29))) {
        try ChartRenderer.png(chart)
    }
    chart = ChartFixtures.datedPrice()
    chart.xAxis.scale = .logarithmic
    #expect(throws: ChartError(chartTitle: chart.title, reason: .logarithmicDateAxis(axis: "Date"))) {
        try ChartRenderer.svg(chart, idPrefix: "d")
    }
}
