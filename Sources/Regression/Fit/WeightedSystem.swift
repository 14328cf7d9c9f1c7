import LinearAlgebra

/// The least-squares system actually solved: rows scaled by `√wᵢ` for weighted least
/// squares, and for ridge the extra rows `√λ·eⱼᵀ` (response 0) for every penalized column.
struct WeightedSystem {
    let matrix: Matrix
    let lowOrderPart: Matrix?
    let response: [Double]
    /// `√wᵢ` per observation; `nil` without weights.
    let rootWeights: [Double]?
    /// Number of real observations (the first rows of the system).
    let observations: Int

    init(design: Design, response: [Double], weights: [Double]?, ridge: Double?) {
        let n = design.matrix.rows, p = design.matrix.columns
        let roots = weights?.map { $0.squareRoot() }
        if weights == nil && ridge == nil {
            // Ordinary least squares solves the design as it is (no copy).
            matrix = design.matrix
            lowOrderPart = design.lowOrderPart
            self.response = response
            rootWeights = roots
            observations = n
            return
        }
        let penalized = ridge.map { _ in (design.hasIntercept ? 1 : 0)..<p } ?? 0..<0
        let rows = n + penalized.count
        var x = Matrix(rows: rows, columns: p)
        var low: Matrix? = design.lowOrderPart.map { _ in Matrix(rows: rows, columns: p) }
        for j in 0..<p {
            for i in 0..<n {
                let root = roots?[i] ?? 1
                x[i, j] = design.matrix[i, j] * root
                if let source = design.lowOrderPart { low![i, j] = source[i, j] * root }
            }
        }
        let penalty = (ridge ?? 0).squareRoot()
        for (offset, j) in penalized.enumerated() { x[n + offset, j] = penalty }
        matrix = x
        lowOrderPart = low
        self.response = (roots.map { zip(response, $0).map { $0 * $1 } } ?? response)
            + Array(repeating: 0, count: penalized.count)
        rootWeights = roots
        observations = n
    }
}
