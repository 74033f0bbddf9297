import Analytics
import Foundation

extension SummaryDocument {
    /// `degenerate` as DESIGN.md §4 writes it: `{reason, value}`, or null when the run has
    /// something to hedge. A wrapper, so the synthesized encoding writes the key either way
    /// (an Optional property would leave it out) without a hand-written list of every key.
    struct NullableDegenerate: Encodable {
        var value: Degenerate?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }
}
