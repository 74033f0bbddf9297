import Foundation
@testable import HedgeReportCLI
import Testing

/// Review findings 12 and 14: a value given is judged by its range, not reported missing; an
/// interval no hedge can use is refused; a refusal caused by defaults says so and names the flag
/// to give; numbers the run derived are written rounded, a minus sign in the table.
struct InputCheckTests {
    /// A value starting with a dash is the flag's value, refused by its range: not ArgumentParser's
    /// "Missing value for '--mismatch-vols <list>'" (exit 64 either way, the message wrong).
    @Test(arguments: [
        (["--mismatch-vols", "-0.2"], "--mismatch-vols", "-0.2"),
        (["--mismatch-vols", "-0.2,0.3"], "--mismatch-vols", "-0.2"),
        (["--hedge-vol", "-0.3"], "--hedge-vol", "-0.3"),
        (["--interval", "-1d"], "--interval", "-1d"),
    ])
    func negativeValueIsOutOfRangeNotMissing(arguments: [String], flag: String, value: String) {
        guard let error = Invocation.reportRefusal(arguments) else { return }
        #expect(error.exitStatus == 64, "\(error)")
        #expect(error.description.contains(flag) && error.description.contains(value), "\(error)")
        #expect(!error.description.contains("Missing"), "\(error)")
    }

    /// `--interval 100d` against 60.5 days to expiry would trade once, at the start, and call it
    /// "rebalancing every 100 days over 60.5 days": refused, naming both.
    @Test func intervalLongerThanTheTimeToExpiryIsRefused() {
        guard let error = Invocation.reportRefusal(["--interval", "100d"]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("--interval 100d"), "\(error)")
        #expect(error.description.contains("60.50 calendar days to expiry (--days's default)"), "\(error)")
        guard let given = Invocation.reportRefusal(["--interval", "2w", "--days", "10"]) else { return }
        #expect(given.description.contains("(--days)"), "\(given)")
        // As long as the time to expiry is allowed: one rebalance, at expiry.
        #expect(throws: Never.self) { try Invocation.report(["--interval", "1w", "--days", "7", "--paths", "0"]) }
    }

    /// `--vol 0.05 --path-model merton` is refused because of the default jumps, which the user
    /// never typed: the message says they are the defaults, that the realized volatility is --vol's,
    /// and which flags to give.
    @Test func mertonRefusalCausedByDefaultsSaysSo() {
        guard let error = Invocation.reportRefusal(["--vol", "0.05", "--path-model", "merton"]) else { return }
        let text = error.description
        #expect(text.contains("Merton's default jumps (--jump-intensity 2, --jump-mean -0.1, --jump-std 0.1, none given)"), "\(text)")
        #expect(text.contains("(--realized-vol's default, --vol 0.05)"), "\(text)")
        #expect(text.contains("give fewer or smaller jumps (--jump-intensity, --jump-mean, --jump-std) or a higher --realized-vol"), "\(text)")
        guard let given = Invocation.reportRefusal(["--path-model", "merton", "--realized-vol", "0.1"]) else { return }
        #expect(given.description.contains("(--realized-vol 0.1)"), "\(given)")
    }

    /// The default mismatch volatilities are multiples of --vol: 0.75 × 0.05 is shown 0.0375 in
    /// the table, not 0.037500000000000006, and left out of the command, which derives them again
    /// from the same --vol (the rounded text would not reproduce the run to the bit).
    @Test func derivedMismatchVolatilitiesAreShownRounded() throws {
        let run = try Invocation.report(["--vol", "0.05", "--paths", "64"])
        #expect(!run.parameters.command("report").contains("--mismatch-vols"), "\(run.parameters.command("report"))")
        #expect(!run.parameters.command("report").contains("0.037500000000000006"))
        let row = try #require(run.parameters.reportParameters.first { $0.flag == "--mismatch-vols" })
        #expect(row.shown == "0.025, 0.0375, 0.05, 0.0625, 0.075")
        // A binomial walk's own volatility, 0.6055768886509382, among them.
        let walk = try Invocation.report(["--path-model", "binomial", "--paths", "64"])
        let walkRow = try #require(walk.parameters.reportParameters.first { $0.flag == "--mismatch-vols" })
        #expect(walkRow.shown.contains("0.605576888651") && !walkRow.shown.contains("0.6055768886509382"), "\(walkRow.shown)")
    }

    /// Heston's θ defaults to the realized variance, 0.6056214² = 0.36677728…: shown to six
    /// significant digits; its ρ, −0.7, with a minus sign; a value typed is shown as typed.
    @Test func derivedNumbersAreShownRoundedWithAMinusSign() throws {
        let run = try Invocation.report(["--path-model", "heston", "--paths", "0", "--heston-kappa", "2.50"])
        let shown = Dictionary(run.parameters.reportParameters.map { ($0.flag, $0.shown) }, uniquingKeysWith: { a, _ in a })
        #expect(shown["--heston-theta"] == "0.366777")
        #expect(shown["--heston-rho"] == "−0.7")
        #expect(shown["--heston-kappa"] == "2.50")
        #expect(!run.parameters.command("report").contains("−"), "the command stays ASCII: \(run.parameters.command("report"))")
    }
}
