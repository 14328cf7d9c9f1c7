import Testing
import Statistics

/// Compares every function of a distribution against its reference points,
/// keeping one error record per function.
struct DistributionChecks {
    var cdf: Accuracy
    var survival: Accuracy
    var pdf: Accuracy
    var quantile: Accuracy
    var inverseSurvival: Accuracy

    init(_ name: String) {
        cdf = Accuracy("\(name).cdf")
        survival = Accuracy("\(name).survival")
        pdf = Accuracy("\(name).pdf")
        quantile = Accuracy("\(name).quantile")
        inverseSurvival = Accuracy("\(name).inverseSurvival")
    }

    mutating func check(_ distribution: some ContinuousDistribution, _ reference: DistributionReference, _ label: String) {
        for point in reference.cdf {
            cdf.check(distribution.cdf(point.input), point.expected, "\(label) x=\(point.input)")
        }
        for point in reference.sf {
            survival.check(distribution.survival(point.input), point.expected, "\(label) x=\(point.input)")
        }
        for point in reference.pdf {
            pdf.check(distribution.pdf(point.input), point.expected, "\(label) x=\(point.input)")
        }
        for point in reference.ppf {
            quantile.check(distribution.quantile(point.input), point.expected, "\(label) p=\(point.input)")
        }
        for point in reference.isf {
            inverseSurvival.check(
                distribution.inverseSurvival(point.input), point.expected, "\(label) q=\(point.input)")
        }
    }

    var isPopulated: Bool {
        cdf.count > 0 && survival.count > 0 && pdf.count > 0 && quantile.count > 0 && inverseSurvival.count > 0
    }

    func report() {
        for accuracy in [cdf, survival, pdf, quantile, inverseSurvival] { accuracy.report() }
    }
}
