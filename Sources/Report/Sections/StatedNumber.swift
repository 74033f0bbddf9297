/// A number the report states, kept as the number: the page writes it in its ``Style`` (one
/// formatter, ``NumberFormat``), and `summary.json` encodes the number itself. So a section's
/// table row and its `summary.json` fragment are one typed value, not a row of text beside a
/// row of numbers that restate the same analysis.
///
/// Templates read it as text (`{{std}}` renders ``description``); ``TemplateContext``
/// leaves it whole rather than reflecting its fields.
struct StatedNumber: Sendable, Encodable, CustomStringConvertible {
    /// How the page writes the number.
    enum Style: Sendable {
        /// `$1,234.50` (``NumberFormat/money(_:decimals:)``).
        case money(decimals: Int)
        /// `+⁠$12.30`, `−⁠$4.20` (``NumberFormat/signedMoney(_:decimals:)``).
        case signedMoney(decimals: Int)
        /// `1,234.5000` (``NumberFormat/number(_:decimals:)``).
        case number(decimals: Int)
        /// `+0.0123` (``NumberFormat/signed(_:decimals:)``).
        case signed(decimals: Int)
    }

    /// The value in the units its key names (USD for the whole position, shares, …).
    var value: Double
    var style: Style

    init(_ value: Double, _ style: Style) {
        self.value = value
        self.style = style
    }

    /// The figure as the page shows it.
    var description: String {
        switch style {
        case let .money(decimals): NumberFormat.money(value, decimals: decimals)
        case let .signedMoney(decimals): NumberFormat.signedMoney(value, decimals: decimals)
        case let .number(decimals): NumberFormat.number(value, decimals: decimals)
        case let .signed(decimals): NumberFormat.signed(value, decimals: decimals)
        }
    }

    /// The number alone, as `summary.json` has always written it.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
