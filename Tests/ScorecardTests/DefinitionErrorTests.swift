import Scorecard
import Testing

/// Every kind of mistake in a scorecard file is reported with the file and the line to fix.
/// The YAML is written line by line so each expected line number can be read off the code.
struct DefinitionErrorTests {
    /// Joins lines; line `n` of the file is element `n - 1`.
    func yaml(_ lines: String...) -> String { lines.joined(separator: "\n") + "\n" }

    /// A one-role scorecard with free dimension weights; its KPI entries start on line 8.
    func card(_ kpiLines: String...) -> String {
        (["scorecard: t", "roles:", "  rep:", "    dimensions:", "      finance:", "        weight: 100",
          "        kpis:"] + kpiLines).joined(separator: "\n") + "\n"
    }

    func expect(_ text: String, line: Int?, _ problem: ScorecardDefinitionError.Problem,
                sourceLocation: SourceLocation = #_sourceLocation) {
        let error = definitionError(text)
        #expect(error?.line == line, sourceLocation: sourceLocation)
        #expect(error?.problem == problem, sourceLocation: sourceLocation)
        #expect(error?.description.contains("\n") == false, sourceLocation: sourceLocation)
    }

    @Test func unknownKPIWithSuggestion() {
        let text = card("          - {kpi: target_atainment, weight: 100, rule: {deduct_below: 100}}")
        expect(text, line: 8, .unknownKPI("target_atainment", suggestion: "target_attainment"))
        #expect(definitionError(text)?.description
            == "sc.yaml, line 8: unknown KPI \"target_atainment\" (did you mean target_attainment?)")
    }

    @Test func unknownRule() {
        let text = card("          - kpi: new_customers", "            weight: 100", "            rule:",
                        "              lineer: {target: 10}")
        expect(text, line: 11, .unknownRule("lineer"))
        #expect(definitionError(text)?.description.contains("did you mean linear?") == true)
    }

    @Test func ruleNeedsExactlyOneKind() {
        expect(card("          - {kpi: new_customers, weight: 100, rule: {linear: {target: 1}, threshold: {min: 1}}}"),
               line: 8, .ruleKinds(found: ["linear", "threshold"]))
        expect(card("          - {kpi: new_customers, weight: 100, rule: {points_per_pct: 2}}"), line: 8, .ruleKinds(found: []))
    }

    @Test func invalidRuleParameters() {
        expect(card("          - kpi: new_customers", "            weight: 100",
                    "            rule: {linear: {target: 10, cap: 120}}"),
               line: 10, .invalidRule(kpi: "new_customers", reason: "cap must be above 0 and at most 100 (KPI scores run from 0 to 100)"))
        expect(card("          - {kpi: visit_rate, weight: 100, rule: {threshold: {}}}"),
               line: 8, .invalidRule(kpi: "visit_rate", reason: "a threshold needs min, max or both"))
    }

    @Test func unknownAndMissingKeys() {
        let typo = card("          - {kpi: new_customers, wieght: 100, rule: {linear: {target: 10}}}")
        expect(typo, line: 8, .unknownKey("wieght", in: "a KPI of dimension finance", allowed: ["kpi", "weight", "rule"]))
        #expect(definitionError(typo)?.description.contains("did you mean weight?") == true)
        expect(card("          - {kpi: new_customers, weight: 100}"), line: 8, .missingKey("rule", in: "a KPI of dimension finance"))
    }

    @Test func notANumber() {
        expect(card("          - kpi: new_customers", "            weight: lots", "            rule: {linear: {target: 10}}"),
               line: 9, .wrongType(what: "weight of new_customers", expected: "a number, not \"lots\""))
    }

    @Test func kpiWeightsMustSumToHundred() {
        let text = card("          - {kpi: new_customers, weight: 60, rule: {linear: {target: 10}}}",
                        "          - {kpi: visit_rate, weight: 30, rule: {threshold: {min: 100}}}")
        expect(text, line: 5, .kpiWeights(role: "rep", dimension: "finance", sum: 90))
        #expect(definitionError(text)?.description == "sc.yaml, line 5: role rep, dimension finance: KPI weights sum to 90, not 100")
        // A sum off by less than the usual rounding shows the digits that make it so.
        let near = card("          - {kpi: new_customers, weight: 60.0000001, rule: {linear: {target: 10}}}",
                        "          - {kpi: visit_rate, weight: 40, rule: {threshold: {min: 100}}}")
        #expect(definitionError(near)?.description.hasSuffix("KPI weights sum to 100.0000001, not 100") == true,
                "\(definitionError(near)?.description ?? "")")
    }

    @Test func dimensionWeightsMustSumToHundred() {
        let text = yaml("scorecard: t", "roles:", "  rep:", "    dimensions:",
                        "      finance:", "        weight: 70",
                        "        kpis: [{kpi: new_customers, weight: 100, rule: {linear: {target: 10}}}]",
                        "      team:", "        weight: 20",
                        "        kpis: [{kpi: staff_turnover, weight: 100, rule: {threshold: {max: 10}}}]")
        expect(text, line: 3, .dimensionWeights(role: "rep", sum: 90))
    }

    @Test func dimensionWithoutWeightOrTemplate() {
        expect(yaml("scorecard: t", "roles:", "  rep:", "    dimensions:", "      finance:",
                    "        kpis: [{kpi: new_customers, weight: 100, rule: {linear: {target: 10}}}]"),
               line: 5, .missingDimensionWeight(role: "rep", dimension: "finance"))
    }

    @Test func nonPositiveWeight() {
        expect(card("          - {kpi: new_customers, weight: 100, rule: {linear: {target: 10}}}",
                    "          - {kpi: visit_rate, weight: 0, rule: {threshold: {min: 100}}}"),
               line: 9, .nonPositiveWeight(what: "role rep, dimension finance, KPI visit_rate"))
    }

    @Test func duplicateKPIInARole() {
        expect(card("          - {kpi: new_customers, weight: 50, rule: {linear: {target: 10}}}",
                    "          - {kpi: new_customers, weight: 50, rule: {linear: {target: 12}}}"),
               line: 9, .duplicateKPI(role: "rep", kpi: "new_customers"))
    }

    @Test func unknownTemplate() {
        let text = yaml("scorecard: t", "roles:", "  rep:", "    template: sales_rep", "    dimensions: {}")
        expect(text, line: 4, .unknownTemplate("sales_rep"))
    }

    /// The template's four dimensions, each with one KPI, plus `extra` lines at the end.
    func templated(_ extra: String...) -> String {
        (["scorecard: t", "roles:", "  rep:", "    template: sales_representative", "    dimensions:",
          "      finance: {kpis: [{kpi: target_attainment, weight: 100, rule: {deduct_below: 100}}]}",
          "      customer: {kpis: [{kpi: new_customers, weight: 100, rule: {linear: {target: 10}}}]}",
          "      process: {kpis: [{kpi: visit_rate, weight: 100, rule: {threshold: {min: 100}}}]}"] + extra)
            .joined(separator: "\n") + "\n"
    }

    @Test func dimensionNotInTemplate() {
        let text = templated("      team: {kpis: [{kpi: staff_turnover, weight: 100, rule: {threshold: {max: 10}}}]}",
                             "      brand: {kpis: [{kpi: nps, weight: 100, rule: {linear: {target: 40}}}]}")
        expect(text, line: 10, .dimensionNotInTemplate(dimension: "brand", template: "sales_representative"))
    }

    @Test func templateDimensionWithoutKPIs() {
        expect(templated(), line: 5, .missingTemplateDimensions(role: "rep", template: "sales_representative", missing: ["team"]))
    }

    @Test func weightBesideTemplate() {
        let text = templated("      team:", "        weight: 10",
                             "        kpis: [{kpi: staff_turnover, weight: 100, rule: {threshold: {max: 10}}}]")
        expect(text, line: 10, .weightSetByTemplate(dimension: "team", template: "sales_representative"))
    }

    /// Custom KPIs on lines 2 onwards, used by one role.
    func custom(_ kpiLines: String...) -> String {
        (["scorecard: t", "kpis:"] + kpiLines + ["roles:", "  rep:", "    dimensions:", "      finance:",
          "        weight: 100", "        kpis: [{kpi: target_attainment, weight: 100, rule: {deduct_below: 100}}]"])
            .joined(separator: "\n") + "\n"
    }

    @Test func circularCustomKPIs() {
        let text = custom("  a:", "    formula: b + 1", "  b:", "    formula: a × 2")
        expect(text, line: 3, .circularKPIs(["a", "b", "a"]))
        #expect(definitionError(text)?.description == "sc.yaml, line 3: KPIs defined in a circle: a → b → a")
        expect(custom("  me:", "    formula: me + 1"), line: 3, .circularKPIs(["me", "me"]))
    }

    @Test func redefiningAnInputOfABuiltInCanCloseACircle() {
        // `actual` is an input of target_attainment; defining it from target_attainment is a loop.
        expect(custom("  actual: {formula: target_attainment × target ÷ 100}"), line: 3,
               .circularKPIs(["target_attainment", "actual", "target_attainment"]))
    }

    @Test func customKPIMistakes() {
        expect(custom("  nps: {formula: promoters - detractors}"), line: 3, .builtInRedefined("nps"))
        expect(custom("  9lives: {formula: a}"), line: 3, .invalidKPIName("9lives"))
        expect(custom("  ratio:", "    unit: percent"), line: 4, .missingKey("formula", in: "KPI ratio"))
        expect(custom("  ratio:", "    formula: a / b", "    unit: percents"), line: 5,
               .unknownChoice(what: "unit", value: "percents", allowed: KPIUnit.allCases.map(\.rawValue)))
        expect(custom("  ratio:", "    formula: a / b", "    direction: down"), line: 5,
               .unknownChoice(what: "direction", value: "down", allowed: ["higher", "lower"]))
        let syntax = FormulaSyntaxError(formula: "(a / b", position: 7, message: "expected \")\"")
        expect(custom("  ratio:", "    formula: (a / b"), line: 4, .formula(kpi: "ratio", syntax))
    }

    @Test func yamlSyntaxAndDuplicateKeys() {
        let broken = definitionError(yaml("scorecard: t", "roles:", "  rep: [unclosed", "  other: x"))
        #expect(broken?.line == 4)
        if case .syntax = broken?.problem {} else { Issue.record("expected a syntax error, got \(String(describing: broken))") }
        expect(yaml("scorecard: t", "scorecard: u", "roles: {}"), line: 1, .duplicateKey("scorecard"))
    }

    @Test func fileLevelProblems() {
        expect(yaml("scorecard: t", "roles: {}"), line: nil, .noRoles)
        expect(yaml("roles: {}"), line: 1, .missingKey("scorecard", in: "the scorecard file"))
        expect(yaml("scorecard: t", "roles: [a, b]"), line: 2, .wrongType(what: "roles", expected: "a mapping of keys to values"))
        expect("", line: nil, .syntax("the file is empty"))
        #expect(throws: ScorecardDefinitionError(source: "/no/such.yaml", line: nil, problem: .unreadable("no such file"))) {
            try ScorecardFile.read(path: "/no/such.yaml")
        }
    }

    @Test func scorecardsBuiltInCodeAreCheckedToo() throws {
        let finance = DimensionDefinition(name: "finance", weight: 100, kpis: [
            WeightedKPI(kpi: "target_attainment", weight: 100, rule: .deductBelow(level: 100, pointsPerUnit: 1))])
        let rep = RoleDefinition(name: "rep", dimensions: [finance])
        #expect(throws: ScorecardDefinitionError(source: "scorecard", line: nil, problem: .duplicateKey("rep"))) {
            try Scorecard(name: "t", roles: [rep, rep])
        }
        let lopsided = RoleDefinition(name: "rep", dimensions: [DimensionDefinition(name: "finance", weight: 100, kpis: [
            WeightedKPI(kpi: "target_attainment", weight: 100, rule: .linear(target: 0, cap: 100))])])
        let error = #expect(throws: ScorecardDefinitionError.self) { try Scorecard(name: "t", roles: [lopsided]) }
        #expect(error?.description == "scorecard: rule of target_attainment: the target must be positive")
    }
}
