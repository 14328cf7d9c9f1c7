import Foundation
import LinearAlgebra

/// Per-observation influence diagnostics of a fit.
public struct Influence: Sendable {
    /// Leverages `hᵢ`, the diagonal of the hat matrix.
    public let leverage: [Double]
    /// Internally studentized residuals `eᵢ / (σ√(1 − hᵢ))`.
    public let studentizedInternal: [Double]
    /// Externally studentized residuals, with `σ₍ᵢ₎` from the fit without observation `i`.
    public let studentizedExternal: [Double]
    /// Cook's distances `rᵢ² hᵢ / ((1 − hᵢ) p)` with `rᵢ` internally studentized.
    public let cooksDistance: [Double]
}

extension RegressionResult {
    /// Leverage, studentized residuals and Cook's distance for every observation.
    public func influence() throws -> Influence {
        let h = try Leverage.values(design: weightedDesign, bread: bread)
        let p = Double(design.matrix.columns)
        let df = residualDegreesOfFreedom
        var internalResiduals: [Double] = [], external: [Double] = [], cooks: [Double] = []
        for (e, hi) in zip(weightedResiduals, h) {
            let r = e / (sigma * (1 - hi).squareRoot())
            internalResiduals.append(r)
            let deletedVariance = (residualSumOfSquares - e * e / (1 - hi)) / (df - 1)
            external.append(e / (deletedVariance * (1 - hi)).squareRoot())
            cooks.append(r * r * hi / ((1 - hi) * p))
        }
        return Influence(leverage: h, studentizedInternal: internalResiduals, studentizedExternal: external,
                         cooksDistance: cooks)
    }

    /// Variance inflation factors of every column but the intercept, on the unweighted design:
    /// `VIFⱼ = 1/(1 − R²ⱼ)` with `R²ⱼ` from regressing column `j` on the others (centred when
    /// the model has an intercept), computed as `[(XᵀX)⁻¹]ⱼⱼ · TSSⱼ`.
    public func varianceInflationFactors() throws -> [(term: String, value: Double)] {
        let x = design.matrix
        let n = x.rows
        let inverse: Matrix
        if weights == nil && options.ridge == nil {
            inverse = bread
        } else {
            inverse = try LeastSquares.solve(x, lowOrderPart: design.lowOrderPart, Array(repeating: 0, count: n),
                                             options: .init(precision: .double)).unscaledCovariance
        }
        let first = design.hasIntercept ? 1 : 0
        return (first..<x.columns).map { j in
            let tss = SumsOfSquares.total(x.column(j), weights: nil, centred: design.hasIntercept)
            return (design.columnNames[j], inverse[j, j] * tss)
        }
    }
}
