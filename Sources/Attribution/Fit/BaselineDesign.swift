import Foundation

/// The baseline columns of the design: intercept, linear trend, yearly Fourier terms, event
/// indicators and standardized controls, column-major.
struct BaselineDesign: Sendable {
    /// What a column belongs to in the decomposition.
    enum Part: Sendable, Equatable {
        case intercept, trend, seasonality
        case event(Int)
        case control(Int)
    }

    let rows: Int
    let parts: [Part]
    /// `rows × parts.count`, column-major.
    let columns: [Double]

    var count: Int { parts.count }

    /// The baseline of `data` (already validated), with events and controls in the order given.
    init(data: MarketingData, configuration: MarketingMixConfiguration) {
        let n = data.days.count
        var parts: [Part] = [.intercept]
        var columns = [Double](repeating: 1, count: n)
        if configuration.trend, n > 1 {
            parts.append(.trend)
            columns += (0..<n).map { Double($0) / Double(n - 1) }
        }
        // Yearly cycles on the calendar, so that seasonality follows the dates, not the rows.
        let year = 365.25
        for order in 0..<configuration.fourierOrder {
            let frequency = 2 * Double.pi * Double(order + 1) / year
            parts.append(.seasonality)
            columns += data.days.map { sin(frequency * Double($0)) }
            parts.append(.seasonality)
            columns += data.days.map { cos(frequency * Double($0)) }
        }
        for (index, event) in data.events.enumerated() {
            parts.append(.event(index))
            columns += event.values
        }
        for (index, control) in data.controls.enumerated() {
            parts.append(.control(index))
            let mean = control.values.reduce(0, +) / Double(n)
            let variance = control.values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
            let scale = variance > 0 ? sqrt(variance) : 1
            columns += control.values.map { ($0 - mean) / scale }
        }
        self.rows = n
        self.parts = parts
        self.columns = columns
    }
}
