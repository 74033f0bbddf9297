import Pricing
import Simulation

/// A type whose values a choice parameter names, in the order the help and messages list them:
/// a ``ParameterDescriptor`` row of kind ``ParameterDescriptor/Kind/choice(_:)`` names the type,
/// and its names are the choices — "one of …" in messages, `a|b` in `--help`, the shell's
/// completion, the parse — never text typed in the table.
protocol ParameterChoices: SendableMetatype {
    /// The names a user may write, in lower case.
    static var choiceNames: [String] { get }
}

/// A choice read back as a value of its type (``ParameterReader/choice(_:otherwise:)``).
protocol ParameterChoice: ParameterChoices {
    /// The value named `name` (one of ``ParameterChoices/choiceNames``).
    init?(choiceName name: String)
    /// The value's name.
    var choiceName: String { get }
}

extension ParameterChoice where Self: CaseIterable & RawRepresentable, RawValue == String {
    static var choiceNames: [String] { allCases.map(\.rawValue) }
    init?(choiceName name: String) { self.init(rawValue: name) }
    var choiceName: String { rawValue }
}

extension ExerciseStyle: ParameterChoice {}
extension PositionSide: ParameterChoice {}
extension LatticeMethod: ParameterChoice {}
extension ExercisePolicy: ParameterChoice {}
extension RebalancingRule.Name: ParameterChoice {}

/// `--path-model`: the registered models' ids (``PathModels/all``).
extension PathModelID: ParameterChoice {
    static var choiceNames: [String] { PathModels.ids.map(\.rawValue) }
    init?(choiceName name: String) {
        guard Self.choiceNames.contains(name) else { return nil }
        self.init(rawValue: name)
    }
    var choiceName: String { rawValue }
}

/// `--year-basis`: the days in a year, written as the number.
extension YearBasis: ParameterChoice {
    static var choiceNames: [String] { allCases.map(\.choiceName) }
    init?(choiceName name: String) {
        guard let days = Int(name) else { return nil }
        self.init(rawValue: days)
    }
    var choiceName: String { String(rawValue) }
}

/// `--type`: the registered payoffs' names (``Payoffs/registered``), read back as a payoff with
/// its terms (``Payoffs/payoff(named:terms:)``), so a name alone is not a value.
extension Payoffs: ParameterChoices {
    static var choiceNames: [String] { names }
}

/// `--start-premium`: what the premium starts at.
enum StartPremium: String, CaseIterable, Sendable, ParameterChoice {
    /// The model's price: every dP is model against model.
    case model
    /// The market's quote, as the course's worked example: the first dP books the model–market gap.
    case market
}
