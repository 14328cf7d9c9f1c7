import Attribution
import Foundation
import Report
import Store
import Testing

/// The stored payloads keep the shared contract, and the sample campaigns go from the store
/// through the review back into the store as the main job will run them.
struct CampaignRenderingTests {
    typealias F = CampaignFixtures
    static func day(_ number: Int) -> String { Day(daysSinceEpoch: number).description }

    static func object(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any])
    }

    @Test func campaignPayloadHasTheContractsFields() throws {
        let record = CampaignRecord(campaign: "C1", name: "Launch", channel: "search", start: F.day("2026-01-05"),
                                    end: F.day("2026-02-01"), cost: 200, revenue: 250, leads: 0, customers: 4)
        let review = try CampaignReview([record])
        let payload = try Self.object(CampaignRendering.campaignPayload(review.campaigns[0], day: Self.day))
        #expect(Set(payload.keys) == ["campaign", "name", "channel", "start", "end", "cost", "revenue", "roi",
                                      "cost_per_lead", "cac"])
        #expect(payload["start"] as? String == "2026-01-05" && payload["end"] as? String == "2026-02-01")
        #expect(payload["roi"] as? Double == 0.25 && payload["cac"] as? Double == 50)
        #expect(payload["cost_per_lead"] is NSNull)
    }

    @Test func flagPayloadCarriesEvidence() throws {
        let interval = AttributedROI(campaign: "P1", roi: -0.25, low: -0.5, high: 0, source: "mmm")
        let review = try CampaignReview(F.flights([-0.5, -0.25, -0.125]), consecutive: 2, attributed: [interval])
        let payloads = CampaignRendering.payloads(review, day: Self.day)
        #expect(payloads.flags.map(\.key) == ["P3", "P1"])
        #expect(payloads.campaigns.map(\.key) == ["P3", "P1", "P2"])
        let redesign = try Self.object(payloads.flags[0].value)
        #expect(Set(redesign.keys) == ["campaign", "name", "channel", "flag", "reason", "evidence"])
        #expect(redesign["flag"] as? String == "redesign")
        let evidence = try #require(redesign["evidence"] as? [String: Any])
        #expect(evidence["roi_threshold"] as? Double == 0.05 && evidence["consecutive"] as? Int == 2)
        let periods = try #require(evidence["periods"] as? [[String: Any]])
        #expect(periods.map { $0["campaign"] as? String } == ["P1", "P2", "P3"])
        #expect(periods.map { $0["roi"] as? Double } == [-0.5, -0.25, -0.125])
        #expect(periods.first?["start"] as? String == "2025-01-01")
        #expect(evidence["attributed"] is NSNull)
        let doubtful = try Self.object(payloads.flags[1].value)
        #expect(doubtful["flag"] as? String == "doubtful")
        let attributed = try #require((doubtful["evidence"] as? [String: Any])?["attributed"] as? [String: Any])
        #expect(attributed["source"] as? String == "mmm" && attributed["roi_high"] as? Double == 0)
        #expect(attributed["roi_low"] as? Double == -0.5 && attributed["roi"] as? Double == -0.25)
    }

    @Test func theSampleGoesFromTheStoreThroughTheReviewIntoTheStore() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("notebooks-data/campaigns.csv")
        let store = try KPIStore.inMemory()
        let ingested = try store.ingest(path: sample.path, as: .campaigns)
        #expect(ingested.rowsAdded == 53 && ingested.ignoredColumns.isEmpty)
        let records = try store.campaigns().map {
            CampaignRecord(campaign: $0.campaign, name: $0.name, channel: $0.channel, start: $0.start.daysSinceEpoch,
                           end: $0.end.daysSinceEpoch, cost: $0.cost, revenue: $0.revenue, leads: $0.leads,
                           customers: $0.customers)
        }
        let review = try CampaignReview(records)
        #expect(review.flags.map(\.campaign) == ["SOC-PROS-2026Q3", "EVT-TRADE-2026Q3"])
        #expect(review.flags.map { $0.evidence.periods.count } == [3, 4])
        let payloads = CampaignRendering.payloads(review, day: Self.day)
        let run = try store.beginRun(project: "sample", asOf: try #require(Day("2026-11-20")))
        try store.record(run: run, kind: "campaign", results: payloads.campaigns.map { ($0.key, $0.value.text) })
        try store.record(run: run, kind: .campaignFlag, results: payloads.flags.map { ($0.key, $0.value.text) })
        try store.finishRun(run, status: .succeeded)
        #expect(try store.results(run: run, kind: "campaign").count == 53)
        let stored = try store.results(run: run, kind: .campaignFlag)
        #expect(Set(stored.map(\.key)) == ["SOC-PROS-2026Q3", "EVT-TRADE-2026Q3"])
    }
}
