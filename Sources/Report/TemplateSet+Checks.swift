extension TemplateSet {
    /// A template as loaded: its name (the file name without `.mustache`), the path messages
    /// name, and the partial tags it contains.
    struct Source {
        var name: String
        var path: String
        var partials: [PartialReference]
    }

    /// Checks that every partial of every template is in the set and that no template includes
    /// itself, directly or through others; swift-mustache would render a missing partial as
    /// nothing and recurse without end into a cycle (a stack overflow).
    ///
    /// The check is static and so conservative: a partial counts wherever it stands, also in a
    /// section the model never renders (`{{#never}}{{> report}}{{/never}}` in `report.mustache`
    /// is refused), and a dynamic partial `{{>*NAME}}`, whose template the model names at render
    /// time, is refused since neither can be ruled out for it. Templates are visited in name
    /// order, the page first, so the same set always gives the same message.
    ///
    /// - Parameter folder: The folder the set was loaded from, as messages name it.
    /// - Throws: ``ReportError`` naming the file, its line and the partial, or the cycle.
    static func checkPartials(of sources: [Source], folder: String) throws(ReportError) {
        let byName = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for source in sources {
            for partial in source.partials {
                if partial.isDynamic {
                    throw ReportError(step: "templates", .templateDynamicPartial(path: source.path, line: partial.line, name: partial.name))
                }
                if byName[partial.name] == nil {
                    throw ReportError(step: "templates", .templatePartialMissing(
                        path: source.path, line: partial.line, partial: partial.name, folder: folder
                    ))
                }
            }
        }
        // Depth-first search; a partial that leads back to a template on the current chain
        // closes a cycle.
        var finished = Set<String>()
        var chain = [String]()
        func visit(_ name: String) throws(ReportError) {
            if let first = chain.firstIndex(of: name) {
                let cycle = Array(chain[first...]) + [name]
                throw ReportError(step: "templates", .templateCycle(path: byName[name]!.path, cycle: cycle))
            }
            guard !finished.contains(name), let source = byName[name] else { return }
            chain.append(name)
            for partial in source.partials { try visit(partial.name) }
            chain.removeLast()
            finished.insert(name)
        }
        let order = sources.map(\.name).sorted { ($0 == pageName ? 0 : 1, $0) < ($1 == pageName ? 0 : 1, $1) }
        for name in order { try visit(name) }
    }
}
