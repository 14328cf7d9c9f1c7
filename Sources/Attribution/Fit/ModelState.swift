/// One fitted model: a point of the hyperparameter box and the coefficients fitted there,
/// with what follows from them per channel. The point estimate is one; each bootstrap
/// refit is another.
struct ModelState: Sendable {
    /// The point in the unit cube.
    let point: [Double]
    /// Baseline coefficients then channel coefficients, in KPI units.
    let coefficients: [Double]
    /// Per fitted channel, its carry-over and saturation in spend units.
    let transforms: [(adstock: Adstock, saturation: Saturation)]
    /// Per fitted channel, its weekly contribution in KPI units.
    let weekly: [[Double]]

    /// The state at `point` with `scaledCoefficients` (on sales ÷ `kpiScale`).
    init(point: [Double], scaledCoefficients: [Double], features: [[Double]], baselineCount: Int,
         kpiScale: Double, spendScales: [Double], space: HyperparameterSpace, maxLag: Int, normalized: Bool) {
        self.point = point
        coefficients = scaledCoefficients.map { $0 * kpiScale }
        let coefficients = self.coefficients
        transforms = point.withUnsafeBufferPointer { u in
            spendScales.indices.map { c in
                let (a1, a2) = space.adstockParameters(u, channel: c)
                let (s1, s2) = space.saturationParameters(u, channel: c)
                let adstock = Adstock(kind: space.adstock, first: a1, second: a2, maxLag: maxLag, normalized: normalized)
                let saturation: Saturation = space.saturation == .logistic
                    ? .logistic(lambda: s1 / spendScales[c])
                    : .hill(halfSaturation: s1 * spendScales[c], shape: s2)
                return (adstock, saturation)
            }
        }
        weekly = features.enumerated().map { c, column in
            let beta = coefficients[baselineCount + c]
            return column.map { beta * $0 }
        }
    }

    /// The channel coefficient of fitted channel `c`.
    func beta(_ c: Int, baselineCount: Int) -> Double { coefficients[baselineCount + c] }

    /// Total contribution of fitted channel `c` had its weekly spend been `spend` scaled by
    /// `multiplier`.
    func response(_ c: Int, spend: [Double], multiplier: Double, baselineCount: Int) -> Double {
        let (adstock, saturation) = transforms[c]
        let carried = adstock.apply(spend.map { $0 * multiplier })
        var total = 0.0
        for x in carried { total += saturation(x) }
        return beta(c, baselineCount: baselineCount) * total
    }
}
