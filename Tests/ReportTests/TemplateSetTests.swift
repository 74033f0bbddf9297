import Analytics
import Foundation
import Mustache
import Pricing
import Testing
@testable import Report

/// A templates folder is checked when it is loaded, before any work: a template that includes
/// itself (which swift-mustache would follow until the stack overflows), a missing partial
/// (which it would render as nothing), an empty page, a file that is not UTF-8 and a folder that
/// cannot be read are each refused with a typed error naming the file, and the exit status of
/// DESIGN.md §4.
@Suite struct TemplateSetTests {
    /// A temporary templates folder holding `files` (name → contents), removed at the end.
    final class Folder {
        let path: String

        convenience init(_ files: [String: String]) throws {
            try self.init(data: files.mapValues { Data($0.utf8) })
        }

        init(data files: [String: Data]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, contents) in files {
                try contents.write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// The error loading the folder throws, or `nil` when it loads.
        func loadError() -> ReportError? {
            do {
                _ = try TemplateSet.load(directory: path)
                return nil
            } catch {
                return error
            }
        }
    }

    // MARK: Cycles

    @Test(arguments: ["{{> report}}", "{{> report }}", "{{>report}}", "{{>  report\n}}", "{{< report}}{{/report}}"])
    func pageThatIncludesItselfIsRefusedNamingTheCycle(_ tag: String) throws {
        let folder = try Folder(["report.mustache": "<p>{{title}}</p>\n\(tag)\n"])
        let error = try #require(folder.loadError())
        guard case let .templateCycle(path, cycle) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/report.mustache")
        #expect(cycle == ["report", "report"])
        #expect(error.description.contains("report.mustache includes itself: report → report"), "\(error)")
        #expect(error.isBadInputData && !error.isInputOutputFailure)
    }

    @Test func twoPartialsIncludingEachOtherAreRefused() throws {
        let folder = try Folder(["report.mustache": "<p>{{> a}}</p>", "a.mustache": "{{> b}}", "b.mustache": "b {{> a}}"])
        let error = try #require(folder.loadError())
        guard case let .templateCycle(path, cycle) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/a.mustache")
        #expect(cycle == ["a", "b", "a"])
    }

    @Test func longerCycleIsRefusedWithEveryTemplateOnIt() throws {
        let folder = try Folder([
            "report.mustache": "<p>{{> a}}</p>", "a.mustache": "{{> b}}", "b.mustache": "{{> c}}", "c.mustache": "{{#x}}{{> a}}{{/x}}",
        ])
        let error = try #require(folder.loadError())
        guard case let .templateCycle(_, cycle) = error.reason else { Issue.record("\(error)"); return }
        #expect(cycle == ["a", "b", "c", "a"])
        #expect(error.description.contains("a → b → c → a"))
    }

    /// Static detection is conservative: a cycle in a section the model never renders is
    /// refused all the same, as is one in an inverted section or a block.
    @Test(arguments: ["{{#never}}{{> report}}{{/never}}", "{{^always}}\n  {{> report}}\n{{/always}}", "{{$block}}{{> report}}{{/block}}"])
    func cycleInSectionThatNeverRendersIsStillRefused(_ body: String) throws {
        let folder = try Folder(["report.mustache": "<p>page</p>\n\(body)\n"])
        let error = try #require(folder.loadError())
        guard case .templateCycle = error.reason else { Issue.record("\(error)"); return }
    }

    @Test func cycleBehindCustomDelimitersIsRefused() throws {
        let folder = try Folder(["report.mustache": "<p>page</p>\n{{=<% %>=}}\n<p><%title%></p>\n<%> report %>\n"])
        let error = try #require(folder.loadError())
        guard case .templateCycle = error.reason else { Issue.record("\(error)"); return }
    }

    /// A set whose partials share a partial (a diamond) has no cycle.
    @Test func sharedPartialIsNoCycle() throws {
        let folder = try Folder([
            "report.mustache": "<p>{{> a}}{{> b}}{{> b}}</p>", "a.mustache": "a{{> figure}}", "b.mustache": "b{{> figure}}",
            "figure.mustache": "<figure>{{title}}</figure>",
        ])
        #expect(folder.loadError() == nil)
        let page = try TemplateSet.load(directory: folder.path).render(["title": "T"])
        #expect(page == "<p>a<figure>T</figure>b<figure>T</figure>b<figure>T</figure></p>")
    }

    /// Tags that only look like partials: in a comment, after a delimiter change, as text.
    @Test func textThatOnlyLooksLikeAPartialIsNoReference() throws {
        let folder = try Folder([
            "report.mustache": "<p>{{! not {{> report}}\n{{{title}}}{{=<% %>=}}\n{{> report}} <%{title%>} <%&title%></p>\n",
        ])
        #expect(folder.loadError() == nil)
        #expect(TemplateSet.partialReferences(in: "{{! {{> a}}").isEmpty)
        #expect(TemplateSet.partialReferences(in: "{ {> a}} {{{b}}} {{&c}}").isEmpty)
    }

