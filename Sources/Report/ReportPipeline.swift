import Analytics
import Charts
import Foundation
import Pricing
import Simulation

/// The report as named steps — simulate → analyse → plot → render → write — each a plain
/// function from value to value whose name is attached to any error it raises.
public struct ReportPipeline: Sendable {
    /// The tool's version, written into the report and `summary.json`.
    public static let version = "0.2.0"

    /// The hedge to simulate.
    public var scenario: HedgeScenario
    /// The pricing model used at every rebalancing date.
    public var model: any PricingModel
    /// Presentation settings.
    public var settings: ReportSettings
    /// Folder of the Mustache templates; `nil` for those built in from `templates/`.
    public var templatesDirectory: String?
    /// Folder the report is written into.
    public var outputDirectory: String
    /// Also write each chart as a PNG at 2× into `charts/`.
    public var writesPNG: Bool
    /// The Monte Carlo study to run, if any.
    public var monteCarlo: MonteCarloSettings?
    /// The hedger's model path, when the hedger decides on wrong information (DESIGN.md §2.8).
    public var wrongInformation: WrongInformationSettings?
    /// How long to wait for another run writing into the same output folder before failing.
    public var outputLockTimeout: Duration = .seconds(3)

    /// What the Monte Carlo study covers.
    public struct MonteCarloSettings: Sendable {
        /// Paths per batch.
        public var paths: Int
        /// Numbers of rebalances over the option's life for the frequency sweep.
        public var sweep: [Int]
        /// Realized volatilities for the mismatch study, per √year.
        public var realizedVolatilities: [Double]
        /// The rebalancing rules to compare on the same paths (``MonteCarloStudy/compareRules(_:)``);
        /// empty to compare none.
        public var rules: [RebalancingRule]
        /// Whether the study reruns its departures with each cause removed (DESIGN.md §2.9,
        /// ``MonteCarloStudy/explanations(for:controlPaths:)``). Only `make bench` turns it off,
        /// to time the control runs against the same report without them (issue 26).
        public var controlRuns = true

        public init(paths: Int, sweep: [Int], realizedVolatilities: [Double], rules: [RebalancingRule] = []) {
            self.paths = paths
            self.sweep = sweep
            self.realizedVolatilities = realizedVolatilities
            self.rules = rules
        }

        /// Paths per model of the Assumptions section's comparison of GBM, Merton and Heston: a
        /// quarter of the study's (at least 2), so the three models together cost less than the
        /// study's own schedule, and at most ``comparisonPathLimit``.
        public var comparisonPaths: Int { min(max(paths / 4, 2), Self.comparisonPathLimit) }

        /// Most paths per model the comparison hedges, whatever `--paths` asks. The section reads
        /// each model's standard deviation of the final P&L against GBM's, whose standard error
        /// is about σ·√((κ − 1)/(4n)) for a kurtosis κ: 1.0% of σ at n = 5,000 with normal tails
        /// (κ = 3), 1.4% at κ = 5. A quarter of 100,000 paths (25,000 × 3 models) cost 12% of
        /// that report's CPU (perf, issue 26) to make these errors 2.2 times smaller.
        public static let comparisonPathLimit = 5_000
    }

    /// Where the hedger's model path comes from, and the correlations the study compares.
    public struct WrongInformationSettings: Sendable {
        /// The model path of the run's own hedge.
        public var hedger: HedgerPath
        /// The seed of the study's independent draws (pair k mixes it with k).
        public var studySeed: UInt64
        /// Correlations of the study's model paths with the true ones; empty skips the study.
        public var studyCorrelations: [Double]
        /// Pairs of paths per correlation in the study.
        public var studyPairs: Int

        public init(hedger: HedgerPath, studySeed: UInt64, studyCorrelations: [Double], studyPairs: Int) {
            self.hedger = hedger
            self.studySeed = studySeed
            self.studyCorrelations = studyCorrelations
            self.studyPairs = studyPairs
        }
    }

