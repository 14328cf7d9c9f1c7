/// How a term becomes columns: the term's factors, and for each categorical factor whether it
/// is coded with contrasts (treatment: one column per non-reference level, `[T.level]`) or
/// in full (one column per level, `[level]`).
struct TermCoding: Sendable {
    enum Coding: Sendable { case numeric, contrast([String]), full([String]) }

    let term: Term
    let codings: [Coding]

    /// Column names, the first factor varying fastest (as patsy orders them).
    var columnNames: [String] {
        var names = [""]
        for (index, (factor, coding)) in zip(term.factors, codings).enumerated() {
            let labels: [String]
            switch coding {
            case .numeric: labels = [factor.name]
            case .contrast(let levels): labels = levels.dropFirst().map { "\(factor.name)[T.\($0)]" }
            case .full(let levels): labels = levels.map { "\(factor.name)[\($0)]" }
            }
            var next: [String] = []
            for label in labels { for prefix in names { next.append(index == 0 ? label : prefix + ":" + label) } }
            names = next
        }
        return names
    }

    /// Orders terms as patsy does: terms without numeric factors first, then groups of terms
    /// sharing the same set of numeric factors in order of first appearance; within a group by
    /// number of factors, then as written.
    static func patsyOrder(_ terms: [Term], isNumeric: (Factor) -> Bool) -> [Term] {
        var groups: [Set<Factor>] = [[]]
        for term in terms {
            let numeric = Set(term.factors.filter(isNumeric))
            if !groups.contains(numeric) { groups.append(numeric) }
        }
        return groups.flatMap { group in
            terms.enumerated()
                .filter { Set($0.element.factors.filter(isNumeric)) == group }
                .sorted { ($0.element.factors.count, $0.offset) < ($1.element.factors.count, $1.offset) }
                .map(\.element)
        }
    }

    /// Codes the categorical factors of each term, in column order: a factor gets contrasts
    /// when the term without it is already spanned by earlier columns (the intercept spans the
    /// empty term), full coding otherwise — after which that margin counts as spanned. This
    /// keeps the design free of redundancy by construction, as patsy does.
    static func codings(for terms: [Term], intercept: Bool, isNumeric: (Factor) -> Bool,
                        levels: [String: [String]]) -> [TermCoding] {
        var spanned: Set<Set<Factor>> = intercept ? [[]] : []
        return terms.map { term in
            let codings = term.factors.map { factor -> Coding in
                if isNumeric(factor) { return .numeric }
                let margin = Set(term.factors).subtracting([factor])
                let levelList = levels[factor.name] ?? []
                if spanned.contains(margin) { return .contrast(levelList) }
                spanned.insert(margin)
                return .full(levelList)
            }
            spanned.insert(Set(term.factors))
            return TermCoding(term: term, codings: codings)
        }
    }
}
