import Foundation
import Randomness

/// The moving-block bootstrap of Künsch (1989) for residuals: a resample is made of blocks
/// of consecutive residuals, starting at random weeks, so that the autocorrelation of the
/// noise within a block carries over. Blocks are `⌈n^{1/3}⌉` weeks (at least 2) long; the
/// residuals are centred first.
struct BlockBootstrap {
    let residuals: [Double]
    let blockLength: Int

    init(residuals: [Double]) {
        let mean = residuals.reduce(0, +) / Double(max(residuals.count, 1))
        self.residuals = residuals.map { $0 - mean }
        blockLength = min(max(2, Int(pow(Double(residuals.count), 1.0 / 3).rounded(.up))), max(residuals.count, 1))
    }

    /// One resample of the residuals, as long as the original.
    func sample(using generator: inout SplitMix64) -> [Double] {
        let n = residuals.count
        var out: [Double] = []
        out.reserveCapacity(n)
        while out.count < n {
            let start = generator.below(n - blockLength + 1)
            for t in start..<(start + blockLength) where out.count < n { out.append(residuals[t]) }
        }
        return out
    }
}
