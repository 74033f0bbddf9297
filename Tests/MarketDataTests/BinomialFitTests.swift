import Foundation
import MarketData
import Testing

/// `--fit-prices`: the binomial walk's u, d and p from a file's moves, as the course fits them.
struct BinomialFitTests {
    /// Moves by the course's factors (u = 1.000759, d = 0.999224): the fit gives them back, and p
    /// is the share of up moves; an unchanged price is counted and left out.
    @Test func fitRecoversTheCoursesFactors() throws {
        let factors = [1.000759, 0.999224, 1.000759, 1.000759, 1, 0.999224, 1.000759]
        var prices = [261.49]
        for factor in factors { prices.append(prices.last! * factor) }
        let text = "t,price\n" + prices.enumerated().map { "\(Double($0) / 98_280),\($1)" }.joined(separator: "\n")
        let fit = try Fixture.read(text).binomialFit()
        #expect(abs(fit.up - 1.000759) < 1e-12)
        #expect(abs(fit.down - 0.999224) < 1e-12)
        #expect(fit.upProbability == 4.0 / 6)
        #expect((fit.ups, fit.downs, fit.unchanged) == (4, 2, 1))
    }

    /// Up moves of different sizes: u is the geometric mean of their factors.
    @Test func upFactorIsTheGeometricMeanOfTheUpMoves() throws {
        let fit = try Fixture.read("t,price\n0,100\n1,110\n2,99\n3,118.8\n").binomialFit()
        #expect(abs(fit.up - (1.1 * 1.2).squareRoot()) < 1e-12)
        #expect(abs(fit.down - 0.9) < 1e-12)
    }

    @Test func fileWithoutADownMoveIsRefusedNamingIt() throws {
        let series = try Fixture.read("t,price\n0,100\n1,101\n2,101\n")
        let error = try #require(throws: PriceFileError.self) { try series.binomialFit() }
        #expect(error.reason == .noMoves(ups: 1, downs: 0))
        #expect(error.exitCode == 65)
        #expect(error.description.hasSuffix(
            "prices.csv: 1 up move and 0 down moves between consecutive rows (expected at least one of each to fit a binomial walk's u, d and p)"
        ))
    }
}
