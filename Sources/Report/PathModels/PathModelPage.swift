import Charts
import Simulation

/// What the page says about a path model beyond its title: its parameters in the parameter
/// table, the world it assumes, what a control run without it changes, its name and colour in
/// the model comparison. A model's conformance is its registration with the page; a model
/// without one is described by its own plain words (``PathProcess/summary(in:)``,
/// ``PathProcess/assumption(in:)``), in grey.
protocol PathModelPage: PathProcess {
    /// The model and its parameters, for the parameter table's "Path" row (the seed is added).
    func parameterDescription(_ scenario: HedgeScenario, clock: RunClock) -> String
    /// What the simulated share does, for the Assumptions section; `implied` names the
    /// implied volatility the option is priced at.
    func worldSentence(_ scenario: HedgeScenario, implied: String) -> String
    /// What rerunning without the model means, for an explanation ("Merton's jumps (GBM paths
    /// instead)"); by default ``PathModelWords/pathModelRemoved``.
    var removedWords: String { get }
    /// The model's name in a sentence of the comparison ("Merton").
    static var shortName: String { get }
    /// The model's colour in every chart.
    static var colour: ChartColour { get }
}

extension PathModelPage {
    var removedWords: String { PathModelWords.pathModelRemoved }
}

/// The page's words for any path model, its own where it has them (``PathModelPage``).
enum PathModelWords {
    /// What a control run on GBM paths removes from a model that has no feature of its own to
    /// name (GBM itself, the binomial walk, a model without page words).
    static let pathModelRemoved = "the path model (GBM paths instead)"

    static func parameters(_ process: any PathProcess, _ scenario: HedgeScenario, clock: RunClock) -> String {
        let words = (process as? any PathModelPage)?.parameterDescription(scenario, clock: clock) ?? process.summary(in: scenario)
        return words + ", seed \(scenario.dynamics.seed)"
    }

    static func world(_ process: any PathProcess, _ scenario: HedgeScenario, implied: String) -> String {
        (process as? any PathModelPage)?.worldSentence(scenario, implied: implied)
            ?? process.assumption(in: scenario) + " The option is priced at the implied \(implied)."
    }

    static func removed(_ process: (any PathProcess)?) -> String {
        (process as? any PathModelPage)?.removedWords ?? pathModelRemoved
    }

    static func shortName(_ id: PathModelID) -> String {
        guard let model = PathModels.model(id) else { return id.rawValue }
        return (model as? any PathModelPage.Type)?.shortName ?? model.label
    }

    static func label(_ id: PathModelID) -> String {
        PathModels.model(id)?.label ?? id.rawValue
    }

    static func colour(_ id: PathModelID) -> ChartColour {
        (PathModels.model(id) as? any PathModelPage.Type)?.colour ?? .grey
    }
}
