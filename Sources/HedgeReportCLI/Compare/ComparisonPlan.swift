import Foundation
import Simulation
import Yams

/// The scenarios of one `hedge-report compare`, named and resolved before any work: a base
/// scenario (flags, or one `--config`) with each `--vary` laid over it (several make a grid),
/// or one scenario per `--config` file with the flags laid over each.
struct ComparisonPlan: Sendable {
    /// One scenario: its folder name and the run it resolves to.
    struct Scenario: Sendable {
        var name: String
        var run: ResolvedReport
    }

    /// Most scenarios one comparison runs: each is a full report with its own study.
    static let maximumScenarios = 12

    var scenarios: [Scenario]
    /// The flags of the `--vary`s, which name each scenario in the page's sentences; nil for
    /// config files (every flag that differs names them).
    var described: [String]?
    /// The folder the comparison is written into; scenario `name` writes into `directory/name`.
    var directory: String

    /// Plans the comparison, checking every scenario with the resolver `report` uses.
    ///
    /// - Throws: ``ParameterError`` (64) for bad `--vary` input, too few scenarios or a grid
    ///   over ``maximumScenarios``, naming the flag and value; a scenario's own error prefixed
    ///   with its name.
    init(configs: [String], vary texts: [String], flags: ParameterSet) throws(ParameterError) {
        var specs = [VarySpec]()
        for text in texts {
            let spec = try VarySpec(parsing: text)
            if specs.contains(where: { $0.key == spec.key }) {
                throw VarySpec.invalid(text, "'\(spec.key.rawValue)' is varied twice; give all its values in one --vary")
            }
            specs.append(spec)
        }
        if configs.filter({ $0 == ConfigFile.standardInput }).count > 1 {
            throw ParameterError(.invalid("--config -: standard input can be read once; give the other scenarios as files"))
        }
        var named = [(name: String, parameters: ParameterSet)]()
        if specs.isEmpty {
            guard configs.count >= 2 else {
                throw ParameterError(.invalid(
                    "compare needs something to compare: --vary KEY=V1,V2[,…] over one scenario, or two or more --config files (got \(configs.count))"
                ))
            }
            let names = try Self.names(of: configs)
            for (config, name) in zip(configs, names) {
                named.append((name, try ConfigFile.load(config, ignoring: ["name"]).overridden(by: flags)))
            }
        } else {
            guard configs.count <= 1 else {
                throw ParameterError(.invalid(
                    "--vary varies one base scenario; got \(configs.count) --config files (give one, or compare the files without --vary)"
                ))
            }
            let base = try configs.first.map { (path: String) throws(ParameterError) in try ConfigFile.load(path, ignoring: ["name"]) }?
                .overridden(by: flags) ?? flags
            let count = specs.reduce(1) { $0 * $1.written.count }
            guard count <= Self.maximumScenarios else {
                // "3 × 5 = 15" for a grid of several flags; one flag's count once.
                let sizes = specs.count > 1 ? specs.map { String($0.written.count) }.joined(separator: " × ") + " = " : ""
                throw ParameterError(.invalid(
                    "--vary: the grid has \(sizes)\(count) scenarios, more than the \(Self.maximumScenarios) one comparison runs; give fewer values"
                ))
            }
            var combinations: [[Int]] = [[]]
            for spec in specs { combinations = combinations.flatMap { prefix in spec.written.indices.map { prefix + [$0] } } }
            for combination in combinations {
                var parameters = ParameterSet()
                let removed = Set(zip(specs, combination).compactMap { spec, i in spec.values[i] == nil ? spec.key : nil })
                for (key, value) in base.values where !removed.contains(key) {
                    parameters.set(key, value, from: base.sources[key] ?? .commandLine)
                }
                for (spec, i) in zip(specs, combination) {
                    if let value = spec.values[i] { parameters.set(spec.key, value, from: .commandLine) }
                }
                named.append((zip(specs, combination).map { $0.folderName($1) }.joined(separator: "_"), parameters))
            }
        }
        // Values that differ only in characters a folder name drops (2 and -2) would share a folder.
        let unique = Self.unique(named.map(\.name))
        for i in named.indices { named[i].name = unique[i] }
        directory = Self.outputDirectory(named[0].parameters)
        func resolve(_ index: Int, _ parameters: ParameterSet) throws(ParameterError) -> ResolvedReport {
            do {
                return try ResolvedReport(parameters)
            } catch {
                let origin = specs.isEmpty ? "--config \(configs[index])" : "--vary " + zip(specs, Self.indices(of: index, specs)).map { "\($0.key.rawValue)=\($0.written[$1])" }.joined(separator: " ")
                throw ParameterError(error.reason.renamed("scenario '\(named[index].name)' (\(origin)): "))
            }
        }
        var scenarios = [Scenario]()
        var given = [ParameterSet]()
        for (index, entry) in named.enumerated() {
            var parameters = entry.parameters
            parameters.set(.output, .written(URL(fileURLWithPath: directory).appendingPathComponent(entry.name).path), from: .commandLine)
            given.append(parameters)
            scenarios.append(Scenario(name: entry.name, run: try resolve(index, parameters)))
        }
        // Common random numbers across intervals (DESIGN.md §2.9): a scenario with a coarser
        // schedule draws its GBM or Merton paths on the finest scenario's dates
        // (`--shock-interval`), so every scenario hedges the same market.
        let intervals = scenarios.map(\.run.pipeline.scenario.hedge.schedule.interval)
        if Set(intervals).count > 1, let finest = intervals.indices.min(by: { intervals[$0] < intervals[$1] }),
           let text = scenarios[finest].run.parameters[.interval]?.written {
            for i in scenarios.indices where intervals[i] > intervals[finest] && !given[i].isGiven(.shockInterval)
                && scenarios[i].run.pipeline.scenario.pathGenerator?.samplesAnyDates == true {
                given[i].set(.shockInterval, .written(text), from: .commandLine)
                scenarios[i].run = try resolve(i, given[i])
            }
        }
        self.scenarios = scenarios
        described = specs.isEmpty ? nil : specs.map(\.key.flag)
    }

