import Foundation
import Regression
import Testing

/// Every number of a fit against statsmodels 0.15 (OLS and WLS through its formula interface,
/// patsy coding) on a sales-rep data set with categorical terms, interactions, powers and
/// logs: relative agreement 1e-9.
struct StatsmodelsComparisonTests {
    static let fitted = StatsmodelsReference.loaded.cases.filter { $0.kind != "ridge" }

    @Test("coefficients, inference and fit statistics", arguments: fitted)
    func classicalInference(_ reference: StatsmodelsReference.Case) throws {
        let data = try StatsmodelsReference.table("sales_reps")
        let fit = try LinearRegression.fit(reference.formula, data: data, weights: reference.weights)
        #expect(fit.coefficients.map(\.term) == reference.terms)
        #expect(fit.observationCount == reference.n)
        expectClose(fit.estimates, reference.estimate, "estimate")
        expectClose(fit.coefficients.map(\.standardError), reference.std_error!, "std_error")
        expectClose(fit.coefficients.map(\.tStatistic), reference.t!, "t")
        expectClose(fit.coefficients.map(\.pValue), reference.p!, "p")
        expectClose(fit.coefficients.map(\.lower), reference.ci_low!, "ci_low")
        expectClose(fit.coefficients.map(\.upper), reference.ci_high!, "ci_high")
        expectClose(fit.residualDegreesOfFreedom, reference.df_resid, "df_resid")
        expectClose(fit.modelDegreesOfFreedom, reference.df_model, "df_model")
        expectClose(fit.rSquared, reference.r_squared, "R²")
        expectClose(fit.adjustedRSquared, reference.adj_r_squared, "adjusted R²")
        expectClose(fit.fStatistic, reference.f_statistic, "F")
        expectClose(fit.fPValue, reference.f_pvalue, "F p-value")
        expectClose(fit.sigma, reference.sigma, "sigma")
        expectClose(fit.logLikelihood, reference.log_likelihood, "log-likelihood")
        expectClose(fit.aic, reference.aic, "AIC")
        expectClose(fit.bic, reference.bic, "BIC")
        // statsmodels takes √(λmax/λmin) of XᵀX, whose smallest eigenvalue carries a relative
        // error near κ²ε; this side takes singular values of R from the QR factorization.
        expectClose(fit.conditionNumber, reference.condition_number, relative: 1e-6, "condition number")
    }

    @Test("90% intervals", arguments: fitted)
    func otherLevel(_ reference: StatsmodelsReference.Case) throws {
        let data = try StatsmodelsReference.table("sales_reps")
        let fit = try LinearRegression.fit(reference.formula, data: data, weights: reference.weights,
                                           options: RegressionOptions(level: 0.90))
        expectClose(fit.coefficients.map(\.lower), reference.ci90_low!, "ci90_low")
        expectClose(fit.coefficients.map(\.upper), reference.ci90_high!, "ci90_high")
    }

    @Test("HC0–HC3 robust standard errors", arguments: fitted)
    func robust(_ reference: StatsmodelsReference.Case) throws {
        let data = try StatsmodelsReference.table("sales_reps")
        for type in [CovarianceType.hc0, .hc1, .hc2, .hc3] {
            let expected = try #require(reference.robust?[type.rawValue])
            let fit = try LinearRegression.fit(reference.formula, data: data, weights: reference.weights,
                                               options: RegressionOptions(covariance: type))
            expectClose(fit.coefficients.map(\.standardError), expected.std_error, "\(type) std_error")
            expectClose(fit.coefficients.map(\.tStatistic), expected.t, "\(type) t")
            expectClose(fit.coefficients.map(\.pValue), expected.p, "\(type) p")
            expectClose(fit.coefficients.map(\.lower), expected.ci_low, "\(type) ci_low")
            expectClose(fit.coefficients.map(\.upper), expected.ci_high, "\(type) ci_high")
        }
    }

    @Test("leverage, studentized residuals, Cook's distance",
          arguments: fitted.filter { $0.diagnostics != nil })
    func influence(_ reference: StatsmodelsReference.Case) throws {
        let data = try StatsmodelsReference.table("sales_reps")
        let expected = try #require(reference.diagnostics)
        let influence = try LinearRegression.fit(reference.formula, data: data, weights: reference.weights).influence()
        expectClose(influence.leverage, expected.leverage, "leverage")
        expectClose(influence.studentizedInternal, expected.student_internal, "internally studentized")
        expectClose(influence.studentizedExternal, expected.student_external, "externally studentized")
        expectClose(influence.cooksDistance, expected.cooks_distance, "Cook's distance")
    }

    @Test("variance inflation factors", arguments: fitted.filter { $0.vif != nil })
    func varianceInflation(_ reference: StatsmodelsReference.Case) throws {
        let data = try StatsmodelsReference.table("sales_reps")
        let expected = try #require(reference.vif)
        let factors = try LinearRegression.fit(reference.formula, data: data, weights: reference.weights)
            .varianceInflationFactors()
        #expect(Set(factors.map(\.term)) == Set(expected.keys))
        for (term, value) in factors { expectClose(value, expected[term], "VIF \(term)") }
    }

    @Test("predictions with confidence and prediction intervals",
          arguments: fitted.filter { $0.prediction != nil })
    func predictions(_ reference: StatsmodelsReference.Case) throws {
        let data = try StatsmodelsReference.table("sales_reps")
        let expected = try #require(reference.prediction)
        let fit = try LinearRegression.fit(reference.formula, data: data, weights: reference.weights)
        let predictions = try fit.predict(try StatsmodelsReference.table("new_reps"))
        expectClose(predictions.map(\.mean), expected.mean, "mean")
        expectClose(predictions.map(\.meanStandardError), expected.mean_se, "mean se")
        expectClose(predictions.map(\.meanLower), expected.mean_ci_low, "mean ci low")
        expectClose(predictions.map(\.meanUpper), expected.mean_ci_high, "mean ci high")
        expectClose(predictions.map(\.observationLower), expected.obs_ci_low, "obs ci low")
        expectClose(predictions.map(\.observationUpper), expected.obs_ci_high, "obs ci high")
    }

    @Test("ridge matches the closed form (scikit-learn's Ridge)")
    func ridge() throws {
        let reference = StatsmodelsReference.named("ridge")
        let data = try StatsmodelsReference.table("sales_reps")
        let fit = try LinearRegression.fit(reference.formula, data: data,
                                           options: RegressionOptions(ridge: try #require(reference.lambda)))
        #expect(fit.coefficients.map(\.term) == reference.terms)
        expectClose(fit.estimates, reference.estimate, "ridge estimate")
        expectClose(fit.residualSumOfSquares, reference.rss, "ridge RSS")
    }
}
