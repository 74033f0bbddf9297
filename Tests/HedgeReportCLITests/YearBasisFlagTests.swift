import Foundation
@testable import HedgeReportCLI
import Simulation
import Testing

/// `--year-basis 365|252`: the default is today's run; 252 counts the schedule in trading days.
struct YearBasisFlagTests {
    @Test func defaultRunRecordsNoBasisAndKeepsItsCommand() throws {
        let run = try Invocation.report([])
        #expect(run.parameters[.yearBasis] == nil)
        #expect(!run.parameters.command("report").contains("--year-basis"))
        #expect(run.pipeline.settings.yearBasis == .calendar)
        #expect(run.pipeline.scenario.hedge.schedule.interval == 1.0 / 365)
    }

    /// 60.5 calendar days are 0.16575 years; daily on trading days that is 41.8 steps, 43 dates.
    @Test func tradingBasisRebalancesEveryTradingDay() throws {
        let run = try Invocation.report(["--year-basis", "252", "--paths", "0"])
        let schedule = run.pipeline.scenario.hedge.schedule
        #expect(schedule.interval == 1.0 / 252)
        #expect(abs(schedule.horizon - 60.5 / 365) < 1e-15, "the expiry stays calendar days ÷ 365")
        #expect(run.pipeline.settings.yearBasis == .trading)
        #expect(run.parameters.command("report").contains("--year-basis 252"))
    }

    @Test func tradingBasisReadsTheCoursesTwoHoursOfMinutes() throws {
        let run = try Invocation.report(["--year-basis", "252", "--interval", "1m", "--horizon", "120m", "--paths", "0"])
        let schedule = run.pipeline.scenario.hedge.schedule
        #expect(schedule.interval == 1.0 / 252 / 390)
        #expect(abs(schedule.horizon - 120.0 / (252 * 390)) < 1e-18)
    }

    @Test func tradingBasisPlacesAFilesRowsByWeekdays() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Invocation.write("date,close\n2019-11-29,80\n2019-12-02,81\n2019-12-09,82\n", named: "p.csv", in: folder)
        let run = try Invocation.report(["--prices", file, "--year-basis", "252", "--lattice-steps", "20"])
        guard case let .observed(path) = run.pipeline.scenario.dynamics.pathModel else { Issue.record("not observed"); return }
        #expect(path.times == [0, 1.0 / 252, 6.0 / 252])
        #expect(abs(run.pipeline.scenario.position.contract.expiry - 6.0 / 252) < 1e-15, "expiry at the last row")
    }

    @Test func tradingBasisRefusesAWeekendRowNamingItsLine() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Invocation.write("date,close\n2019-12-06,80\n2019-12-07,81\n2019-12-09,82\n", named: "p.csv", in: folder)
        guard let error = Invocation.reportRefusal(["--prices", file, "--year-basis", "252"]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--year-basis 252 counts a price file's dates in weekdays, but \(file):3 is dated 2019-12-07"))
    }

    @Test(arguments: ["360", "0", "252.5", "trading", ""])
    func otherBasesAreRefusedNamingTheFlag(value: String) {
        guard let error = Invocation.reportRefusal(["--year-basis", value]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--year-basis must be one of 365, 252"), "\(error)")
    }
}

/// `--start-premium model|market`.
struct StartPremiumFlagTests {
    @Test func marketStartUsesTheCoursesQuote() throws {
        let run = try Invocation.report(["--start-premium", "market", "--paths", "0"])
        #expect(run.pipeline.settings.startsAtMarketPremium)
        #expect(run.pipeline.settings.marketPremium == 23.7)
        #expect(run.parameters.command("report").contains("--start-premium market"))
    }

    @Test func defaultStartIsTheModelsAndUnrecorded() throws {
        let run = try Invocation.report([])
        #expect(!run.pipeline.settings.startsAtMarketPremium)
        #expect(run.parameters[.startPremium] == nil)
    }

    @Test(arguments: [
        (["--start-premium", "market", "--vol", "0.5"], "--start-premium market starts the premium at the market's quote, and this run has none: give it with --premium P"),
        (["--start-premium", "quote"], "--start-premium must be one of model, market, got 'quote'"),
    ])
    func badStartIsRefused(arguments: [String], message: String) {
        guard let error = Invocation.reportRefusal(arguments) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description == message, "\(error)")
    }
}