    /// swift-mustache 2.1's parser traps on an empty section opened with a one-character
    /// delimiter, killing the process; such delimiters are refused before parsing.
    @Test func oneCharacterDelimiterIsRefusedBeforeParsing() throws {
        let folder = try Folder(["report.mustache": "<p>page</p>\n{{=| |=}}\n|#a||/a|\n"])
        let error = try #require(folder.loadError())
        guard case let .templateSyntax(path, line, _, detail) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/report.mustache" && line == 2)
        #expect(detail.contains("one character"))
    }

    // MARK: Partials that are not there

    @Test func missingPartialIsRefusedNamingTheFileTheLineThePartialAndTheFolder() throws {
        let folder = try Folder(["report.mustache": "<p>page</p>\n<div>\n{{> nothere}}\n</div>\n", "style.mustache": "<style></style>"])
        let error = try #require(folder.loadError())
        guard case let .templatePartialMissing(path, line, partial, named) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/report.mustache")
        #expect(line == 3 && partial == "nothere" && named == folder.path)
        #expect(error.description.contains("report.mustache:3 includes {{> nothere}}, but the templates folder \(folder.path) has no nothere.mustache"))
        #expect(error.isBadInputData && !error.isInputOutputFailure)
    }

    @Test func missingPartialOfAPartialIsRefusedNamingThePartial() throws {
        let folder = try Folder(["report.mustache": "<p>{{> a}}</p>", "a.mustache": "{{#x}}\n{{> gone }}\n{{/x}}"])
        let error = try #require(folder.loadError())
        guard case let .templatePartialMissing(path, line, partial, _) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/a.mustache" && line == 2 && partial == "gone")
    }

    /// The model, not the folder, names a dynamic partial's template: neither its presence nor
    /// the absence of a cycle can be checked, so it is refused.
    @Test func dynamicPartialIsRefused() throws {
        let folder = try Folder(["report.mustache": "<p>{{>*which}}</p>"])
        let error = try #require(folder.loadError())
        guard case let .templateDynamicPartial(_, line, name) = error.reason else { Issue.record("\(error)"); return }
        #expect(line == 1 && name == "which")
    }

    // MARK: The page and the files

    @Test(arguments: ["", " \n\t\n"])
    func emptyPageIsRefused(_ text: String) throws {
        let folder = try Folder(["report.mustache": text, "a.mustache": "a"])
        let error = try #require(folder.loadError())
        guard case let .templateEmpty(path) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/report.mustache")
        #expect(error.isBadInputData)
    }

    @Test func templateThatIsNotUTF8IsRefusedNamingIt() throws {
        let folder = try Folder(data: ["report.mustache": Data("<p>ok</p>{{> latin}}".utf8), "latin.mustache": Data([0x63, 0x61, 0x66, 0xE9])])
        let error = try #require(folder.loadError())
        guard case let .templateNotText(path) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/latin.mustache")
        #expect(error.description.contains("is not UTF-8 text") && error.isBadInputData)
    }

    @Test func folderWithoutThePageIsRefusedNamingTheFolder() throws {
        let folder = try Folder(["page.mustache": "<p>page</p>"])
        let error = try #require(folder.loadError())
        guard case let .templatePageMissing(named) = error.reason else { Issue.record("\(error)"); return }
        #expect(named == folder.path)
        #expect(error.description.contains("has no report.mustache") && error.isInputOutputFailure)
    }

    @Test func folderThatIsNotThereOrNotAFolderSaysWhich() throws {
        let folder = try Folder(["report.mustache": "<p>page</p>"])
        let cases = [(folder.path + "/nothing", "no such folder"), (folder.path + "/report.mustache", "not a folder")]
        for (path, detail) in cases {
            do {
                _ = try TemplateSet.load(directory: path)
                Issue.record("\(path) loaded")
            } catch {
                guard case let .templateFolderUnreadable(named, said) = error.reason else { Issue.record("\(error)"); continue }
                #expect(named == path && said == detail)
                #expect(error.description.contains("cannot read the templates folder \(path): \(detail)"))
                #expect(error.isInputOutputFailure)
            }
        }
    }

    /// A folder or a FIFO named `NAME.mustache` is refused without being opened (a FIFO would
    /// block the run until some process wrote to it).
    @Test(arguments: [false, true])
    func templateThatIsNotARegularFileIsRefusedNamingIt(isFIFO: Bool) throws {
        let folder = try Folder(["report.mustache": "<p>page</p>"])
        if isFIFO {
            #expect(mkfifo(folder.path + "/odd.mustache", 0o644) == 0)
        } else {
            try FileManager.default.createDirectory(atPath: folder.path + "/odd.mustache", withIntermediateDirectories: false)
        }
        let error = try #require(folder.loadError())
        guard case let .templateUnreadable(path, detail) = error.reason else { Issue.record("\(error)"); return }
        #expect(path == folder.path + "/odd.mustache" && detail == "not a file")
    }

