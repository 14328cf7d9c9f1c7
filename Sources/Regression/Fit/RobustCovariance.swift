import LinearAlgebra

/// Heteroscedasticity-consistent ("sandwich") covariance estimators HC0–HC3:
/// `B·(Xᵀ diag(ωᵢ) X)·B` with `B = (XᵀX)⁻¹` and `ωᵢ` from the residuals and leverages.
enum RobustCovariance {
    static func matrix(_ kind: CovarianceType, bread: Matrix, design: Matrix, residuals: [Double],
                       degreesOfFreedom: Double) throws -> Matrix {
        let n = design.rows
        let leverage = kind == .hc2 || kind == .hc3 ? try Leverage.values(design: design, bread: bread) : []
        let certain = leverage.indices.filter { leverage[$0] > 1 - 1e-9 }
        if !certain.isEmpty {
            throw RegressionError.leverageOne(covariance: kind.rawValue.uppercased(), source: nil, observations: certain.map { $0 + 1 })
        }
        let omega: [Double] = (0..<n).map { i in
            let e2 = residuals[i] * residuals[i]
            switch kind {
            case .hc2: return e2 / (1 - leverage[i])
            case .hc3: return e2 / ((1 - leverage[i]) * (1 - leverage[i]))
            default: return e2
            }
        }
        let meat = try Matrix.rowsScaled(design, by: omega.map { $0.squareRoot() }).gram()
        var sandwich = try bread.multiplied(by: meat).multiplied(by: bread)
        if kind == .hc1 { sandwich = sandwich.scaled(by: Double(n) / degreesOfFreedom) }
        return sandwich
    }
}

/// Leverages `hᵢ = xᵢᵀ B xᵢ`, the diagonal of the hat matrix `X B Xᵀ`.
enum Leverage {
    static func values(design: Matrix, bread: Matrix) throws -> [Double] {
        let product = try design.multiplied(by: bread)
        return (0..<design.rows).map { i in
            (0..<design.columns).reduce(0) { $0 + product[i, $1] * design[i, $1] }
        }
    }
}
