/// Finds the value of a KPI for one entity: the value given for it, or else its formula
/// evaluated over its inputs, which may in turn be given or computed.
///
/// A value given directly wins over one computable from inputs. An excluded value — given,
/// or an input the computation needs — makes the KPI excluded, not computed another way. A
/// formula that divides by zero leaves the KPI without a value for that entity (a rep with no
/// leads has no conversion rate), and so does such an input; the reason says which divisor.
struct ValueResolver {
    enum Resolution {
        case value(Double)
        /// No value; `missingInputs` lists the inputs lacking when some others were present.
        case missing(missingInputs: [String])
        /// The text after `excluded: ` in the explanation.
        case excluded(String)
        /// No value because the formula, or an input's, divides by zero: what was 0.
        case undefined(String)
    }

    let entity: EntityValues
    let catalogue: KPICatalogue

    /// Built-in and user formulas are checked to be free of cycles, so the recursion ends.
    func resolve(_ name: String) throws -> Resolution {
        if let given = entity.values[name] {
            return given.excluded ? .excluded(given.exclusionReason ?? "no reason given") : .value(given.value)
        }
        guard let definition = catalogue[name], definition.formula != nil else { return .missing(missingInputs: []) }
        var inputs: [String: Double] = [:]
        var missing: [String] = []
        var undefined: String?
        // An excluded input wins over one that cannot be computed, which wins over a missing one,
        // whatever their order in the formula: the audit's reason is never hidden.
        for input in definition.inputs {
            switch try resolve(input) {
            case .value(let value): inputs[input] = value
            case .excluded(let reason): return .excluded("\(reason) (input \(input))")
            case .undefined(let reason): undefined = undefined ?? "\(reason) in input \(input)"
            case .missing: missing.append(input)
            }
        }
        if let undefined { return .undefined(undefined) }
        guard missing.isEmpty else {
            return .missing(missingInputs: missing.count < definition.inputs.count ? missing : [])
        }
        let value: Double
        do { value = try definition.compute(inputs: inputs) } catch {
            if case .divisionByZero(_, let divisor) = error { return .undefined("division by zero: \(divisor) is 0") }
            throw ScoringError(location: nil, problem: .computation(entity: entity.entity, error))
        }
        // A negative cost computed from a negative spend would score as the best there is.
        if definition.cannotBeNegative, value < 0 {
            let negativeInput = definition.inputs.first { (entity.values[$0]?.value ?? 0) < 0 }
            throw ScoringError(location: negativeInput.flatMap { entity.values[$0]?.location },
                               problem: .negativeComputed(entity: entity.entity, kpi: name, value: value, inputs: inputs))
        }
        return .value(value)
    }
}
