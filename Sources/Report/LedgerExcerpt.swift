/// Which rows of a ledger the page shows: every row of a short ledger; of a long one the first
/// and last ``edgeRows`` and the rows a caption points at (an early exercise, the largest
/// residual), with a line in place of each run of rows left out. `ledger.csv` keeps every row.
///
/// A minute-by-minute run to expiry has over 20,000 dates; inlined, its two ledgers alone
/// made a 20 MB page that took seconds to render and more to open. No reader scrolls through
/// them: the start, the end and the rows the text names are what the page is for.
struct LedgerExcerpt: Sendable {
    /// One line of the excerpt.
    enum Entry: Sendable, Hashable {
        /// The ledger's row at this index.
        case row(Int)
        /// Rows `first` … `last` (indices) left out.
        case gap(first: Int, last: Int)
    }

    /// Ledgers up to this many rows are shown whole.
    static let maximumWholeRows = 250
    /// Rows kept at each end of a longer ledger.
    static let edgeRows = 100

    var entries: [Entry]

    /// The excerpt of a ledger of `count` rows that keeps the indices in `notable` too.
    init(count: Int, keeping notable: [Int] = []) {
        guard count > Self.maximumWholeRows else {
            entries = (0..<count).map(Entry.row)
            return
        }
        var kept = Set(0..<Self.edgeRows).union((count - Self.edgeRows)..<count)
        kept.formUnion(notable.filter { (0..<count).contains($0) })
        var entries = [Entry]()
        var previous = -1
        for index in kept.sorted() {
            if index > previous + 1 { entries.append(.gap(first: previous + 1, last: index - 1)) }
            entries.append(.row(index))
            previous = index
        }
        self.entries = entries
    }

    /// Whether rows were left out.
    var isFolded: Bool {
        entries.contains { if case .gap = $0 { true } else { false } }
    }

    /// The page's lines, for a ledger whose row at index i is step `steps(i)`: `row(i)` for each
    /// row kept, and `gap(text)` for each run of rows left out, `text` from
    /// ``gapText(first:last:steps:)``.
    func lines<Line>(steps: (Int) -> Int, row: (Int) -> Line, gap: (String) -> Line) -> [Line] {
        entries.map { entry in
            switch entry {
            case let .row(index): row(index)
            case let .gap(first, last): gap(Self.gapText(first: first, last: last, steps: steps))
            }
        }
    }

    /// The line standing for rows `first` … `last` of `steps`, e.g. "⋯ 20,408 rows, steps 100 to
    /// 20,507, are left out here; ledger.csv has every row."
    static func gapText(first: Int, last: Int, steps: (Int) -> Int) -> String {
        let count = last - first + 1
        let span = count == 1 ? "step \(NumberFormat.number(Double(steps(first)), decimals: 0)), is"
            : "steps \(NumberFormat.number(Double(steps(first)), decimals: 0)) to \(NumberFormat.number(Double(steps(last)), decimals: 0)), are"
        return "⋯ \(NumberFormat.number(Double(count), decimals: 0)) row\(count == 1 ? "" : "s"), \(span) left out here; ledger.csv has every row."
    }
}