    // MARK: Before any work

    /// The pipeline checks the templates first: a run with a million Monte Carlo paths and a
    /// templates folder that includes itself fails before its first step, and does not create
    /// its output folder.
    @Test func badTemplatesAreFoundBeforeTheSimulationAndTheOutputFolder() throws {
        let folder = try Folder(["report.mustache": "<p>{{> report}}</p>"])
        let output = folder.path + "/out"
        let pipeline = ReportPipeline(
            scenario: ValidationCase.quantLib.scenario, model: BlackScholesModel(),
            settings: ReportSettings(ticker: "T", latticeSteps: 20, intervalLabel: "1d", command: "hedge-report"),
            templatesDirectory: folder.path, outputDirectory: output,
            monteCarlo: .init(paths: 1_000_000, sweep: [4, 8], realizedVolatilities: [0.2])
        )
        var steps = [String]()
        do {
            _ = try pipeline.run(progress: { steps.append($0) })
            Issue.record("the run succeeded")
        } catch {
            guard case .templateCycle = error.reason else { Issue.record("\(error)"); return }
            #expect(error.step == "templates")
        }
        #expect(steps.isEmpty, "steps run before the refusal: \(steps)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    // MARK: The scanner against swift-mustache

    /// The partials the scanner finds are those swift-mustache renders, in order, over a few
    /// hundred random templates mixing partial tags with spaces, variables, triple mustaches,
    /// comments, delimiter changes and nested sections (all of which render, so every partial
    /// tag shows in the page). The partials render as markers `«NAME»`.
    @Test func scannerFindsThePartialsSwiftMustacheRenders() throws {
        let names = ["a", "b-1", "c.d", "e_f"]
        var library = MustacheLibrary()
        for name in names { try library.register("«\(name)»", named: name) }
        var random = SplitMix64(seed: 13)
        var parsed = 0
        for _ in 0 ..< 400 {
            let text = RandomTemplate(names: names).make(using: &random)
            guard let template = try? MustacheTemplate(string: text) else { continue }
            parsed += 1
            var rendering = library
            rendering.register(template, named: "t")
            let page = rendering.render(["yes": true, "x": "{{> a}}"], withTemplate: "t") ?? ""
            let rendered = page.split(separator: "«", omittingEmptySubsequences: false).dropFirst().map { String($0.prefix { $0 != "»" }) }
            let scanned = TemplateSet.partialReferences(in: text).map(\.name)
            #expect(scanned == rendered, "\(text.debugDescription)")
        }
        #expect(parsed >= 360, "only \(parsed) of 400 random templates parsed")
    }
}

/// Random template text over a few partial names; see ``TemplateSetTests/scannerFindsThePartialsSwiftMustacheRenders()``.
private struct RandomTemplate {
    var names: [String]

    func make(using random: inout SplitMix64) -> String {
        var delimiters = ("{{", "}}")
        return pieces(depth: 0, delimiters: &delimiters, using: &random)
    }

    /// Pieces in the current delimiters; a delimiter change lasts to the end of its section,
    /// as in swift-mustache.
    private func pieces(depth: Int, delimiters: inout (String, String), using random: inout SplitMix64) -> String {
        var text = ""
        for _ in 0 ..< random.next(upTo: 7) {
            let (open, close) = delimiters
            let space = [" ", "", "  ", "\n", "\t"][random.next(upTo: 5)]
            let name = names[random.next(upTo: names.count)]
            switch random.next(upTo: 10) {
            case 0: text += "\(open)>\(space)\(name)\(space)\(close)"
            case 1: text += "\n  \(open)> \(name)\(close)\n"
            case 2: text += "\(open)title\(close) \(open){title}\(close) \(open)& x \(close)"
            case 3: text += "\(open)! \(open)> \(name)\(close)"
            case 4:
                let new = [("<%", "%>"), ("[[", "]]"), ("{{", "}}"), ("||", "||")][random.next(upTo: 4)]
                text += "\(open)=\(new.0) \(new.1)=\(close)"
                delimiters = new
            case 5 where depth < 3:
                let (section, inverted) = random.next(upTo: 2) == 0 ? ("yes", "#") : ("no", "^")
                var inner = delimiters
                text += "\(open)\(inverted)\(section)\(close)"
                text += pieces(depth: depth + 1, delimiters: &inner, using: &random)
                text += "\(inner.0)/\(section)\(inner.1)"
            case 6 where open.count > 1: text += "\(open.prefix(1)) > \(name) "
            default: text += ["text ", "\n", "} ", "a > b ", "{ }"][random.next(upTo: 5)]
            }
        }
        return text
    }
}

/// A small seeded generator, so the random templates are the same on every run.
private struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
