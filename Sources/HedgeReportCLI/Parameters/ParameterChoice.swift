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
    /// What the value means, in `--help` after its name: "crr (Cox–Ross–Rubinstein)"; nil for a
    /// name that says it all, and for choices whose registry words their help.
    var explanation: String? { get }
}

extension ParameterChoice {
    var explanation: String? { nil }
}

extension ParameterChoice where Self: CaseIterable {
    /// Every value as `--help` lists it: "a (what a is), b or c"
    /// (``ParameterDescriptor/listed(_:and:)``).
    static var explainedChoices: String {
        ParameterDescriptor.listed(allCases.map { choice in choice.explanation.map { "\(choice.choiceName) (\($0))" } ?? choice.choiceName })
    }
}

extension ParameterChoice where Self: CaseIterable & RawRepresentable, RawValue == String {
    static var choiceNames: [String] { allCases.map(\.rawValue) }
    init?(choiceName name: String) { self.init(rawValue: name) }
    var choiceName: String { rawValue }
}

extension ExerciseStyle: ParameterChoice {}
extension RebalancingRule.Name: ParameterChoice {}

extension PositionSide: ParameterChoice {
    var explanation: String? {
        switch self {
        case .long: "bought"
        case .short: "written"
        }
    }
}

extension LatticeMethod: ParameterChoice {
    var explanation: String? {
        switch self {
        case .crr: "Cox–Ross–Rubinstein"
        case .blackScholesLastStep: "Black–Scholes last step"
        case .richardson: "bbs with Richardson extrapolation"
        }
    }
}

extension ExercisePolicy: ParameterChoice {
    var explanation: String? {
        switch self {
        case .exercise: "the hedge is unwound there"
        case .hold: nil
        }
    }
}

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
    var explanation: String? {
        switch self {
        case .calendar: "a day is a calendar day, a week 7"
        case .trading: "the course's: a day is a trading day, a minute 1/(252·390) year, a week 5 days, a file's dates apart by their weekdays"
        }
    }
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

    var explanation: String? {
        switch self {
        case .model: "the model's price, every dP model against model"
        case .market: "the market's quote, as the course's worked example: the first dP books the model–market gap"
        }
    }
}
