extension Book {
    /// The earliest expiry among the book's option legs, years; nil for a book of shares only.
    /// Whalley–Wilmott's discount factor e^{−r(T−t)} takes it as the book's T.
    public var nearestExpiry: Double? {
        legs.map(\.contract.expiry).min()
    }
}
