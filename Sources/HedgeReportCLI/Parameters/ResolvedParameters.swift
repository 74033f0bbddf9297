import Report

/// The value of every parameter a run used, with the text that reproduces it; from these and
/// the descriptors come the regenerating command, the report's parameter table and
/// `summary.json.parameters`.
struct ResolvedParameters: Sendable {
    struct Entry: Sendable, Hashable {
        var value: ParameterValue
        /// The text the regenerating command gives the flag; nil leaves it out.
        var written: String?
        /// False when the report's table leaves the row out (it does not apply to the run).
        var isShown = true
    }

    private(set) var entries: [ParameterKey: Entry] = [:]

    subscript(key: ParameterKey) -> Entry? {
        entries[key]
    }

    /// Records `value`, written for the command as its shortest text.
    mutating func record(_ key: ParameterKey, _ value: ParameterValue) {
        entries[key] = Entry(value: value, written: Self.written(value))
    }

    /// Records `value`, written for the command as `written` (nil leaves it out).
    mutating func record(_ key: ParameterKey, _ value: ParameterValue, written: String?) {
        entries[key] = Entry(value: value, written: written)
    }

    mutating func leaveOutOfCommand(_ key: ParameterKey) {
        entries[key]?.written = nil
    }

    mutating func hideFromTable(_ key: ParameterKey) {
        entries[key]?.isShown = false
    }

    /// The command that regenerates the run: every recorded value as its flag, in the table's
    /// order, quoted for a POSIX shell.
    func command(_ subcommand: String) -> String {
        var arguments = ["hedge-report", subcommand]
        for descriptor in ParameterDescriptor.table {
            guard let entry = entries[descriptor.key], let written = entry.written else { continue }
            if case .flag = descriptor.kind {
                if entry.value == .flag(true) { arguments.append(descriptor.key.flag) }
            } else if case .specs = descriptor.kind, case let .list(items) = entry.value {
                for item in items { arguments += [descriptor.key.flag, item] }
            } else {
                arguments += [descriptor.key.flag, written]
            }
        }
        return ShellQuoting.command(arguments)
    }

    /// The entries for the report, in the table's order.
    var reportParameters: [ReportSettings.Parameter] {
        ParameterDescriptor.table.compactMap { descriptor in
            guard let entry = entries[descriptor.key] else { return nil }
            return ReportSettings.Parameter(
                flag: descriptor.key.flag,
                label: entry.isShown ? descriptor.label : nil,
                shown: Self.shown(entry.value, descriptor.display, written: entry.written),
                unit: descriptor.unit,
                summaryKey: descriptor.summaryKey,
                value: entry.value
            )
        }
    }

    /// The shortest text that reads back as `value`.
    static func written(_ value: ParameterValue) -> String {
        switch value {
        case let .number(number): ParameterDescriptor.written(number)
        case let .integer(number): String(number)
        case let .text(text): text
        case let .list(items): items.joined(separator: ",")
        case let .flag(on): String(on)
        }
    }

    /// The table's text of `value`: a number as typed (`written`, when it reads back as the
    /// value and has at most 12 significant digits), a number the run derived to 6 significant
    /// digits (not 0.36677728013795996), and a minus sign, not a hyphen, before a negative one.
    private static func shown(_ value: ParameterValue, _ display: ParameterDescriptor.Display, written text: String?) -> String {
        switch (value, display) {
        case let (.number(number), .percent(decimals)): NumberFormat.percent(number, decimals: decimals)
        case let (.number(number), _):
            shownNumber(number, written: text)
        case let (.list(items), .written) where items.contains(where: { $0.contains(",") }): items.joined(separator: "; ")
        case let (.list(items), _): items.joined(separator: ", ")
        case let (.flag(on), _): on ? "yes" : "no"
        default: written(value)
        }
    }

    private static func shownNumber(_ number: Double, written: String?) -> String {
        let typed = written.flatMap { Double($0) == number ? $0 : nil } ?? ParameterDescriptor.written(number)
        let digits = typed.prefix { $0 != "e" && $0 != "E" }.filter(\.isNumber).drop { $0 == "0" }.count
        let text = digits <= 12 ? typed : ParameterDescriptor.rounded(number, significantDigits: 6)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
