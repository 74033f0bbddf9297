import ArgumentParser

/// What `compare` compares: `--vary KEY=V1,V2[,…]` over one base scenario, or several
/// `--config` files.
struct CompareOptions: ParsableArguments {
    @Option(
        name: [.customShort("c"), .long],
        parsing: .singleValue,
        help: ArgumentHelp(
            "JSON or YAML file of one scenario (the same keys as report's flags, plus 'name:'); repeat to compare files, or give one as the base of --vary. Flags given beside override every file.",
            valueName: "file"
        ),
        completion: .file(extensions: ["yaml", "yml", "json"])
    )
    var config: [String] = []

    @Option(
        parsing: .singleValue,
        help: ArgumentHelp(
            "KEY=V1,V2[,…]: run the scenario once per value of KEY (any report flag without its dashes: interval=1d,1w, cost-bps=0,10, path-model=gbm,merton; ';' for ',' inside one value, 'none' to leave hedge-with or leg out: hedge-with=none,type=call;strike=270). Repeat for a grid (at most \(ComparisonPlan.maximumScenarios) scenarios).",
            valueName: "key=values"
        )
    )
    var vary: [String] = []
}
