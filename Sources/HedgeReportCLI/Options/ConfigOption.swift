import ArgumentParser

/// `-c/--config FILE`: the parameters of a JSON or YAML file, under the flags given beside it.
/// Shared by `report` and `price`.
struct ConfigOption: ParsableArguments {
    @Option(
        name: [.customShort("c"), .long],
        help: ArgumentHelp(
            "JSON or YAML file with the same keys as the flags (e.g. 'strike: 260'); flags override it. '-' reads it from standard input.",
            valueName: "file"
        ),
        completion: .file(extensions: ["yaml", "yml", "json"])
    )
    var config: String?

    /// The config file's parameters (if any) with `flags` laid over them.
    func merged(with flags: ParameterSet) throws(ParameterError) -> ParameterSet {
        guard let config else { return flags }
        return try ConfigFile.load(config).overridden(by: flags)
    }
}