    public init(
        scenario: HedgeScenario,
        model: any PricingModel,
        settings: ReportSettings,
        templatesDirectory: String? = nil,
        outputDirectory: String,
        writesPNG: Bool = false,
        monteCarlo: MonteCarloSettings? = nil
    ) {
        self.scenario = scenario
        self.model = model
        self.settings = settings
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.writesPNG = writesPNG
        self.monteCarlo = monteCarlo
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// The analysis behind the report.
        public var analysis: HedgeAnalysis
        /// Paths of the files written, relative to the output folder.
        public var files: [String]
        /// The per-path figures of the study's own schedule (nil without a study).
        public var monteCarloBatch: MonteCarloStudy.Batch? = nil
    }

    /// What the preflight checked and holds for the run.
    public struct Preflight: Sendable {
        /// The templates, loaded and checked; the render step uses them (no second read).
        let templates: TemplateSet
        /// The output folder, locked for this run.
        public let output: OutputFolder
    }

    /// Checks everything that can be checked before any work is done. First the templates:
    /// loaded, parsed and their partials checked (``TemplateSet``), so a bad template or
    /// templates folder is found before a long simulation, and without touching the output
    /// folder. Then the output folder: that it is or can be made a folder, is writable, and no
    /// other run is writing into it; it is locked for this run, and the write of an earlier run
    /// that was killed is finished or undone. ``run(progress:studyProgress:)`` calls it first.
    public func preflight() throws(ReportError) -> Preflight {
        let templates = try TemplateSet.load(directory: templatesDirectory)
        try templates.checkSectionPartials(ReportViewModel.partials)
        return Preflight(templates: templates, output: try OutputFolder(path: outputDirectory, lockTimeout: outputLockTimeout))
    }

    /// Runs every step; `progress` receives `[i/n] step` lines, `studyProgress` the fraction of
    /// the Monte Carlo study done (from worker threads).
    public func run(
        progress: (String) -> Void = { _ in },
        studyProgress: (@Sendable (Double) -> Void)? = nil
    ) throws(ReportError) -> Outcome {
        let checked = try preflight()
        do {
            return try run(checked, progress: progress, studyProgress: studyProgress)
        } catch {
            checked.output.abandon()
            throw error
        }
    }

