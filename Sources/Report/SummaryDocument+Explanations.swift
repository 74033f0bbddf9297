import Analytics
import Foundation

extension SummaryDocument {
    /// The keys of `summary.json`, `degenerate` written even when null (DESIGN.md §4:
    /// `{reason, value}` or null).
    enum CodingKeys: String, CodingKey {
        case tool, parameters, units, valuation, position, optionHedges, hedges, textbook, path, monteCarlo, assumptions
        case wrongInformation, explanations, degenerate, lesson
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tool, forKey: .tool)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(units, forKey: .units)
        try container.encode(valuation, forKey: .valuation)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encodeIfPresent(optionHedges, forKey: .optionHedges)
        try container.encode(hedges, forKey: .hedges)
        try container.encode(textbook, forKey: .textbook)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(monteCarlo, forKey: .monteCarlo)
        try container.encodeIfPresent(assumptions, forKey: .assumptions)
        try container.encodeIfPresent(wrongInformation, forKey: .wrongInformation)
        try container.encode(explanations, forKey: .explanations)
        try container.encode(degenerate, forKey: .degenerate)
        try container.encodeIfPresent(lesson, forKey: .lesson)
    }
}
