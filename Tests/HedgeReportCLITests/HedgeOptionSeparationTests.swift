@testable import HedgeReportCLI
import Testing

/// Two traded options whose (Γ, vega) are nearly proportional, as two options of one expiry
/// are under Black–Scholes, are refused at the command line (exit 64, naming `--hedge-with`
/// and the separation), not solved into a hedge of thousands of contracts (review finding 1:
/// a 270 call and a 240 put of 90 days bought 41.65 contracts of calls for one put contract).
struct HedgeOptionSeparationTests {
    @Test func optionsOfOneExpiryAreRefusedNamingTheirSeparation() throws {
        let error = try #require(Invocation.reportRefusal([
            "--hedge-with", "type=call,strike=270,days=90", "--hedge-with", "type=put,strike=240,days=90", "--paths", "0",
        ]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains(
            "--hedge-with 1 (call 270, 90 days) and --hedge-with 2 (put 240, 90 days) have nearly proportional (Γ, vega) at the start"
        ), "\(error)")
        #expect(error.description.contains("their separation 0.005 is below 0.05"), "\(error)")
    }

    /// 90 and 120 days: a separation of about 0.14, solved as before.
    @Test func optionsOfExpiriesFarApartAreAccepted() throws {
        let run = try Invocation.report([
            "--hedge-with", "type=call,strike=270,days=90", "--hedge-with", "type=put,strike=240,days=120", "--paths", "0",
        ])
        #expect(run.pipeline.settings.command.contains("--hedge-with type=put,strike=240,days=120"))
    }
}
