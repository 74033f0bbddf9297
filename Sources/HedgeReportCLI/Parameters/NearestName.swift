/// "Did you mean …?": the allowed name nearest a misspelt one.
enum NearestName {
    /// The candidate at the smallest edit distance from `name` (insertions, deletions,
    /// substitutions and swaps of two neighbours, each counting 1; case ignored), when that
    /// distance is small enough to be a typo: at most 1 for names of up to 4 characters, 2 up
    /// to 8, 3 beyond. Nil when none is that near; the first candidate wins a tie.
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let typed = Array(name.lowercased())
        let allowed = typed.count <= 4 ? 1 : (typed.count <= 8 ? 2 : 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one
    /// substring), in O(|a|·|b|) time.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
