/// How strict the audit is.
public struct AuditSettings: Sendable, Equatable {
    /// The false discovery rate at which reports are flagged (Benjamini–Hochberg over the
    /// reports' combined p-values); 0.05 by default, which keeps the list short enough to
    /// review by hand.
    public var falseDiscoveryRate: Double
    /// The most reasons listed for one report; the strongest come first.
    public var maximumReasons: Int

    /// Settings with the defaults above.
    public init(falseDiscoveryRate: Double = 0.05, maximumReasons: Int = 3) {
        self.falseDiscoveryRate = falseDiscoveryRate
        self.maximumReasons = maximumReasons
    }
}
