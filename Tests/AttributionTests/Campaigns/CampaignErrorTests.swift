import Attribution
import Testing

/// Rows that cannot be reviewed are rejected with the place and the column named.
struct CampaignErrorTests {
    static func row(cost: Double = 100, revenue: Double = 120, start: Int = 10, end: Int = 20, leads: Int? = 3,
                    name: String = "Launch", campaign: String = "C7", origin: String? = "campaigns.csv, line 8") -> CampaignRecord {
        CampaignRecord(campaign: campaign, name: name, channel: "search", start: start, end: end, cost: cost, revenue: revenue,
                       leads: leads, customers: 1, origin: origin)
    }

    static func message(_ records: [CampaignRecord]) -> String {
        do {
            _ = try CampaignReview(records)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func messagesNameFileLineAndColumn() {
        #expect(Self.message([Self.row(cost: -5)]) == "campaigns.csv, line 8, column \"cost\": -5 is negative")
        #expect(Self.message([Self.row(cost: 0)])
                == "campaigns.csv, line 8, column \"cost\": 0, but ROI = (revenue − cost) ÷ cost needs a cost above zero")
        #expect(Self.message([Self.row(revenue: -0.5)]) == "campaigns.csv, line 8, column \"revenue\": -0.5 is negative")
        #expect(Self.message([Self.row(start: 20, end: 19)]) == "campaigns.csv, line 8, column \"end\": the end comes before the start")
        #expect(Self.message([Self.row(leads: -1)]) == "campaigns.csv, line 8, column \"leads\": -1 is negative")
        #expect(Self.message([Self.row(name: " ")]) == "campaigns.csv, line 8, column \"name\": empty")
        #expect(Self.message([Self.row(cost: .nan)]) == "campaigns.csv, line 8, column \"cost\": not a finite number")
        #expect(Self.message([Self.row(), Self.row(origin: "campaigns.csv, line 12")])
                == "campaigns.csv, line 12, column \"campaign\": \"C7\" repeats campaigns.csv, line 8; give each period of a"
                + " recurring campaign its own id and the same name")
    }

    @Test func rowsFromTheStoreAreNamedByTheirId() {
        #expect(Self.message([Self.row(cost: 0, origin: nil)])
                == "campaign \"C7\", column \"cost\": 0, but ROI = (revenue − cost) ÷ cost needs a cost above zero")
    }

    @Test func settingsOutOfRange() {
        #expect(throws: CampaignError.invalidConsecutive(0)) { try CampaignReview([Self.row()], consecutive: 0) }
        #expect(throws: CampaignError.invalidThreshold(.infinity)) { try CampaignReview([Self.row()], threshold: .infinity) }
        // An empty table is a review with nothing in it.
        #expect(throws: Never.self) { try CampaignReview([]) }
    }
}
