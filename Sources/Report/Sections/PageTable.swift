/// A table of the page: its columns, declared once beside the figures that fill them, and its
/// rows of cells, all rendered by the one `table` partial (`templates/table.mustache`) as
/// `<div class="scroll"><table class="…"><thead>…</thead><tbody>…</tbody></table></div>`.
///
/// A section holds its tables as properties (an Optional one nil when the run has no such
/// table) and its partial places each with `{{#sweep}}{{> table}}{{/sweep}}`. A cell is text,
/// HTML-escaped by the template like every other value; a column's heading is the code's own
/// words, escaped here for `&`, `<` and `>` only, as the page has always written it (`Std's`,
/// not the engine's `Std&#39;s`).
struct PageTable: Sendable {
    /// How a column writes its heading and its cells.
    enum Kind: Sendable {
        /// Text, left-aligned.
        case text
        /// A number, right-aligned in tabular figures (`class="num"`, on its heading too).
        case number
        /// A name the reader can type, an estimator's or a rule's: `<code>`.
        case code
        /// A parameter's value as given, left-aligned in tabular figures (`class="value"`).
        case value
        /// The row's name, a header cell (`<th scope="row">`).
        case rowHeader
    }

    /// A column: its heading, with the unit, and the kind of its cells.
    struct Column: Sendable {
        /// The heading as the page writes it, HTML-escaped.
        private(set) var heading: String
        private(set) var kind: Kind
        /// Whether the heading is a number column's, for the template.
        private(set) var isNumber: Bool

        init(_ heading: String, _ kind: Kind = .text) {
            self.heading = heading.reduce(into: "") { escaped, character in
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                default: escaped.append(character)
                }
            }
            self.kind = kind
            isNumber = kind == .number
        }
    }

    /// One cell as the template writes it, in its column's kind.
    struct Cell: Sendable {
        var text: String
        private(set) var isNumber: Bool
        private(set) var isCode: Bool
        private(set) var isValue: Bool
        private(set) var isRowHeader: Bool

        init(_ text: String, _ kind: Kind = .text) {
            self.text = text
            isNumber = kind == .number
            isCode = kind == .code
            isValue = kind == .value
            isRowHeader = kind == .rowHeader
        }
    }

    /// A row of cells, in column order, or the line that stands for rows the page leaves out
    /// (``LedgerExcerpt``), across every column.
    struct Row: Sendable {
        /// How a row stands out from the others.
        enum Marking: Sendable {
            /// The total below the rows it sums (`class="total"`).
            case total
            /// The date an American option was exercised early (`class="exercised"`, with a ✱
            /// after its first cell).
            case exercised
        }

        /// The row's cells, in column order; none on a gap.
        fileprivate(set) var cells: [Cell]
        /// The line standing for the rows left out; nil on a row of cells.
        private(set) var gap: String?
        private(set) var isTotal = false
        private(set) var isExercised = false

        init(_ texts: [String], marking: Marking? = nil) {
            cells = texts.map { Cell($0) }
            isTotal = marking == .total
            isExercised = marking == .exercised
            if isExercised, !cells.isEmpty { cells[0].text += " ✱" }
        }

        /// The line standing for rows the page leaves out.
        static func gap(_ text: String) -> Row {
            var row = Row([])
            row.gap = text
            return row
        }
    }

    /// The table's `class`, which the page's style sheet reads; nil for none.
    private(set) var tableClass: String?
    /// Whether the table may break out of the text column (`<div class="scroll wide">`).
    private(set) var isWide: Bool
    private(set) var columns: [Column]
    private(set) var rows: [Row]
    /// How many columns a gap's line spans.
    private(set) var columnCount: Int

    /// A table of `columns` and `rows`, each row's texts in column order.
    init(_ tableClass: String?, wide: Bool = false, columns: [Column], rows: [Row]) {
        self.tableClass = tableClass
        isWide = wide
        self.columns = columns
        columnCount = columns.count
        self.rows = rows.map { row in
            precondition(row.gap != nil || row.cells.count == columns.count, "a row of \(row.cells.count) cells in a table of \(columns.count) columns")
            var row = row
            row.cells = zip(row.cells, columns).map { Cell($0.text, $1.kind) }
            return row
        }
    }

    /// The cells of every row that is not a gap, as text in column order.
    var texts: [[String]] {
        rows.filter { $0.gap == nil }.map { $0.cells.map(\.text) }
    }
}
