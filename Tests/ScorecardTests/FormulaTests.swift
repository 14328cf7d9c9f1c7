import Scorecard
import Testing

/// The formula language of user KPIs: precedence, parentheses, both operator spellings, and
/// errors with positions.
struct FormulaTests {
    func value(_ text: String, _ inputs: [String: Double] = [:]) throws -> Double {
        let definition = KPIDefinition(id: "k", name: "k", formula: try KPIFormula(parsing: text), unit: .number,
                                       direction: .higherIsBetter)
        return try definition.compute(inputs: inputs)
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try value("2 + 3 * 4") == 14)
        #expect(try value("2 * 3 + 4") == 10)
        #expect(try value("10 - 4 - 3") == 3)      // (10 − 4) − 3
        #expect(try value("100 / 10 / 5") == 2)    // (100 ÷ 10) ÷ 5
        #expect(try value("8 / 4 * 2") == 4)       // (8 ÷ 4) × 2
        #expect(try value("-2 * 3") == -6)
        #expect(try value("2 - -3") == 5)
    }

    @Test func parentheses() throws {
        #expect(try value("(2 + 3) * 4") == 20)
        #expect(try value("100 / (10 / 5)") == 50)
        #expect(try value("((1 + 1)) * (3 - 1)") == 4)
    }

    @Test func typographicOperatorsMeanTheSame() throws {
        let inputs = ["campaign_revenue": 150.0, "campaign_cost": 100]
        let ascii = try value("(campaign_revenue - campaign_cost) / campaign_cost * 100", inputs)
        let typeset = try value("(campaign_revenue − campaign_cost) ÷ campaign_cost × 100", inputs)
        #expect(ascii == 50)
        #expect(typeset == 50)
    }

    @Test func inputsInOrderOfFirstUse() throws {
        let formula = try KPIFormula(parsing: "(customers_end − new_customers) / customers_start × 100 + new_customers * 0")
        #expect(formula.inputs == ["customers_end", "new_customers", "customers_start"])
        #expect(formula.description == "(customers_end − new_customers) ÷ customers_start × 100 + new_customers × 0")
    }

    @Test func canonicalFormKeepsNeededParentheses() throws {
        #expect(try KPIFormula(parsing: "a - (b - c)").description == "a − (b − c)")
        #expect(try KPIFormula(parsing: "(a - b) - c").description == "a − b − c")
        #expect(try KPIFormula(parsing: "a / (b * c)").description == "a ÷ (b × c)")
    }

    @Test func divisionByZeroNamesTheDivisor() {
        #expect(throws: KPIComputationError.divisionByZero(kpi: "k", divisor: "b − c")) {
            try value("a / (b - c)", ["a": 1, "b": 2, "c": 2])
        }
        #expect(throws: KPIComputationError.missingInput(kpi: "k", input: "b")) { try value("a / b", ["a": 1]) }
    }

    @Test(arguments: [
        ("", 1, "the formula is empty"),
        ("a +", 4, "the formula ends where a number, name or \"(\" is expected"),
        ("(a + b", 7, "expected \")\""),
        ("a + b)", 6, "unexpected \")\""),
        ("a b", 3, "an operator is missing before \"b\""),
        ("a % b", 3, "unexpected character \"%\""),
        ("1.2.3 + a", 1, "\"1.2.3\" is not a number"),
        ("a * / b", 5, "expected a number, name or \"(\" but found \"/\""),
    ])
    func syntaxErrorsHavePositions(text: String, position: Int, message: String) {
        #expect(throws: FormulaSyntaxError(formula: text, position: position, message: message)) {
            try KPIFormula(parsing: text)
        }
    }
}