    /// The steps after the preflight; its output folder is locked until it is released.
    private func run(
        _ checked: Preflight,
        progress: (String) -> Void,
        studyProgress: (@Sendable (Double) -> Void)?
    ) throws(ReportError) -> Outcome {
        let steps = monteCarlo == nil ? 5 : 6
        var step = 0
        func announce(_ name: String) {
            step += 1
            progress("[\(step)/\(steps)] \(name)")
        }
        announce("simulate")
        let simulation: HedgeSimulation
        do {
            simulation = try scenario.simulate(
                model: model, premiumAtStart: settings.startsAtMarketPremium ? settings.marketPremium : nil
            )
        } catch {
            throw ReportError(step: "simulate", .stageFailed(error.description))
        }
        if let place = simulation.firstNonFiniteValue() {
            throw ReportError(step: "simulate", .stageFailed(
                "a value is not a finite number in \(place); the inputs are too extreme for the hedge to be computed"
            ))
        }
        var modelStart = simulation.valuedPath.valuations.first
        if let premium = simulation.modelPremiumAtStart { modelStart?.price = premium }
        announce("analyse")
        var analysis = HedgeAnalysis(simulation)
        // The valuation at the start stays the model's (price and Greeks), whatever the premium paid.
        if let modelStart {
            analysis.initialValuation = modelStart
            if settings.startsAtMarketPremium, settings.marketPremium != nil {
                analysis.bookModelMarketGap(modelPremium: modelStart.price)
            }
        }
        analysis.lesson = Lesson(analysis)
        analysis.degenerate = Degenerate(analysis)
        if analysis.degenerate == nil, MonteCarloStudy.comparesHedgeVolatilities(scenario) {
            do {
                analysis.hedgeVolatilityPaths = try HedgeVolatilityPath.compare(simulation, model: model)
            } catch {
                throw ReportError(step: "analyse", .stageFailed("the path hedged at each volatility: \(error.description)"))
            }
        }
        var mainBatch: MonteCarloStudy.Batch?
        // Nothing to hedge: no study, whose slopes and ratios would be fitted to rounding noise.
        if let monteCarlo, analysis.degenerate == nil {
            announce("study")
            do {
                // The study hedges on the calendar; the rules are compared on its paths after it,
                // as one more batch of the progress shown.
                let batches = Double(1 + (monteCarlo.sweep.isEmpty ? 0 : 1) + monteCarlo.realizedVolatilities.count)
                let total = batches + (monteCarlo.rules.isEmpty ? 0 : 1)
                var study = MonteCarloStudy(
                    scenario: scenario, model: model, paths: monteCarlo.paths,
                    progress: Self.scaled(studyProgress, from: 0, by: batches / total)
                )
                let kept = try study.reportKeepingMainBatch(sweep: monteCarlo.sweep, realizedVolatilities: monteCarlo.realizedVolatilities)
                analysis.monteCarlo = kept.report
                mainBatch = kept.main
                if monteCarlo.controlRuns {
                    analysis.explanations = try study.explanations(for: kept.report)
                }
                if !monteCarlo.rules.isEmpty {
                    study.progress = Self.scaled(studyProgress, from: batches / total, by: 1 / total)
                    analysis.monteCarlo?.rules = try study.compareRules(monteCarlo.rules)
                }
                if MonteCarloStudy.comparesHedgeVolatilities(scenario) {
                    study.progress = nil
                    analysis.monteCarlo = try analysis.monteCarlo?.withHedgeVolatilities(
                        study.compareHedgeVolatilities(sweep: monteCarlo.sweep), hedging: scenario.hedge.volatility
                    )
                }
                analysis.modelComparison = try MonteCarloStudy(scenario: scenario, model: model, paths: monteCarlo.paths)
                    .compareModels(paths: monteCarlo.comparisonPaths, jumps: comparedJumps, heston: comparedHeston)
            } catch {
                throw ReportError(step: "study", .stageFailed(error.description))
            }
        }
        if let wrongInformation {
            do {
                analysis.wrongInformation = try WrongInformation.run(
                    simulation, hedger: wrongInformation.hedger, model: model,
                    startingPremium: settings.startsAtMarketPremium ? settings.marketPremium : nil
                )
                if monteCarlo != nil, !wrongInformation.studyCorrelations.isEmpty {
                    analysis.wrongInformationStudy = try WrongInformationStudy.run(
                        scenario: scenario, model: model, pairs: wrongInformation.studyPairs,
                        correlations: wrongInformation.studyCorrelations, hedgerSeed: wrongInformation.studySeed
                    )
                }
            } catch {
                throw ReportError(step: "analyse", .stageFailed("the hedge on wrong information: \(error.description)"))
            }
        }
        announce("plot")
        var model = ReportViewModel(ReportContext(analysis: analysis, settings: settings))
        let (charts, ledger) = try plot(&model, ledgerOf: analysis)
        announce("render")
        let page = try checked.templates.render(model, sections: model.templateSections)
        let summary: Data
        do {
            summary = try SummaryDocument(analysis: analysis, settings: settings).encoded()
        } catch {
            throw ReportError(step: "render", .stageFailed("cannot encode summary.json: \(error)"))
        }
        var files = [
            OutputWriter.File(path: "report.html", contents: Data(page.utf8)),
            OutputWriter.File(path: "ledger.csv", contents: try ledger.get()),
            OutputWriter.File(path: "summary.json", contents: summary + Data("\n".utf8)),
        ]
        // A chart file belongs to the report only when the page shows its figure (a
        // replacement template may leave one out).
        let shown = Self.figureIDs(in: page)
        files += charts.filter { shown.contains($0.figure.rawValue) }.flatMap(\.files)
        announce("write")
        try checked.output.write(files)
        return Outcome(analysis: analysis, files: files.map(\.path), monteCarloBatch: mainBatch)
    }

    /// `progress` for one part of a longer task: a fraction f of the part is reported as
    /// `start` + f·`share` of the whole.
    private static func scaled(
        _ progress: (@Sendable (Double) -> Void)?, from start: Double, by share: Double
    ) -> (@Sendable (Double) -> Void)? {
        guard let progress else { return nil }
        return { fraction in progress(start + fraction * share) }
    }

    /// The jumps the Assumptions section compares: the run's own, or
    /// ``PathModelComparison/jumps(realizedVolatility:)``.
    private var comparedJumps: MertonJumps {
        if let jumps = scenario.dynamics.pathModel.process(MertonJumps.self) { return jumps }
        return PathModelComparison.jumps(realizedVolatility: scenario.dynamics.realizedVolatility)
    }

