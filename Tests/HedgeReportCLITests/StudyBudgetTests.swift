import Analytics
import Foundation
@testable import HedgeReportCLI
import Pricing
import Simulation
import Testing

/// The work budget counts a Monte Carlo study's grid repricing at its measured cost
/// (``StudyCost``, ``LatticeCost``; issue 24): with BBSR each grid point is its own tree, so a
/// study that CRR prices in a second would run for minutes. Refused in process, before any work;
/// no heavy run here.
struct StudyBudgetTests {
    /// The default study of the course's put (its sweep and mismatch volatilities, as the
    /// default report's `summary.json` lists them).
    static func defaultCost(_ method: LatticeMethod, steps: Int, paths: Int = 10) -> StudyCost {
        let scenario = HedgeScenario.course
        let sigma = scenario.market.volatility
        return StudyCost(
            scenario: scenario, model: BinomialLatticeModel(steps: steps, method: method), paths: paths,
            sweep: [6, 12, 30, 61, 121], mismatchVolatilities: [0.5, 0.75, 1, 1.25, 1.5].map { $0 * sigma }, rules: 0
        )
    }

    /// More levels cost more, for every method; BBSR's grid costs more than CRR's and BBS's at
    /// every size; a study of no path, or of a European option, costs nothing.
    @Test(arguments: LatticeMethod.allCases)
    func estimateGrowsWithTheLatticeSteps(_ method: LatticeMethod) {
        let sizes = [4, 50, 100, 200, 400, 800, 1_600, 3_200, 6_400, 12_800, 100_000]
        let seconds = sizes.map { Self.defaultCost(method, steps: $0).seconds }
        #expect(zip(seconds, seconds.dropFirst()).allSatisfy { $0 < $1 }, "\(seconds)")
        #expect(Self.defaultCost(method, steps: 400, paths: 0).seconds == 0)
        var european = HedgeScenario.course
        european.book.legs[0].contract.style = .european
        #expect(StudyCost(scenario: european, model: BinomialLatticeModel(steps: 400, method: method), paths: 10,
                          sweep: [6, 12], mismatchVolatilities: [0.3], rules: 0).seconds == 0)
    }

    @Test func bbsrCostsMoreThanTheOtherMethodsAndMoreGridsCostMore() {
        for steps in [100, 400, 1_600] {
            let crr = Self.defaultCost(.crr, steps: steps).seconds, bbs = Self.defaultCost(.blackScholesLastStep, steps: steps).seconds
            let bbsr = Self.defaultCost(.richardson, steps: steps).seconds
            #expect(bbsr > 10 * max(crr, bbs), "\(steps): crr \(crr), bbs \(bbs), bbsr \(bbsr)")
        }
        for method in LatticeMethod.allCases {
            let model = BinomialLatticeModel(steps: 400, method: method)
            let bare = StudyCost(scenario: .course, model: model, paths: 10, sweep: [], mismatchVolatilities: [], rules: 0)
            let sweep = StudyCost(scenario: .course, model: model, paths: 10, sweep: [6, 12, 30], mismatchVolatilities: [], rules: 0)
            let both = StudyCost(scenario: .course, model: model, paths: 10, sweep: [6, 12, 30], mismatchVolatilities: [0.9], rules: 0)
            let rules = StudyCost(scenario: .course, model: model, paths: 10, sweep: [6, 12, 30], mismatchVolatilities: [0.9], rules: 3)
            #expect(bare.seconds > 0 && bare.seconds < sweep.seconds && sweep.seconds < both.seconds && both.seconds < rules.seconds)
        }
    }

    /// The units are what ``LatticeCost`` was fitted to: 1,042 lattices for the default CRR study,
    /// and for BBSR the 84,108 grid points the default run reports as `monteCarlo.gridPoints`
    /// (`report --lattice-method bbsr --paths 10`, at any number of levels).
    @Test func defaultStudyUnitsAreTheCalibratedOnes() {
        #expect(Self.defaultCost(.crr, steps: 366).units == 1_042)
        #expect(Self.defaultCost(.richardson, steps: 366).units == 84_108)
    }

    /// The issue's heavy runs, each refused with 64 while the run is resolved (before the path
    /// or the study is priced), naming the study, the method, the steps, the estimate and what
    /// to change. CRR and BBS at 12,000 levels pass the path's budget and are refused for the
    /// study's. How soon, the release build's `StudyBudgetRefusalTests` measures (this debug build
    /// solves the course's quote on the lattice first, which takes seconds at 6,000 BBSR levels).
    @Test(arguments: [
        ["--lattice-method", "bbsr", "--lattice-steps", "1000", "--paths", "10"],
        ["--lattice-method", "bbsr", "--lattice-steps", "6000", "--paths", "2"],
        ["--lattice-method", "bbsr", "--lattice-steps", "3000", "--paths", "10"],
        ["--lattice-method", "bbsr", "--vol", "10", "--paths", "100"],
        ["--lattice-method", "bbs", "--lattice-steps", "12000", "--paths", "10"],
        ["--lattice-steps", "12000", "--paths", "10"],
    ])
    func heavyStudyIsRefusedBeforeTheWork(_ arguments: [String]) throws {
        let error = try #require(Invocation.reportRefusal(arguments))
        #expect(error.exitStatus == 64)
        let text = error.description
        #expect(text.hasPrefix("the Monte Carlo study (--paths "), "\(text)")
        #expect(text.contains("--lattice-steps"), "\(text)")
        #expect(try Regex(#"an estimated \d+(\.\d)? s of CPU, more than the 12.5 s a report may spend"#).firstMatch(in: text) != nil, "\(text)")
        #expect(text.contains("--paths 0 (no study)") && text.contains("--style european"), "\(text)")
        if arguments.contains("bbsr") {
            #expect(text.contains("--lattice-method bbsr") && text.contains("--lattice-method crr"), "\(text)")
            #expect(text.contains("grid points, each priced with its own tree"), "\(text)")
        }
    }

    /// Runs the budget allows: the default report, BBSR at 400 levels (about 4.6 s of CPU), CRR
    /// at 6,400 (about 7.4 s), and a heavy lattice without a study.
    @Test(arguments: [
        [String](),
        ["--lattice-method", "bbsr", "--lattice-steps", "400", "--paths", "10"],
        ["--lattice-steps", "6400", "--paths", "10"],
        ["--lattice-method", "bbsr", "--lattice-steps", "6000", "--paths", "0"],
        ["--lattice-method", "bbsr", "--lattice-steps", "6000", "--style", "european", "--paths", "10"],
    ])
    func studyWithinTheBudgetIsAccepted(_ arguments: [String]) throws {
        _ = try Invocation.report(arguments)
    }
}
