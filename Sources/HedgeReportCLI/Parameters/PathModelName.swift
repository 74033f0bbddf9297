/// The path models a user can name; a price file is chosen with `--prices`.
enum PathModelName: String, CaseIterable, Sendable {
    case gbm
    case binomial
    case merton
    case heston
}
