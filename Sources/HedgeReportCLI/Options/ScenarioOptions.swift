import ArgumentParser

/// Every flag of a scenario but the config file, each topic under its title in `--help`:
/// what `report` runs and what `compare` varies from.
struct ScenarioOptions: ParsableArguments {
    @OptionGroup(title: ContractOptions.title) var contract: ContractOptions
    @OptionGroup(title: MarketOptions.title) var market: MarketOptions
    @OptionGroup(title: BookOptions.title) var book: BookOptions
    @OptionGroup(title: PathOptions.title) var path: PathOptions
    @OptionGroup(title: HedgeOptions.title) var hedge: HedgeOptions
    @OptionGroup(title: InformationOptions.title) var information: InformationOptions
    @OptionGroup(title: StudyOptions.title) var study: StudyOptions
    @OptionGroup(title: OutputOptions.title) var output: OutputOptions

    /// The topics, in the order `--help` shows them.
    var groups: [any ParameterGroup] { [contract, market, book, path, hedge, information, study, output] }

    /// Every flag given on the command line, as written.
    var parameters: ParameterSet {
        groups.reduce(ParameterSet()) { $0.overridden(by: $1.parameters) }
    }
}