    /// Each value's index of combination `index` of the grid of `specs` (the last spec fastest).
    static func indices(of index: Int, _ specs: [VarySpec]) -> [Int] {
        var rest = index
        return specs.reversed().map { spec in
            defer { rest /= spec.written.count }
            return rest % spec.written.count
        }.reversed()
    }

    /// The comparison's folder: `--output` (from the flags or the base config), `output` by default.
    static func outputDirectory(_ parameters: ParameterSet) -> String {
        switch parameters.values[.output] {
        case let .written(path)?, let .quoted(path)?: path
        default: "output"
        }
    }

    /// Each config file's scenario name: its `name:` key, else its file stem; stems that
    /// repeat (`a/config.yaml`, `b/config.yaml`) take their folder's name; names that still
    /// repeat get `-2`, `-3`, ….
    static func names(of configs: [String]) throws(ParameterError) -> [String] {
        let stems = configs.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        let names = configs.enumerated().map { i, path in
            if let name = declaredName(path) { return name }
            if path == ConfigFile.standardInput { return "stdin" }
            if stems.filter({ $0 == stems[i] }).count > 1 {
                return URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
            }
            return stems[i]
        }
        return names.map(VarySpec.folderSafe)
    }

    /// `names` with each repeat suffixed `-2`, `-3`, … (and never a name already taken).
    static func unique(_ names: [String]) -> [String] {
        var taken = Set<String>(), result = [String]()
        for name in names {
            var candidate = name, n = 1
            while taken.contains(candidate) {
                n += 1
                candidate = "\(name)-\(n)"
            }
            taken.insert(candidate)
            result.append(candidate)
        }
        return result
    }

    /// The `name:` key of a config file, when it has one (a compare-only key).
    static func declaredName(_ path: String) -> String? {
        guard path != ConfigFile.standardInput, let text = try? String(contentsOfFile: path, encoding: .utf8),
              let node = try? Yams.compose(yaml: text), let mapping = node.mapping
        else { return nil }
        return mapping["name"]?.scalar?.string
    }
}

extension ParameterError.Reason {
    /// The same error with `prefix` before its message, where the message is ours to prefix.
    func renamed(_ prefix: String) -> ParameterError.Reason {
        switch self {
        case let .invalid(message): .invalid(prefix + message)
        case let .priceFile(message, status): .priceFile(prefix + message, exitStatus: status)
        default: self
        }
    }
}
