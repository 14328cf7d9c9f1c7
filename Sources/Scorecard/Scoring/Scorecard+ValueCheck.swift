extension Scorecard {
    /// Why scoring would refuse one given value, looked at alone: a name that is neither a KPI
    /// of the catalogue nor an input of one, or a negative value of a KPI that cannot be
    /// negative (``KPIDefinition/cannotBeNegative``). `nil` when the value is fine, and for
    /// people whose role the scorecard does not score (their values are not read).
    ///
    /// Scoring asks this of every value; `kpi run` asks it before storing a values file, so that
    /// a value that would fail every later run is corrected before the store keeps it.
    public func problem(entity: String, role: String, kpi: String, value: Double) -> ScoringError.Problem? {
        guard self.role(named: role) != nil else { return nil }
        if let definition = catalogue[kpi], definition.cannotBeNegative, value < 0 {
            return .negative(entity: entity, kpi: kpi, value: value)
        }
        let names = catalogue.valueNames
        guard names.contains(kpi) else {
            return .unknownName(kpi, suggestion: Suggestion.closest(to: kpi, among: names.sorted()))
        }
        return nil
    }
}
