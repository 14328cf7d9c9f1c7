import Tabular

/// Which rows of a table enter a model: those with a value in every column the formula
/// (and the weights) read — listwise deletion, as R's `na.omit` and statsmodels' default do.
enum ModelRows {
    static func complete(in data: Table, formula: Formula, categorical: Set<Factor>, extra: [String]) throws -> [Int] {
        let textVariables = Set(categorical.compactMap { factor -> String? in
            if case .variable(let name) = factor.expression { return name }
            return nil
        })
        var keep = [Bool](repeating: true, count: data.rowCount)
        for name in formula.variables + extra {
            if textVariables.contains(name) {
                for (row, value) in try data.textColumn(name).enumerated() where value == nil { keep[row] = false }
            } else {
                for (row, value) in try data.numericColumn(name).enumerated() where value == nil { keep[row] = false }
            }
        }
        return keep.indices.filter { keep[$0] }
    }
}
