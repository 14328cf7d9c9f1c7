import Forecasting
import Foundation

/// `forecast-bench --per-series NAME`: every candidate ETS fit and automatic ETS's choice
/// on every series of one data set, both splits, as CSV with the columns of
/// `diagnose_statsforecast.py`, so the two can be joined series by series. A split too short
/// for automatic ETS has no rows (it is named on standard error).
///
/// The log-likelihood is printed without the constant `−(n/2)(log(2π/n) + 1)`, and AICc
/// accordingly, as statsforecast and R's `forecast::ets` report them.
enum PerSeries {
    static func print(_ dataSet: DataSet) throws {
        Swift.print("series,split,label,model,loglik,aicc,alpha,beta,phi,level0,trend0,smape,forecast")
        let h = dataSet.horizon
        for (series, holdout) in zip(dataSet.training, dataSet.holdout) {
            let validation = try TimeSeries(Array(series.values.dropLast(h)), seasonalPeriod: series.seasonalPeriod,
                                            name: series.name)
            for (split, fit, actual) in [("holdout", series, holdout),
                                         ("validation", validation, Array(series.values.suffix(h)))] {
                guard !AutoETS().candidates(for: fit).isEmpty else {
                    FileHandle.standardError.write(Data("\(series.name), \(split): \(fit.count) observations, too few for automatic ETS; no rows\n".utf8))
                    continue
                }
                let models = try AutoETS().fitCandidates(fit)
                let best = try AutoETS.best(of: models, series: fit)
                Swift.print(try row(series.name, split, "auto", best, actual: actual, horizon: h))
                for model in models { Swift.print(try row(series.name, split, "fit", model, actual: actual, horizon: h)) }
            }
        }
    }

    private static func row(_ name: String, _ split: String, _ label: String, _ model: ETSModel,
                            actual: [Double], horizon: Int) throws -> String {
        let n = Double(model.observationCount)
        let constant = 0.5 * n * (log(2 * Double.pi / n) + 1)
        let loglik = model.logLikelihood + constant
        let forecast = try model.forecast(horizon: horizon, levels: [0.8]).mean
        let smape = try Accuracy.smape(actual: actual, forecast: forecast)
        let p = model.parameters, s = model.initialState
        return "\(name),\(split),\(label),\(model.specification.code)," + String(format: "%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,",
                                                           loglik, model.aicc - 2 * constant, p.alpha, p.beta, p.phi,
                                                           s.level, s.trend, smape)
            + forecast.map { String(format: "%.6f", $0) }.joined(separator: " ")
    }
}
