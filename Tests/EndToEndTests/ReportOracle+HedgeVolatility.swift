import Foundation
import Report
import Testing

extension ReportOracle {
    /// “Which volatility to hedge with” (issue 27): present exactly when σr ≠ σi for one option
    /// or the run hedges at another volatility; its table, findings and captions recomputed
    /// from `monteCarlo.hedgeVolatilities` and the ledger's textbook P&L.
    func checkHedgeVolatility() {
        let implied = report.number("parameters", "impliedVolatility")
        let realized = report.number("parameters", "realizedVolatility")
        let choice = report.value("parameters", "hedgeVolatility") as? String ?? "implied"
        let single = report.value("position") == nil
        let leland = report.value("parameters", "rebalance") as? String == "leland"
        // Nothing to hedge (`degenerate`): no comparison, whose ratios would be of rounding noise.
        let degenerate = report.value("degenerate") is [String: Any]
        // A `--hedge-vol realized` hedge of a run realizing its implied volatility is the implied
        // hedge: nothing to compare.
        let distinct = !(choice == "realized" && realized == implied)
        let expected = single && !leland && !degenerate && realized >= 0.01 && (realized != implied || choice != "implied") && distinct
        let text = report.text
        #expect(text.contains("Which volatility to hedge with") == expected, "\(scenario): the section's presence")
        guard expected else {
            #expect(report.value("monteCarlo", "hedgeVolatilities") == nil, "\(scenario): hedgeVolatilities without the section")
            return
        }
        expectHedgeVolatility(text, "Ahmad and P. Wilmott", "the references")
        expectHedgeVolatility(text, "Volatility Trading", "the references")
        // The path: the run's own hedge ends where the ledger's textbook P&L does.
        let path = report.caption("hedge-vol-path")
        let ownEnd = report.column("textbook_pnl").last ?? .nan
        expectHedgeVolatility(path, "Hedged at \(choice) (", "the path caption")
        expectHedgeVolatility(path, "ended at \(NumberFormat.signedMoney(ownEnd)).", "the path caption")
        if choice != "implied" {
            // The textbook section says which Δ its hedge held.
            expectHedgeVolatility(text, "(--hedge-vol \(choice); the option marked at the implied volatility", "the textbook section")
        }
        guard let outcomes = report.value("monteCarlo", "hedgeVolatilities") as? [[String: Any]] else { return }
        // Implied first, then each other volatility once (realized unless it is the implied one).
        let names = outcomes.compactMap { $0["hedgeVolatility"] as? String }
        #expect(names.first == "implied", "\(scenario): the choices \(names)")
        let choiceVolatilities = outcomes.compactMap { ($0["volatility"] as? NSNumber)?.doubleValue }
        #expect(Set(choiceVolatilities).count == choiceVolatilities.count, "\(scenario): each volatility once \(choiceVolatilities)")
        for outcome in outcomes {
            let name = outcome["hedgeVolatility"] as? String ?? ""
            let mean = (outcome["mean"] as? NSNumber)?.doubleValue ?? .nan
            let error = (outcome["meanStandardError"] as? NSNumber)?.doubleValue ?? .nan
            var claim = "Hedged at \(name) (\(NumberFormat.percent((outcome["volatility"] as? NSNumber)?.doubleValue ?? .nan, decimals: 2))), "
                + "the final P&L averaged \(NumberFormat.signedMoney(mean)) ± \(NumberFormat.money(error))"
            if let theory = (outcome["theoryMean"] as? NSNumber)?.doubleValue {
                let z = (mean - theory) / error
                claim += ", \(NumberFormat.signed(z, decimals: 1)) standard errors from the theory's \(NumberFormat.signedMoney(theory)) ("
                    + (abs(z) <= 3 ? "within 3" : "more than 3")
            } else {
                expectHedgeVolatility(text, "theory mean at \(name)", "the omission")
            }
            expectHedgeVolatility(text, claim, "the findings")
            if outcome["theoryStd"] == nil {
                expectHedgeVolatility(text, "theory std at \(name)", "the omission")
            }
        }
        let stds = Dictionary(outcomes.map { ($0["hedgeVolatility"] as? String ?? "", ($0["std"] as? NSNumber)?.doubleValue ?? .nan) }) { a, _ in a }
        let volatilities = outcomes.compactMap { ($0["volatility"] as? NSNumber)?.doubleValue }.prefix(2)
        let printAlike = Set(volatilities.map { NumberFormat.percent($0, decimals: 2) }).count == 1
        if let atImplied = stds["implied"], let atRealized = stds["realized"], realized != implied {
            let ratio = atRealized / atImplied
            let shown = NumberFormat.number(ratio, decimals: 2)
            if printAlike {
                // Volatilities the page cannot tell apart: no spread is compared.
                expectHedgeVolatility(text, "the realized and the implied volatility are the same to two decimals", "the comparison")
                #expect(!text.contains("× the std of the hedge at implied"), "\(scenario): compares two hedges at the same printed volatility")
            } else {
                expectHedgeVolatility(
                    text, "has \(shown)× the std of the hedge at implied: its final P&L is "
                        + (shown == "1.00" ? "as spread, to two decimals" : ratio < 1 ? "less spread" : "more spread"), "the comparison"
                )
            }
        }
        // Both sweep curves, each caption sentence from its own last point.
        if let sweeps = outcomes.map({ $0["sweep"] as? [[String: Any]] ?? [] }) as [[[String: Any]]]?, sweeps.allSatisfy({ $0.count > 1 }) {
            let caption = report.caption("hedge-vol-sweep")
            for (outcome, sweep) in zip(outcomes, sweeps) {
                let last = sweep.last!
                let n = (last["rebalances"] as? NSNumber)?.intValue ?? 0
                let std = (last["std"] as? NSNumber)?.doubleValue ?? .nan
                expectHedgeVolatility(
                    caption, "Hedged at \(outcome["hedgeVolatility"] as? String ?? ""), the std goes from", "the sweep caption"
                )
                expectHedgeVolatility(caption, "to \(NumberFormat.money(std)) ± ", "the sweep caption")
                expectHedgeVolatility(caption, "at N = \(n)", "the sweep caption")
            }
        }
    }

    private func expectHedgeVolatility(_ text: String?, _ fragment: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text?.contains(fragment) == true, "\(scenario): \(what) should say “\(fragment)”: \(text ?? "no text")", sourceLocation: sourceLocation)
    }
}