    /// The Heston process the Assumptions section compares: the run's own, or the standard one
    /// at the realized variance.
    private var comparedHeston: HestonVariance {
        if let variance = scenario.dynamics.pathModel.process(HestonVariance.self) { return variance }
        return .standard(level: scenario.dynamics.realizedVolatility * scenario.dynamics.realizedVolatility)
    }

    /// The names `NAME` of every `id="figure-NAME"` in `page`, found in one pass over its bytes
    /// (a search of the whole page per chart cost more than drawing the charts).
    static func figureIDs(in page: String) -> Set<String> {
        let marker = Array("id=\"figure-".utf8)
        let bytes = Array(page.utf8)
        var names = Set<String>()
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            names.insert(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end
        }
        return names
    }

    /// Renders every section's charts into its figures and `ledger.csv`'s rows; returns each
    /// chart's files and the ledger's bytes (or the error of its earliest bad value, which the
    /// render step reports, after the page).
    ///
    /// Each chart is drawn twice, full width and for a phone (``ReportFigure/narrowChart``).
    /// Every drawing of every section and every chunk of the ledger's rows
    /// (``LedgerCSV/chunk(_:of:yearBasis:)``) is one job of a single ``concurrentMap(_:threads:_:)``,
    /// the drawings first: the jobs are independent (Cairo draws independent surfaces
    /// concurrently; ``SVGMarkup`` renames Cairo's per-process ids, so the markup is the same
    /// whatever the order), and one loop keeps both cores busy to its end where a loop per
    /// section, then one for the ledger, waited at each end for its slowest job — an every-minute
    /// run's four 23,000-point charts and 47 chunks of rows (issue 26).
    private func plot(
        _ model: inout ReportViewModel, ledgerOf analysis: HedgeAnalysis
    ) throws(ReportError) -> (charts: [(figure: FigureID, files: [OutputWriter.File])], ledger: Result<Data, ReportError>) {
        let writesPNG = writesPNG, yearBasis = settings.yearBasis
        let charts = model.sections.map(\.charts)
        let drawings = charts.indices.flatMap { section in
            charts[section].indices.flatMap { chart in [(section, chart, false), (section, chart, true)] }
        }
        let outputs = concurrentMap(drawings.count + LedgerCSV.chunkCount(analysis)) { (job: Int) -> Result<String, ReportError> in
            guard job < drawings.count else {
                return Result { () throws(ReportError) in try LedgerCSV.chunk(job - drawings.count, of: analysis, yearBasis: yearBasis) }
            }
            let (section, chart, narrow) = drawings[job]
            let figure = charts[section][chart]
            return Result { () throws(ReportError) -> String in
                do throws(ChartError) {
                    return narrow
                        ? try ChartRenderer.svg(figure.narrowChart, idPrefix: figure.id.rawValue + "-narrow")
                        : try ChartRenderer.svg(figure.chart, idPrefix: figure.id.rawValue)
                } catch {
                    throw ReportError(step: "plot", .stageFailed("chart \(figure.id.rawValue): \(error)"))
                }
            }
        }
        var written = [(figure: FigureID, files: [OutputWriter.File])]()
        var drawn = 0
        for place in model.sections.indices {
            model.figures[place] = try charts[place].map { (figure: ReportFigure) throws(ReportError) -> FigureView in
                let name = figure.id.rawValue
                let svg = try outputs[drawn].get()
                let narrowSvg = try outputs[drawn + 1].get()
                drawn += 2
                var files = [OutputWriter.File(path: "charts/\(name).svg", contents: Data(svg.utf8))]
                if writesPNG {
                    do throws(ChartError) {
                        let png = try ChartRenderer.png(figure.chart, scale: 2)
                        files.append(.init(path: "charts/\(name).png", contents: Data(png)))
                    } catch {
                        throw ReportError(step: "plot", .stageFailed("chart \(name): \(error)"))
                    }
                }
                written.append((figure.id, files))
                return FigureView(figure, svg: svg, narrowSvg: narrowSvg)
            }
        }
        let ledger = Result { () throws(ReportError) -> Data in
            LedgerCSV.joined(analysis, chunks: try outputs[drawings.count...].map { (chunk) throws(ReportError) in try chunk.get() })
        }
        return (written, ledger)
    }
}
