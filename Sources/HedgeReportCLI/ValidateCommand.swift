import Analytics
import ArgumentParser
import Foundation

extension ValidationCase: ExpressibleByArgument {}

/// `hedge-report validate`: reruns published Monte Carlo studies of discrete hedging and
/// compares the figures.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Reproduce published discrete-hedging studies (Hull's Table 19.4, QuantLib's DiscreteHedging) and compare.",
        discussion: "A figure is within tolerance when it is within the reference's rounding (0.0005) plus three standard errors of the difference: the measured figure's and the reference's own (each reference is a Monte Carlo estimate: Hull's of 200,000 paths, QuantLib's of 50,000), combined in quadrature. Exits with status 1 when one is not."
    )

    @Option(help: "Which study: hull-discrete-hedging or quantlib-discrete-hedging. Default: both.")
    var `case`: ValidationCase?

    // Unconditional, so that `--paths -5` is read as the value it is and refused by range.
    @Option(parsing: .unconditional, help: "Monte Carlo paths per frequency (100 to 10000000); the default is the size of the study behind Hull's reference row (under half a second in a release build).")
    var paths = 200_000

    func validate() throws {
        guard (100...10_000_000).contains(paths) else {
            throw ValidationError("--paths must be a whole number from 100 to 10000000, got \(paths)")
        }
    }

    func run() throws {
        var allClose = true
        for study in `case`.map({ [$0] }) ?? ValidationCase.allCases {
            let rows: [ValidationCase.Row]
            do {
                rows = try study.run(paths: paths)
            } catch {
                StandardError.print("error: validate \(study.rawValue): \(error)")
                throw ExitCode(70)
            }
            let measure = study == .hull ? "std(PV of hedging cost) / option value" : "std of the hedging P&L"
            try StandardOutput.print("\(study.rawValue): \(measure), \(paths) paths")
            try StandardOutput.print(
                "  the reference is a \(study.referencePaths)-path Monte Carlo estimate: its std error is the measured one "
                    + "at \(study.referencePaths) paths; tolerance = 0.0005 + 3·√(std error² + ref error²)"
            )
            try StandardOutput.print("  rebalances   measured   std error   reference   ref error   tolerance   ok")
            for row in rows {
                allClose = allClose && row.isClose
                try StandardOutput.print(String(
                    format: "  %10d   %8.4f   %9.4f   %9.3f   %9.4f   %9.4f   %@",
                    row.rebalances, row.measured, row.standardError, row.reference, row.referenceStandardError, row.tolerance,
                    row.isClose ? "yes" : "NO"
                ))
            }
        }
        if !allClose { throw ExitCode(1) }
    }
}
