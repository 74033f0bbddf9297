import Foundation

/// One `--vary KEY=V1,V2[,…]` of `hedge-report compare`: a parameter of the descriptor table
/// (``ParameterKey``, by its flag name without dashes) and the values it takes, each as its flag
/// would read it. Within one value `;` stands for `,` (a `--hedge-with`, `--leg`, `--sweep` or
/// `--estimators` value: `hedge-with=none,type=call;strike=270`); `none` for `hedge-with` or
/// `leg` leaves the parameter out.
struct VarySpec: Sendable, Hashable {
    var key: ParameterKey
    /// Each value as written (with `;` for `,`), in order.
    var written: [String]

    /// Parameters a comparison holds fixed: every scenario shares the seed and the paths (the
    /// pairing needs them), and where and how the output is written.
    static let fixed: [ParameterKey: String] = [
        .seed: "every scenario shares the seed (common random numbers); run compare again with another --seed instead",
        .paths: "every scenario hedges the same paths; give --paths once",
        .output: "the scenarios' folders are named inside --output",
        .quiet: "it is not a parameter of the scenario", .open: "it is not a parameter of the scenario",
        .templates: "it is not a parameter of the scenario", .png: "it is not a parameter of the scenario",
    ]

    /// Reads `KEY=V1,V2[,…]`, refusing a missing `=`, an unknown or fixed key (with the nearest
    /// name), fewer than two values, an empty value and a repeated one.
    init(parsing text: String) throws(ParameterError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw Self.invalid(text, "expected KEY=V1,V2[,…] (e.g. --vary interval=1d,1w), got no '='")
        }
        let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let keyName = name.hasPrefix("--") ? String(name.dropFirst(2)) : name
        guard let key = ParameterKey(rawValue: keyName) ?? ParameterKey(configKey: keyName) else {
            let names = ParameterKey.allCases.map(\.rawValue)
            let hint = NearestName.nearest(to: keyName, among: names).map { "did you mean '\($0)'?" }
                ?? "any flag of 'hedge-report help report' without its dashes, e.g. interval, cost-bps, realized-vol"
            throw Self.invalid(text, "unknown parameter '\(keyName)'; \(hint)")
        }
        if let reason = Self.fixed[key] {
            throw Self.invalid(text, "'\(key.rawValue)' cannot vary: \(reason)")
        }
        let values = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if let empty = values.firstIndex(where: \.isEmpty) {
            throw Self.invalid(text, "value \(empty + 1) is empty; write the values between commas, e.g. \(key.rawValue)=A,B")
        }
        guard values.count >= 2 else {
            throw Self.invalid(text, "only one value (\(values.first ?? "")); a comparison needs at least two, e.g. \(key.rawValue)=\(values.first ?? "A"),B")
        }
        var seen = Set<String>()
        for value in values where !seen.insert(value).inserted {
            throw Self.invalid(text, "the value '\(value)' is given twice")
        }
        self.key = key
        written = values
    }

    /// The values as a ``ParameterSet`` holds them: nil to leave the parameter out.
    var values: [ParameterSet.Value?] {
        written.map { value in
            let text = value.replacingOccurrences(of: ";", with: ",")
            switch key {
            case .hedgeWith, .leg:
                return value == "none" ? nil : .list([text])
            default:
                return .written(text)
            }
        }
    }

    /// `interval-1w`: a folder name for one value (letters, digits, `.`, `-`, `_` only).
    func folderName(_ index: Int) -> String {
        Self.folderSafe("\(key.rawValue)-\(written[index])")
    }

    static func folderSafe(_ text: String) -> String {
        var name = String(text.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "-" })
        while name.contains("--") { name = name.replacingOccurrences(of: "--", with: "-") }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return name.isEmpty ? "scenario" : name
    }

    static func invalid(_ text: String, _ message: String) -> ParameterError {
        ParameterError(.invalid("--vary \(text.shown): \(message)"))
    }
}
