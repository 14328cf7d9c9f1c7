import Foundation

/// The box the hyperparameters are searched in, and its map from the unit cube.
///
/// The search moves in `[0, 1]^d`; each coordinate maps to one hyperparameter, linearly or
/// on a log scale. Per channel: the adstock's decay (geometric) or shape and scale (Weibull),
/// then the saturation's steepness (logistic) or half-saturation point and shape (Hill), on
/// spend divided by the channel's largest weekly spend. The last coordinate is the ridge
/// penalty. The ranges are wide, generic ones (those Robyn and PyMC-Marketing users start
/// from), not fitted to any data set.
struct HyperparameterSpace: Sendable {
    /// One coordinate's range.
    struct Range: Sendable {
        var lower: Double
        var upper: Double
        var logarithmic: Bool

        func value(_ u: Double) -> Double {
            let t = min(max(u, 0), 1)
            return logarithmic ? lower * pow(upper / lower, t) : lower + (upper - lower) * t
        }
    }

    let adstock: Adstock.Kind
    let saturation: Saturation.Kind
    let channels: Int
    let adstockRanges: [Range]
    let saturationRanges: [Range]
    static let ridgeRange = Range(lower: 1e-6, upper: 1, logarithmic: true)

    init(adstock: Adstock.Kind, saturation: Saturation.Kind, channels: Int, maxLag: Int) {
        self.adstock = adstock
        self.saturation = saturation
        self.channels = channels
        switch adstock {
        case .geometric: adstockRanges = [Range(lower: 0, upper: 0.95, logarithmic: false)]
        case .weibullCDF, .weibullPDF:
            adstockRanges = [Range(lower: 0.3, upper: 6, logarithmic: true),
                             Range(lower: 0.5, upper: max(1, Double(maxLag)), logarithmic: true)]
        }
        switch saturation {
        case .logistic: saturationRanges = [Range(lower: 0.1, upper: 10, logarithmic: true)]
        case .hill: saturationRanges = [Range(lower: 0.05, upper: 2, logarithmic: true),
                                        Range(lower: 0.5, upper: 3, logarithmic: false)]
        }
    }

    var perChannel: Int { adstockRanges.count + saturationRanges.count }
    var dimension: Int { channels * perChannel + 1 }

    /// The adstock parameters of `channel` (decay, or shape and scale).
    @inline(__always)
    func adstockParameters(_ u: UnsafeBufferPointer<Double>, channel: Int) -> (Double, Double) {
        let base = channel * perChannel
        let first = adstockRanges[0].value(u[base])
        return adstockRanges.count > 1 ? (first, adstockRanges[1].value(u[base + 1])) : (first, 0)
    }

    /// The saturation parameters of `channel` on scaled spend (λ, or half-saturation and shape).
    @inline(__always)
    func saturationParameters(_ u: UnsafeBufferPointer<Double>, channel: Int) -> (Double, Double) {
        let base = channel * perChannel + adstockRanges.count
        let first = saturationRanges[0].value(u[base])
        return saturationRanges.count > 1 ? (first, saturationRanges[1].value(u[base + 1])) : (first, 0)
    }

    /// The ridge penalty on the channel coefficients, relative to each feature's sum of
    /// squared deviations.
    func ridge(_ u: UnsafeBufferPointer<Double>) -> Double { Self.ridgeRange.value(u[dimension - 1]) }
}
