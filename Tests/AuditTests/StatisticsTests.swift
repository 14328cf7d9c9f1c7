@testable import Audit
import Foundation
import Statistics
import Testing
import TestSupport

/// The statistics behind the detectors, against closed forms and published examples.
struct StatisticsTests {
    /// Rosner's example as the NIST/SEMATECH e-Handbook of Statistical Methods works it
    /// (section 1.3.5.17.3, generalized ESD test): 54 values, three outliers at α = 0.05.
    static let rosner: [Double] = [
        -0.25, 0.68, 0.94, 1.15, 1.20, 1.26, 1.26, 1.34, 1.38, 1.43, 1.49, 1.49, 1.55, 1.56, 1.58, 1.65, 1.69, 1.70,
        1.76, 1.77, 1.81, 1.91, 1.94, 1.96, 1.99, 2.06, 2.09, 2.10, 2.14, 2.15, 2.23, 2.24, 2.26, 2.35, 2.37, 2.40,
        2.47, 2.54, 2.62, 2.64, 2.90, 2.92, 2.92, 2.93, 3.21, 3.26, 3.30, 3.59, 3.68, 4.30, 4.64, 5.34, 5.42, 6.01,
    ]

    @Test func negativeBinomialUpperTailIsTheDistributions() {
        // Size 1 (variance 1 + μ times the mean) is geometric: P(X ≥ k) = (μ / (1 + μ))^k.
        for k in [1.0, 3, 9, 17] {
            let exact = pow(2.0 / 3.0, k)
            #expect(abs(TailProbability.negativeBinomialUpper(atLeast: k, mean: 2, dispersion: 3) / exact - 1) < 1e-9, "\(k)")
        }
        // Any size: one minus the probabilities of 0 … k − 1, summed from the mass function
        // Γ(r + j) / (Γ(r) j!) pʳ (1 − p)ʲ (mean 1.5, variance three times it: r = 0.75).
        let r = 0.75, p = r / (r + 1.5)
        var mass = pow(p, r), below = 0.0
        for j in 0..<12 {
            below += mass
            mass *= (r + Double(j)) / Double(j + 1) * (1 - p)
        }
        #expect(abs(TailProbability.negativeBinomialUpper(atLeast: 12, mean: 1.5, dispersion: 3) / (1 - below) - 1) < 1e-8)
        // Without overdispersion, Poisson: P(X ≥ 4) at mean 1 is 1 − e⁻¹ (1 + 1 + ½ + ⅙).
        let poisson: Double = 1 - exp(-1.0) * (1 + 1 + 0.5 + 1.0 / 6)
        #expect(abs(TailProbability.negativeBinomialUpper(atLeast: 4, mean: 1, dispersion: 1) - poisson) < 1e-12)
        #expect(TailProbability.negativeBinomialUpper(atLeast: 0, mean: 1, dispersion: 2) == 1)
        // A dispersion a hair above 1 is the Poisson count, not a shape the beta function refuses.
        #expect(abs(TailProbability.negativeBinomialUpper(atLeast: 4, mean: 1, dispersion: 1 + 2e-16) - poisson) < 1e-12)
    }

    @Test func aValueAboveTheUsualReadsAsItsPrintedRatio() {
        // 96 against 14.5 is 6.6 times as much, as a reader checks it; below a usual of 1 a
        // ratio says little and is left out.
        #expect(NumberText.aboveUsual(96, usual: 14.5) == "6.6× the person's usual 14.5")
        #expect(NumberText.aboveUsual(3, usual: 0.2) == "above the person's usual 0.2")
        // The ratio is the printed usual's: 3 against 1.04, printed 1.0, is 3.0×; 0.97 prints as 1.0.
        #expect(NumberText.aboveUsual(3, usual: 1.04) == "3.0× the person's usual 1.0")
        #expect(NumberText.aboveUsual(3, usual: 0.97) == "3.0× the person's usual 1.0")
    }

    @Test func generalizedESDOnRosnersExample() {
        // The handbook's statistics R₁…R₃ are 3.118, 2.942, 3.179; its two-sided critical values at
        // 0.05 are 3.158, 3.151, 3.143 — one-sided, that is the level 0.025.
        let outliers = GeneralizedESD.test(Self.rosner, maxOutliers: 10, alpha: 0.05)
        #expect(outliers.map { Self.rosner[$0.index] } == [6.01, 5.42, 5.34])
        // The handbook prints the statistics cut to three decimals.
        for (outlier, r) in zip(outliers, [3.118, 2.942, 3.179]) { #expect(outlier.statistic >= r && outlier.statistic < r + 1e-3) }
        for (remaining, lambda) in [(54, 3.158), (53, 3.151), (52, 3.143)] {
            #expect(abs(GeneralizedESD.stepPValue(statistic: lambda, remaining: remaining) - 0.025) < 5e-4)
        }
        // With α = 0.01 the first steps no longer reach their critical values.
        #expect(GeneralizedESD.test(Self.rosner, maxOutliers: 10, alpha: 0.01).isEmpty)
    }

    @Test func generalizedESDFloorsTheScaleOfCounts() {
        // Forty weeks of log(1 + deals) with three single deals: once the others are removed, a
        // lone deal among zeros reaches the largest R a sample allows, read as p ≈ 0.
        var series = Array(repeating: 0.0, count: 40)
        for week in [5, 17, 31] { series[week] = log(2) }
        let bare = GeneralizedESD.test(series, maxOutliers: 4)
        #expect(bare.count == 3 && bare.allSatisfy { $0.pValue < 1e-10 }, "\(bare)")
        // Floored at the counting noise of a count with mean 3/40, none stands out.
        let noise = CountNoise.logScale(mean: 3.0 / 40)
        #expect(abs(noise - (0.075.squareRoot() / 1.075)) < 1e-15)
        #expect(GeneralizedESD.test(series, maxOutliers: 4, minimumScale: noise).isEmpty)
        // The floor leaves a sample with more spread than that alone.
        #expect(GeneralizedESD.test(Self.rosner, maxOutliers: 10, minimumScale: 0.1) == GeneralizedESD.test(Self.rosner, maxOutliers: 10))
    }

    @Test func scaledChiSquareRecoversItsParameters() throws {
        // 20,000 sums of 6 squared normals times 2.5: the fit to the logs' median and lower
        // quartile finds k and c, and its lower tail is the chi-square's.
        var random = SplitMix64(seed: 3)
        let sums = (0..<20_000).map { _ in 2.5 * (0..<6).map { _ in pow(CleanReports.normal(&random), 2) }.reduce(0, +) }
        let logs = sums.map(log)
        let fit = try #require(ScaledChiSquare(logMedian: try Descriptive.median(logs), logLowerQuartile: try Descriptive.quantile(logs, 0.25)))
        #expect(abs(fit.distribution.degreesOfFreedom - 6) < 0.6, "k = \(fit.distribution.degreesOfFreedom)")
        #expect(abs(fit.scale - 2.5) < 0.25, "c = \(fit.scale)")
        let chi = try ChiSquared(degreesOfFreedom: 6)
        for p in [0.01, 0.001] {
            let tail = fit.lowerTail(2.5 * chi.quantile(p))
            #expect(tail > p / 1.5 && tail < p * 1.5, "\(p): \(tail)")
        }
        #expect(ScaledChiSquare(logMedian: 1, logLowerQuartile: 1) == nil)
    }

    @Test func benjaminiHochbergAgainstTheStepUpRule() {
        // Sorted 0.005, 0.01, 0.03, 0.04 with m = 4: 0.02, 0.02, 0.04, 0.04 (R's p.adjust "BH").
        let adjusted = BenjaminiHochberg.adjusted([0.01, 0.04, 0.03, 0.005])
        for (value, expected) in zip(adjusted, [0.02, 0.04, 0.04, 0.02]) { #expect(abs(value - expected) < 1e-15) }
        #expect(BenjaminiHochberg.rejected([0.01, 0.04, 0.03, 0.005], q: 0.03) == [true, false, false, true])
        // Monotone running minimum: 0.5 · 3/2 = 0.75 is capped by 0.6 · 3/3.
        #expect(BenjaminiHochberg.adjusted([0.5, 0.6, 0.55]).allSatisfy { abs($0 - 0.6) < 1e-15 })
        #expect(BenjaminiHochberg.adjusted([]).isEmpty)
    }

    @Test func benjaminiHochbergControlsFalseDiscoveries() {
        // 900 true nulls (uniform p) and 100 strong signals: the share of nulls among the
        // rejected, averaged over runs, stays below q = 0.1 (BH guarantees q·900/1000 = 0.09).
        var random = SplitMix64(seed: 11)
        var shares: [Double] = []
        for _ in 0..<200 {
            let nulls = (0..<900).map { _ in Double.random(in: 0..<1, using: &random) }
            let signals = (0..<100).map { _ in Double.random(in: 0..<1, using: &random) * 1e-4 }
            let rejected = BenjaminiHochberg.rejected(nulls + signals, q: 0.1)
            let total = rejected.filter { $0 }.count
            shares.append(Double(rejected.prefix(900).filter { $0 }.count) / Double(max(1, total)))
        }
        #expect(shares.reduce(0, +) / Double(shares.count) < 0.1)
    }

    /// A person's weeks: overdispersed visits (Poisson with a gamma-like wobble of the level)
    /// and binomial leads at a fixed conversion.
    static func funnel(weeks: Int, conversion: Double, _ random: inout SplitMix64) -> (visits: [Double], leads: [Double]) {
        var visits: [Double] = [], leads: [Double] = []
        for _ in 0..<weeks {
            let v = CleanReports.poisson(20 * exp(0.3 * CleanReports.normal(&random)), &random)
            visits.append(Double(max(1, v)))
            leads.append(Double(CleanReports.binomial(max(1, v), conversion, &random)))
        }
        return (visits, leads)
    }

    @Test func rateShiftOverdispersionOfBinomialCountsIsOne() {
        // Binomial counts are less dispersed than Poisson: the estimate stays at its floor of 1;
        // counts whose rate wobbles from period to period (a gamma-Poisson mixture with variance
        // 4 times the mean at this level) are read as overdispersed.
        var random = SplitMix64(seed: 5)
        let (visits, leads) = Self.funnel(weeks: 200, conversion: 0.3, &random)
        #expect(RateShift.overdispersion(outcome: leads, exposure: visits) == 1)
        let exposure = Array(repeating: 10.0, count: 400)
        let wobbly = exposure.map { _ in Double(CleanReports.poisson(3 * exp(0.9 * CleanReports.normal(&random) - 0.405), &random)) }
        #expect(RateShift.overdispersion(outcome: wobbly, exposure: exposure) > 1.5)
    }

    @Test func rateShiftOverdispersionHoldsForSmallCounts() {
        // Two leads a week from binomial visits: squared Pearson residuals of such small counts
        // take few values, and their median over 0.455 (the median of a chi-square with one
        // degree of freedom) read as 1.5 here; their mean stays near 1.
        var random = SplitMix64(seed: 9)
        let (visits, leads) = Self.funnel(weeks: 400, conversion: 0.1, &random)
        #expect(RateShift.overdispersion(outcome: leads, exposure: visits) < 1.2)
    }

    @Test func rateShiftFindsPaddedStretch() throws {
        var random = SplitMix64(seed: 6)
        var (visits, leads) = Self.funnel(weeks: 50, conversion: 0.3, &random)
        for t in 20..<35 { visits[t] *= 2 }
        let level = visits.map { log1p($0) - log1p(20) }
        let segment = try #require(RateShift.scan(level: level, outcome: leads, exposure: visits))
        #expect(abs(segment.start - 20) <= 2 && abs(segment.end - 35) <= 2, "\(segment)")
        #expect(segment.levelStatistic > 3 && segment.rateStatistic > 3)
        // The scan's statistic is the largest over all stretches, the located one's included.
        #expect(segment.statistic >= 2.0.squareRoot() * min(segment.levelStatistic, segment.rateStatistic) - 1e-12)
        #expect(segment.pValue < 1e-4)
    }

    @Test func rateShiftLocatesPaddedStretches() {
        // 300 series of 50 weeks, visits raised by 80% over 10 to 20 weeks somewhere in the
        // middle: of the stretches found (p < 0.01), at least 95% of the periods reported are
        // padded ones (97% here; the stretch with the largest scan statistic itself: 93%), and
        // they cover at least 93% of the padded periods (96%; 95%).
        var random = SplitMix64(seed: 8)
        var found = 0, reported = 0, padded = 0, hits = 0
        for _ in 0..<300 {
            var (visits, leads) = Self.funnel(weeks: 50, conversion: 0.3, &random)
            let length = Int.random(in: 10...20, using: &random), first = Int.random(in: 5...(45 - length), using: &random)
            for t in first..<(first + length) { visits[t] = (visits[t] * 1.8).rounded() }
            let level = visits.map { log1p($0) - log1p(20) }
            guard let segment = RateShift.scan(level: level, outcome: leads, exposure: visits), segment.pValue < 0.01 else { continue }
            found += 1
            reported += segment.end - segment.start
            padded += length
            hits += max(0, min(segment.end, first + length) - max(segment.start, first))
        }
        #expect(found > 250)
        #expect(Double(hits) / Double(reported) >= 0.95, "\(hits) of \(reported)")
        #expect(Double(hits) / Double(padded) >= 0.93, "\(hits) of \(padded)")
    }

    /// Weekly leads and the deals they bring, where deals also close from an older pipeline
    /// (`pipeline` a week whatever the leads), with honest leads `mean` a week, `season` times as
    /// many in weeks 15–34, and reported leads multiplied by `padding` in weeks 20–34.
    static func pipeline(mean: Double, pipeline: Double, season: Double, padding: Double,
                         _ random: inout SplitMix64) -> (leads: [Double], deals: [Double]) {
        var leads: [Double] = [], deals: [Double] = []
        for t in 0..<52 {
            let honest = Double(CleanReports.poisson(mean * ((15..<35).contains(t) ? season : 1), &random))
            deals.append(Double(CleanReports.poisson(pipeline, &random) + CleanReports.binomial(Int(honest), 0.15, &random)))
            leads.append((20..<35).contains(t) ? (honest * padding).rounded() : honest)
        }
        return (leads, deals)
    }

    @Test func rateShiftAgainstALineAllowsForThePipeline() {
        // Honest leads rise for a busy season; deals rise by the leads' share only. Against a rate
        // in proportion to the leads that reads as a fall (55 of 100 series here), against a line
        // of the peers' slope it does not (1). Leads doubled for fifteen weeks without deals
        // following are found less often (22 of 100; 59 in proportion, which calls the honest
        // seasons too): doubled leads would have raised only the deals that come from them.
        var random = SplitMix64(seed: 12)
        var proportional = 0, line = 0, paddedFound = 0
        for _ in 0..<100 {
            let (leads, deals) = Self.pipeline(mean: 3, pipeline: 1, season: 2.5, padding: 1, &random)
            let level = leads.map { log1p($0) - log1p(3) }
            if let p = RateShift.scan(level: level, outcome: deals, exposure: leads)?.pValue, p < 0.05 { proportional += 1 }
            if let p = RateShift.scan(level: level, outcome: deals, exposure: leads, slope: 0.15)?.pValue, p < 0.05 { line += 1 }
            let (padded, followed) = Self.pipeline(mean: 6, pipeline: 0.5, season: 1, padding: 2, &random)
            let paddedLevel = padded.map { log1p($0) - log1p(6) }
            if let p = RateShift.scan(level: paddedLevel, outcome: followed, exposure: padded, slope: 0.15)?.pValue, p < 0.05 { paddedFound += 1 }
        }
        #expect(line <= 5, "\(line) of 100 against the line")
        #expect(proportional >= 3 * max(1, line), "\(proportional) of 100 in proportion, \(line) against the line")
        #expect(paddedFound >= 15, "\(paddedFound) of 100 padded")
    }

    @Test func lineShortfallMatchesItsClosedForm() throws {
        // Outside: 3 periods with 6 of activity and 9 of outcome in all; inside: 2 periods with 10
        // and 7. Slope 1: predicted L ȳ + b (X − L x̄) = 2·3 + 1·(10 − 2·2) = 12 against 7, with
        // variance 12 + 2²·3/3 = 16.
        let z = try #require(RateShift.lineShortfall(inside: (10, 7), outside: (6, 9), length: 2, count: 3, slope: 1, dispersion: 1))
        #expect(abs(z - 1.25) < 1e-12, "\(z)")
        let wider = try #require(RateShift.lineShortfall(inside: (10, 7), outside: (6, 9), length: 2, count: 3, slope: 1, dispersion: 4))
        #expect(abs(wider - 0.625) < 1e-12, "\(wider)")
        #expect(RateShift.lineShortfall(inside: (10, 7), outside: (6, 0), length: 2, count: 3, slope: 1, dispersion: 1) == nil)
    }

    @Test func studentAsNormalKeepsTheTail() {
        // scipy.stats: t.sf(3.8, 8) = 0.0026183, whose normal deviate is 2.79210; t.sf(2.5, 30)
        // = 0.0090578, deviate 2.36325.
        #expect(abs(RateShift.studentAsNormal(3.8, degreesOfFreedom: 8) - 2.79210) < 1e-4)
        #expect(abs(RateShift.studentAsNormal(2.5, degreesOfFreedom: 30) - 2.36325) < 1e-4)
        #expect(RateShift.studentAsNormal(-1.5, degreesOfFreedom: 8) == -1.5)
    }

    @Test func rateShiftWeighsOverdispersionReadFromFewWeeks() {
        // 200 honest series of 40 weeks: ten weeks at half the activity (a ramp-up), then full
        // activity, with leads in proportion to visits but overdispersed (a rate that wobbles
        // from week to week, lognormal with σ 0.9). A stretch tested against the ten weeks
        // outside it reads the overdispersion from nine pairs of weeks. Weighed as a normal
        // statistic, 26 of the series came below p = 0.001; as Student's t, 9. (Still far more
        // than 0.1%: the activity's rise is real here, and the scan's p-value counts the level
        // as evidence, which holds only for people whose level does not change.)
        var random = SplitMix64(seed: 21)
        var low = 0
        for _ in 0..<200 {
            var visits: [Double] = [], leads: [Double] = []
            for t in 0..<40 {
                let v = max(1, CleanReports.poisson((t < 10 ? 10 : 20) * exp(0.2 * CleanReports.normal(&random)), &random))
                visits.append(Double(v))
                leads.append(Double(CleanReports.poisson(0.3 * Double(v) * exp(0.9 * CleanReports.normal(&random) - 0.405), &random)))
            }
            let level = visits.map { log1p($0) - log1p(20) }
            if let segment = RateShift.scan(level: level, outcome: leads, exposure: visits), segment.pValue < 0.001 { low += 1 }
        }
        #expect(low <= 13, "\(low) of 200")
    }

    @Test func rateShiftIsConservativeWithoutPadding() {
        // 400 honest series of 50 weeks: the share with p below 0.05 stays below 0.05 (the
        // p-value is a bound, so it is far below).
        var random = SplitMix64(seed: 7)
        var low = 0
        for _ in 0..<400 {
            let (visits, leads) = Self.funnel(weeks: 50, conversion: 0.25, &random)
            let level = visits.map { log1p($0) - log1p(20) }
            if let segment = RateShift.scan(level: level, outcome: leads, exposure: visits), segment.pValue < 0.05 { low += 1 }
        }
        #expect(Double(low) / 400 < 0.05, "\(low) of 400")
    }

    @Test func rateShiftLeavesActivityOutliersOutOfTheRate() {
        // Two weeks of visits written ten and five times as large, leads left alone, nine weeks
        // apart: weighed in the rate, their visits make the stretch between them read as one of
        // lower conversion (55 of 100 such series below 0.05); they are outliers of the
        // activity, the spike tests' business, and left out of the rate they are not.
        var random = SplitMix64(seed: 14)
        var found = 0
        for _ in 0..<100 {
            var (visits, leads) = Self.funnel(weeks: 50, conversion: 0.45, &random)
            visits[25] *= 10
            visits[34] *= 5
            let level = visits.map { log1p($0) - log1p(20) }
            if let segment = RateShift.scan(level: level, outcome: leads, exposure: visits), segment.pValue < 0.05 { found += 1 }
        }
        #expect(found <= 10, "\(found) of 100")
    }

    @Test func simesCombination() {
        // min(3·0.01/1, 3·0.02/2) = 0.03 with three tests.
        #expect(abs(TailProbability.simes([0.02, 0.01], tests: 3) - 0.03) < 1e-15)
        #expect(TailProbability.simes([], tests: 18) == 1)
        #expect(TailProbability.simes([0.5], tests: 18) == 1)
        // Twenty stretches of a scan over 500 at 0.001 each: 500 · 0.001 / 20, where
        // Bonferroni's bound on the smallest is 0.5.
        #expect(abs(TailProbability.simes(Array(repeating: 0.001, count: 20) + [0.3, 0.9], tests: 500) - 0.025) < 1e-15)
    }

    @Test func levelShiftScan() {
        var random = SplitMix64(seed: 3)
        let noise = (0..<50).map { _ in Self.normal(&random) }
        // A clean series: the most extreme stretch is not significant.
        let clean = try! #require(LevelShift.scan(noise, upward: true))
        #expect(clean.pValue > 0.05)
        // Three standard deviations higher from index 20 to 34.
        let shifted = noise.enumerated().map { $0.offset >= 20 && $0.offset < 35 ? $0.element + 3 : $0.element }
        let found = try! #require(LevelShift.scan(shifted, upward: true))
        #expect(found.pValue < 1e-4)
        let overlap = max(0, min(found.end, 35) - max(found.start, 20))
        #expect(Double(overlap) >= 0.7 * Double(max(found.end - found.start, 15)), "\(found)")
        #expect(found.shift > 2)
    }

    @Test func levelShiftTailIsConservative() {
        // The approximation n z² φ(z) / 8 against the simulated maximum over stretches of 50
        // standard normal values: the share of series whose p-value falls below 0.01 stays
        // at most 0.01.
        var random = SplitMix64(seed: 5)
        var below = 0
        let runs = 2000
        for _ in 0..<runs {
            let series = (0..<50).map { _ in Self.normal(&random) }
            if let p = LevelShift.scan(series, upward: true, noise: 1)?.pValue, p < 0.01 { below += 1 }
        }
        #expect(Double(below) / Double(runs) <= 0.01)
    }

    @Test func levelShiftPermutationsHoldOnHeavyTails() {
        // Honest log revenue per deal: the log of the mean of one to four lognormal deal sizes
        // (σ = 0.8), one deal in thirty a whale eight to fifteen times the usual size. The
        // permutation p-value of a shift either way falls below 0.01 in about 2% of such series
        // (two tests at 1%); over 400 series of 50 weeks the share stays within three binomial
        // standard deviations of that (at most 3.5%).
        var random = SplitMix64(seed: 11)
        var below = 0
        let runs = 400
        for _ in 0..<runs {
            let series = (0..<50).map { _ -> Double in
                let deals = Int.random(in: 1...4, using: &random)
                let sizes = (0..<deals).map { _ -> Double in
                    let whale = Double.random(in: 0..<1, using: &random) < 1.0 / 30 ? Double.random(in: 8...15, using: &random) : 1
                    return whale * exp(0.8 * Self.normal(&random))
                }
                return log(sizes.reduce(0, +) / Double(deals))
            }
            let p = [true, false].compactMap { LevelShift.permutationScan(series, upward: $0, permutations: 999)?.pValue }.min() ?? 1
            if p < 0.01 { below += 1 }
        }
        #expect(Double(below) / Double(runs) <= 0.035, "\(below) of \(runs)")
    }

    @Test func levelShiftPermutationsAreCutOnLongSeries() {
        // Weekly series of a few years keep every permutation asked for; a series of daily
        // reports over years (a million stretches) is cut to 999; a small request is kept.
        #expect(LevelShift.permutationCount(requested: 49_999, stretches: 5_000) == 49_999)
        #expect(LevelShift.permutationCount(requested: 49_999, stretches: 100_000) == 5_000)
        #expect(LevelShift.permutationCount(requested: 49_999, stretches: 1_000_000) == 999)
        #expect(LevelShift.permutationCount(requested: 500, stretches: 10_000_000) == 500)
    }

    @Test func digitHelpers() {
        #expect(DigitTests.firstDigit(0.00734) == 7)
        #expect(DigitTests.firstDigit(1000) == 1)
        #expect(DigitTests.firstDigit(0) == nil)
        #expect(DigitTests.firstTwoDigits(9_999) == 99)
        #expect(DigitTests.firstTwoDigits(4_530) == 45)
        #expect(DigitTests.firstTwoDigits(7) == nil)
        #expect(DigitTests.lastDigit(1235) == 5)
        #expect(DigitTests.lastDigit(9) == nil)
        #expect(abs(DigitTests.benfordFirst.reduce(0, +) - 1) < 1e-12)
        #expect(abs(DigitTests.benfordFirstTwo.reduce(0, +) - 1) < 1e-12)
        #expect(abs(DigitTests.benfordFirst[0] - log10(2)) < 1e-15)
    }

    @Test func roundingResolutionAndAgreementWidth() {
        #expect(DigitTests.resolution(4007) == 1)
        #expect(abs(DigitTests.resolution(4007.23) - 0.01) < 1e-12)
        #expect(DigitTests.resolution(2500) == 100)
        #expect(DigitTests.resolution(1000) == 1000)
        // Everything written in hundreds: two amounts agree a hundred times as often.
        #expect(abs(DigitTests.agreementWidth([2500, 1200, 3400]) - 100) < 1e-9)
        // Written to the unit, some ending in 0 or 00 by chance or by rounding:
        // 1 + (2/4)² · 10 + (1/4)² · 100 = 9.75.
        #expect(abs(DigitTests.agreementWidth([4007, 3930, 1200, 2511]) - 9.75) < 1e-9)
        // Written to the cent.
        #expect(abs(DigitTests.agreementWidth([4007.23, 3930.51, 1200.07]) - 0.01) < 1e-12)
        #expect(DigitTests.agreementWidth([]) == 1)
    }

    @Test func digitComparisonSizedForSmallSamples() {
        // Counts at Benford's proportions (n = 50 rounded) are not rejected; 50 values
        // crowded on the middle digits, as made-up amounts are, are, and Nigrini's MAD grows.
        let benford = [15, 9, 6, 5, 4, 3, 3, 3, 2]
        let conforming = DigitTests.compare(counts: benford, expected: DigitTests.benfordFirst)
        #expect(conforming.pValue > 0.5)
        let even = DigitTests.compare(counts: [4, 5, 9, 9, 9, 8, 3, 2, 1], expected: DigitTests.benfordFirst)
        #expect(even.pValue < 0.01)
        #expect(even.meanAbsoluteDeviation > conforming.meanAbsoluteDeviation)
        // Pearson's statistic by hand: Σ (O − E)² / E.
        let expected = zip([4, 5, 9, 9, 9, 8, 3, 2, 1], DigitTests.benfordFirst).map { o, p in
            (Double(o) - 50 * p) * (Double(o) - 50 * p) / (50 * p)
        }.reduce(0, +)
        #expect(abs(even.chiSquare - expected) < 1e-12)
        // The simulated p-value is reproducible.
        #expect(DigitTests.compare(counts: benford, expected: DigitTests.benfordFirst) == conforming)
        // Stopped at the tenth exceedance, a conforming sample takes a few dozen simulations
        // (p = 10 / l, still far from significant); a significant one, whose simulation never
        // reaches ten exceedances, keeps the full simulation's p-value.
        let stopped = DigitTests.compare(counts: benford, expected: DigitTests.benfordFirst, stopAfter: 10)
        #expect(stopped.pValue > 0.3 && stopped.chiSquare == conforming.chiSquare)
        let l = 10 / stopped.pValue
        #expect(abs(l - l.rounded()) < 1e-9 && l < 40, "\(l) simulations")
        #expect(DigitTests.compare(counts: [4, 5, 9, 9, 9, 8, 3, 2, 1], expected: DigitTests.benfordFirst, stopAfter: 10) == even)
    }

    @Test func digitReferenceShrinksPeersTowardsTheLaw() {
        // No peers: the law itself, known exactly.
        let none = DigitTests.reference(counts: Array(repeating: 0, count: 9), law: DigitTests.benfordFirst)
        #expect(zip(none.shares, DigitTests.benfordFirst).allSatisfy { abs($0 - $1) < 1e-15 } && none.size == nil)
        // 27 peer values all with first digit 5: the law weighs as much as nine values.
        var counts = Array(repeating: 0, count: 9)
        counts[4] = 27
        let shrunk = DigitTests.reference(counts: counts, law: DigitTests.benfordFirst)
        #expect(abs(shrunk.shares.reduce(0, +) - 1) < 1e-12)
        #expect(abs(shrunk.shares[4] - (27 + 9 * DigitTests.benfordFirst[4]) / 36) < 1e-15)
        #expect(abs(shrunk.shares[0] - DigitTests.benfordFirst[0] / 4) < 1e-15)
        #expect(shrunk.size == 48)  // (27 + 9)² / 27
        // Noisy expected proportions make a deviation less surprising.
        let even = [4, 5, 9, 9, 9, 8, 3, 2, 1]
        let exact = DigitTests.compare(counts: even, expected: DigitTests.benfordFirst)
        let estimated = DigitTests.compare(counts: even, expected: DigitTests.benfordFirst, referenceSize: 50)
        #expect(estimated.chiSquare == exact.chiSquare && estimated.pValue > exact.pValue)
    }

    @Test func exactTails() {
        // Poisson(2): P(X ≤ 1) = 3e⁻², P(X ≥ 3) = 1 − 5e⁻².
        #expect(abs(TailProbability.poissonLower(atMost: 1, mean: 2) - 3 * exp(-2)) < 1e-15)
        #expect(abs(TailProbability.poissonUpper(atLeast: 3, mean: 2) - (1 - 5 * exp(-2))) < 1e-15)
        // Poisson-binomial with equal chances is the binomial: P(X ≥ 2 | n = 3, p = 0.5) = 1/2.
        #expect(abs(TailProbability.poissonBinomialUpper(atLeast: 2, probabilities: [0.5, 0.5, 0.5]) - 0.5) < 1e-15)
        // Unequal chances: P(both) = 0.1 · 0.2.
        #expect(abs(TailProbability.poissonBinomialUpper(atLeast: 2, probabilities: [0.1, 0.2]) - 0.02) < 1e-15)
    }

    @Test func roundStretchExactTail() throws {
        // 30 reports with a count (round by chance 0.2) and an amount (0.02); reports 10 to 17
        // are all round. Outside them nothing is, so the person's own rate (0 + 1)/(22 + 2) is
        // above the peers' 0.02 for amounts and below their 0.2 for counts: the tail is
        // 0.2⁸ · (1/24)⁸, times the 258 stretches of 4 to 15 reports.
        let values = (0..<30).map { position in
            (0..<2).map { RoundStretch.Value(measure: $0, round: (10..<18).contains(position)) }
        }
        let found = try #require(RoundStretch.scan(values, peerRates: [0.2, 0.02]))
        #expect(found.start == 10 && found.end == 18)
        #expect(found.roundCount == 16 && found.eligible == 16)
        #expect(abs(found.expected - 8 * (0.2 + 1.0 / 24)) < 1e-12)
        let expected = 258 * Foundation.pow(0.2, 8.0) * Foundation.pow(1.0 / 24, 8.0)
        #expect(abs(found.pValue / expected - 1) < 1e-9, "\(found.pValue) against \(expected)")
    }

    @Test func roundStretchLocatesTheMadeUpReports() throws {
        // Reports 10 to 19 all round (two counts, round by chance 0.2, and an amount, 0.02);
        // their honest neighbours 8, 9, 20 and 21 have both counts round and an amount that is
        // not. Taking them in makes the stretch's tail smaller still (38 of 42 round is rarer
        // than 30 of 30), so the most significant stretch runs over them; the stretch of one
        // rate of round values inside holds all and only the made-up reports.
        let values = (0..<40).map { position in
            [RoundStretch.Value(measure: 0, round: (8..<22).contains(position)),
             RoundStretch.Value(measure: 1, round: (8..<22).contains(position)),
             RoundStretch.Value(measure: 2, round: (10..<20).contains(position))]
        }
        let found = try #require(RoundStretch.scan(values, peerRates: [0.2, 0.2, 0.02]))
        #expect(found.start == 10 && found.end == 20, "\(found)")
        #expect(found.roundCount == 30 && found.eligible == 30)
        #expect(found.pValue < 1e-10)
    }

    @Test func roundStretchAllowsForThePersonsHabit() throws {
        // Someone who writes every amount round has no stretch that stands out.
        let values = (0..<40).map { _ in [RoundStretch.Value(measure: 0, round: true)] }
        let found = try #require(RoundStretch.scan(values, peerRates: [0.02]))
        #expect(found.pValue == 1)
        // Too few reports to scan.
        #expect(RoundStretch.scan(Array(values.prefix(7)), peerRates: [0.02]) == nil)
    }

    @Test func pairGapsCountPairsWithinEveryGap() {
        // Against counting by hand: 40 reports of three counts, asked about every pair's own
        // gaps and about gaps that fall between or below those that occur.
        var random = SplitMix64(seed: 21)
        let counts = (0..<40).map { _ in [Double(CleanReports.poisson(14, &random)), Double(CleanReports.poisson(4, &random)),
                                         Double(CleanReports.poisson(1.5, &random))] }
        var gaps: [[Double]] = []
        for i in counts.indices { for j in counts.indices where j > i { gaps.append(zip(counts[i], counts[j]).map { abs($0 - $1) }) } }
        let byHand = { (limit: [Double]) in
            Double(max(1, gaps.filter { gap in zip(gap, limit).allSatisfy { $0 <= $1 } }.count)) / Double(gaps.count)
        }
        // Both ways of answering: the cumulative table, and bitsets when the table would be
        // too large.
        for pairGaps in [PairGaps(counts), PairGaps(counts, tableLimit: 1)] {
            for limit in gaps + [[0.5, 0.5, 0.5], [-1, 3, 3], [2.5, 1, 0], [100, 100, 100]] {
                #expect(pairGaps.share(within: limit) == byHand(limit), "\(limit)")
            }
        }
        #expect(PairGaps([[3, 1, 0]]).share(within: [0, 0, 0]) == 1)
        #expect(PairGaps([[3, 1, 0]], tableLimit: 1).share(within: [0, 0, 0]) == 1)
    }

    @Test func fisherCombinationMatchesItsClosedForm() {
        // Two independent p-values whose product is c: P = c (1 − log c).
        let c = 0.01 * 0.03
        #expect(abs(TailProbability.fisher([0.01, 0.03]) / (c * (1 - log(c))) - 1) < 1e-9)
        #expect(abs(TailProbability.fisher([0.2]) - 0.2) < 1e-12)
        #expect(TailProbability.fisher([0.5, 0]) == 0)
    }

    @Test func quasiPoissonTailIsThePoissonTailScaled() {
        // Without overdispersion, the exact Poisson tail at whole numbers.
        for k in [0.0, 1, 4, 9] {
            let exact = TailProbability.poissonLower(atMost: k, mean: 6.5)
            #expect(abs(TailProbability.quasiPoissonLower(atMost: k, mean: 6.5, dispersion: 1) / exact - 1) < 1e-9, "\(k)")
        }
        // With overdispersion 2: the count and the mean halved.
        #expect(abs(TailProbability.quasiPoissonLower(atMost: 6, mean: 13, dispersion: 2)
                    / TailProbability.poissonLower(atMost: 3, mean: 6.5) - 1) < 1e-9)
        #expect(TailProbability.quasiPoissonLower(atMost: 2, mean: 0, dispersion: 1) == 1)
    }

    @Test func quasiBinomialTailsAreTheBinomialTailsScaled() {
        // Without overdispersion, the exact binomial tails at whole numbers.
        func choose(_ n: Int, _ k: Int) -> Double { (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) } }
        func mass(_ n: Int, _ k: Int, _ p: Double) -> Double { choose(n, k) * pow(p, Double(k)) * pow(1 - p, Double(n - k)) }
        for k in [1, 4, 9, 20] {
            let tails = TailProbability.quasiBinomialTails(Double(k), trials: 20, probability: 0.3, dispersion: 1)
            let upper = (k...20).map { mass(20, $0, 0.3) }.reduce(0, +), lower = (0...k).map { mass(20, $0, 0.3) }.reduce(0, +)
            #expect(abs(tails.upper / upper - 1) < 1e-9 && abs(tails.lower / lower - 1) < 1e-9, "\(k)")
        }
        // With overdispersion 2: the count and the trials halved.
        let halved = TailProbability.quasiBinomialTails(12, trials: 20, probability: 0.3, dispersion: 2)
        let exact = (6...10).map { mass(10, $0, 0.3) }.reduce(0, +)
        #expect(abs(halved.upper / exact - 1) < 1e-9)
        #expect(TailProbability.quasiBinomialTails(0, trials: 20, probability: 0.3, dispersion: 1).upper == 1)
        #expect(TailProbability.quasiBinomialTails(20, trials: 20, probability: 0.3, dispersion: 1).lower == 1)
    }

    @Test func binomialStepReadsOverdispersionFromTheOtherReports() throws {
        // Leads out of visits, one week far off: it does not widen the dispersion it is judged
        // by, and a week with more leads than visits makes the others no trials.
        let visits = [10.0, 12, 9, 11, 10, 12, 8, 10]
        let leads = [3.0, 4, 3, 3, 3, 4, 2, 10]
        let step = try #require(BinomialStep(activity: visits, outcome: leads))
        #expect(step.dispersion(leaving: 7) == 1)
        #expect(step.dispersion(leaving: 0) > 1)
        #expect(step.applies(leaving: 3))
        let exceeding = try #require(BinomialStep(activity: visits, outcome: leads.enumerated().map { $0.offset == 7 ? 12 : $0.element }))
        #expect(exceeding.applies(leaving: 7) && !exceeding.applies(leaving: 3))
        #expect(BinomialStep(activity: visits, outcome: Array(repeating: 0, count: 8)) == nil)
    }

    @Test func leaveOutLineIgnoresThePointsLeftOut() throws {
        // Points on y = 2 + 3x but two far off: leaving them out recovers the line exactly.
        let x = [1.0, 2, 3, 4, 5, 6, 7], y = [5.0, 8, 11, 40, 17, 20, 2]
        let line = try #require(LeaveOutLine(x: x, y: y, leaving: [3, 6]))
        #expect(abs(line.intercept - 2) < 1e-12 && abs(line.slope - 3) < 1e-12)
        #expect(line.dispersion == 1)
        #expect(abs(line.predict(4) - 14) < 1e-12)
        let kept = try #require(LeaveOutLine(x: x, y: y, leaving: [3]))
        #expect(kept.dispersion > 1)
        #expect(LeaveOutLine(x: [1, 1, 1, 2], y: [1, 2, 3, 4], leaving: [3]) == nil)
        #expect(LeaveOutLine(x: [1, 2, 3, 4], y: [1, 2, 3, 4], leaving: [0, 1]) == nil)
    }

    @Test func calmStretchHoldsItsLevelOnHonestSeries() throws {
        // 400 honest people of 52 reports: no deal in a quarter of the periods, lognormal
        // amounts otherwise, an occasional amount without a deal, and visits around 30. The scan
        // is a test at 5%: at most that share may come out below 0.05.
        var random = SplitMix64(seed: 3)
        var low = 0
        for _ in 0..<400 {
            let reports = (0..<52).map { _ -> CalmStretch.Report in
                let amount = Double.random(in: 0..<1, using: &random) < 0.25 ? 0 : (2500 * exp(0.7 * Self.normal(&random))).rounded()
                let withoutDeals = amount > 0 && Double.random(in: 0..<1, using: &random) < 0.02
                return CalmStretch.Report(amount: amount, amountWithoutDeals: withoutDeals,
                                          counts: [log1p(Double(CleanReports.poisson(30, &random)))])
            }
            // No stretch without a period lacking an amount is no finding.
            if let found = CalmStretch.scan(reports, amountResolution: 1), found.pValue < 0.05 { low += 1 }
        }
        #expect(low <= 20, "\(low) of 400 below 0.05")
    }

    @Test func calmStretchWeighsAmountsWithoutDealsAmongPeriodsWithAnAmount() throws {
        // A person with an amount in 60% of the periods, and a third of those paid without a
        // deal (renewals, payments on earlier deals). A stretch of 8 periods with an amount in
        // each is weighed against the person's other periods with an amount, 30 of 50: under
        // that chance alone its count of payments without deals comes out below 0.05 in about
        // 5% of honest stretches. The rate over all 50 other periods put 17% there.
        var random = SplitMix64(seed: 11)
        var low = 0
        let draws = 4000
        for _ in 0..<draws {
            let inside = (0..<8).filter { _ in Double.random(in: 0..<1, using: &random) < 1.0 / 3 }.count
            let outside = (0..<30).filter { _ in Double.random(in: 0..<1, using: &random) < 1.0 / 3 }.count
            if CalmStretch.withoutDealsTail(count: inside, length: 8, outsideCount: outside, outsideWithAmount: 30) < 0.05 { low += 1 }
        }
        let share = Double(low) / Double(draws)
        #expect(share <= 0.06 && share >= 0.02, "\(low) of \(draws) below 0.05")
        // And it still sees a stretch that differs: 5 of 8 where 3 of 30 came before.
        #expect(CalmStretch.withoutDealsTail(count: 5, length: 8, outsideCount: 3, outsideWithAmount: 30) < 0.01)
    }

    @Test func calmStretchAllowsForRunsOfEqualWholeNumbers() throws {
        // Visits of about 11 a week, five weeks of which are 9 each: equal whole numbers come in
        // runs now and then, which is not a spread of zero.
        var random = SplitMix64(seed: 9)
        let reports = (0..<52).map { position -> CalmStretch.Report in
            let amount = position % 8 == 7 ? 0 : (2500 * exp(0.7 * Self.normal(&random))).rounded()
            let visits = (8..<13).contains(position) ? 9 : CleanReports.poisson(11, &random)
            return CalmStretch.Report(amount: amount, amountWithoutDeals: false, counts: [log1p(Double(visits))])
        }
        let found = try #require(CalmStretch.scan(reports, amountResolution: 1))
        #expect(found.pValue > 0.05, "\(found)")
    }

    @Test func calmStretchAllowsForCountsWrittenInFives() throws {
        // Visits of about 30 a week written to the nearest five, eight weeks of them 30 each: a
        // run of equal values at that unit is no spread of zero.
        var random = SplitMix64(seed: 4)
        let visits = (0..<52).map { position in
            (8...15).contains(position) ? 30 : 5 * (Double(CleanReports.poisson(30, &random)) / 5).rounded()
        }
        let reports = visits.enumerated().map { position, visits in
            CalmStretch.Report(amount: position % 8 == 7 && !(8...15).contains(position) ? 0 : (2500 * exp(0.7 * Self.normal(&random))).rounded(),
                               amountWithoutDeals: false, counts: [log1p(visits)])
        }
        #expect(DigitTests.countUnit(visits) == 5 && DigitTests.countUnit([3, 14, 20, 9]) == 1 && DigitTests.countUnit([]) == 1)
        #expect(DigitTests.amountUnit([3000, 12000, 0, 1000]) == 1000 && DigitTests.amountUnit([1234, 2000, 517]) == 1
                && DigitTests.amountUnit([12.34, 5.5, 8]) == 0.01 && DigitTests.amountUnit([]) == 1)
        // Amounts below 1 (in millions) are not multiples of a larger unit; none fits 1/3.
        #expect(DigitTests.amountUnit([0.09, 0.15, 0.4, 1.25]) == 0.01 && DigitTests.amountUnit([1.0 / 3, 2.0 / 3]) == 0)
        let inFives = try #require(CalmStretch.scan(reports, amountResolution: 1, countUnits: [5]))
        #expect(inFives.pValue > 0.05, "\(inFives)")
        let asUnits = try #require(CalmStretch.scan(reports, amountResolution: 1))
        #expect(asUnits.pValue < 0.05 && asUnits.pValue < inFives.pValue, "\(asUnits.pValue) against \(inFives.pValue)")
    }

    @Test func amountsUnitIsTheOneMostPeopleWriteIn() {
        let units: [[Double]] = [[1234, 2000, 517, 0], [2210, 985, 3377], [4020, 1999, 150]]
        #expect(AmountScale.writtenUnit(units) == 1)
        // One person who writes cents, or rounds to hundreds, does not set the unit.
        #expect(AmountScale.writtenUnit(units + [[1234.56, 99.95, 410.1]]) == 1)
        #expect(AmountScale.writtenUnit(units + [[1200, 3500, 800]]) == 1)
        // Thousands to three places, millions to six: the same unit at each scale.
        let thousands = units.map { $0.map { Double(String(format: "%.3f", $0 / 1000))! } }
        let millions = units.map { $0.map { Double(String(format: "%.6f", $0 / 1_000_000))! } }
        #expect(AmountScale.writtenUnit(thousands) == 0.001 && AmountScale.writtenUnit(millions) == 1e-6)
        // Cents of whole amounts count in hundreds; amounts in round thousands, or from a price
        // list, keep their digits.
        #expect(AmountScale.writtenUnit(units.map { $0.map { $0 * 100 } }) == 100)
        #expect(AmountScale.writtenUnit([[3000, 12000, 1000], [5000, 2000, 0]]) == 1)
        #expect(AmountScale.writtenUnit([[990, 2980, 1490], [2490, 4990, 3480]]) == 1)
        #expect(AmountScale.writtenUnit([[12.34, 5.5, 8.01], [99.95, 0.5, 13.47]]) == 0.01)
        // No amounts; amounts of no decimal unit (thirds of 2,500): a thousandth of the typical
        // amount's power of ten.
        #expect(AmountScale.writtenUnit([[0, 0], []]) == 1)
        #expect(AmountScale.writtenUnit([[2500.0 / 3, 5000.0 / 3, 10000.0 / 3]]) == 1)
        #expect(AmountScale.writtenUnit([[25000.0 / 3, 26000.0 / 3, 28000.0 / 3], [5123.456789012, 4711.123456789]]) == 1)
        #expect(AmountScale.writtenUnit([[1_234_567.891234, 2_345_678.912345]]) == 1)
        // Thirds of 25,000 in millions: a thousandth of the typical amount's power of ten.
        #expect(AmountScale.writtenUnit([[25000.0 / 3e6, 26000.0 / 3e6, 28000.0 / 3e6]]) == 1e-6)
        // Ten people with four amounts to the cent do not outvote three with six whole ones;
        // with nobody at five amounts, everyone votes.
        let cents = (0..<10).map { k in [12.34, 56.78, 90.12, 34.56].map { $0 + Double(k) } }
        let whole = (0..<3).map { k in [123, 456, 789, 234, 567, 890].map { Double($0 + k) } }
        #expect(AmountScale.writtenUnit(cents + whole) == 1 && AmountScale.writtenUnit(cents) == 0.01)
        // One person in units and one in cents: the coarser.
        #expect(AmountScale.writtenUnit([[1234, 2000, 517], [1234.56, 99.95, 410.1]]) == 1)
        // Large amounts to the cent.
        #expect(AmountScale.writtenUnit([[12_345_678.91, 23_456_789.01, 3_456_789.12]]) == 0.01)
    }

    @Test func digitsAreReadInTheUnitEachPersonWrites() throws {
        // Cents of whole amounts (234500 for 2,345.00), and one person who writes cents
        // (523417): the detectors count in hundreds of cents, the digits are the person's own.
        var rows: [AuditRow] = []
        for week in 1...8 {
            let a = Double(100 * (2000 + 37 * week)), b = Double(100 * (3000 + 41 * week)), c = Double(523_400 + 17 * week)
            rows.append(AuditRow(entity: "a", period: "W\(week)", values: [5, 1, a]))
            rows.append(AuditRow(entity: "b", period: "W\(week)", values: [5, 1, b]))
            rows.append(AuditRow(entity: "c", period: "W\(week)", values: [5, 1, c]))
        }
        let input = try AuditInput(measures: ["visits", "deals", "revenue"], rows: rows)
        #expect(input.amountUnit == 100)
        let cents = try #require(input.rows.indices.first { input.rows[$0].entity == "c" })
        let hundreds = try #require(input.rows.indices.first { input.rows[$0].entity == "a" })
        #expect(input.value(cents, 2) == 5234.17 && input.writtenDigits(cents, 2) == 523_417)
        #expect(input.value(hundreds, 2) == 2037 && input.writtenDigits(hundreds, 2) == 2037)
        // Whole amounts among cents: 418, not 41800.
        var mixedRows: [AuditRow] = []
        for week in 1...8 {
            let w = Double(week)
            mixedRows.append(AuditRow(entity: "a", period: "W\(week)", values: [5, 418.37 + w]))
            mixedRows.append(AuditRow(entity: "b", period: "W\(week)", values: [5, 512.93 + w]))
            mixedRows.append(AuditRow(entity: "c", period: "W\(week)", values: [5, 418 + w]))
        }
        let mixed = try AuditInput(measures: ["visits", "revenue"], rows: mixedRows)
        let whole = try #require(mixed.rows.indices.first { mixed.rows[$0].entity == "c" })
        #expect(mixed.amountUnit == 0.01 && mixed.value(whole, 1) == 41_900 && mixed.writtenDigits(whole, 1) == 419)
    }

    @Test func calmStretchDoesNotWeighAmountsWrittenCoarsely() throws {
        // Amounts written in thousands repeat often: their spread is not weighed, only that
        // every report has one.
        var random = SplitMix64(seed: 5)
        let reports = (0..<40).map { position -> CalmStretch.Report in
            let amount = position % 8 == 0 ? 0 : (3 * exp(0.5 * Self.normal(&random))).rounded() * 1000
            return CalmStretch.Report(amount: amount, amountWithoutDeals: false, counts: [])
        }
        let found = try #require(CalmStretch.scan(reports, amountResolution: DigitTests.agreementWidth(reports.map(\.amount))))
        #expect(found.amountSpread == nil)
        // Nor, however finely written, amounts from a list, which repeat exactly: more than a
        // tenth of these equal another.
        #expect(CalmStretch.repeatedShare(reports.map(\.amount)) > CalmStretch.repeatedShareLimit)
        #expect(try #require(CalmStretch.scan(reports, amountResolution: 1, amountsRepeat: true)).amountSpread == nil)
        // The same amounts to the unit are weighed.
        let exact = reports.enumerated().map { position, report in
            CalmStretch.Report(amount: report.amount == 0 ? 0 : report.amount + Double(position * 7 % 500),
                               amountWithoutDeals: false, counts: [])
        }
        #expect(CalmStretch.repeatedShare(exact.map(\.amount)) <= CalmStretch.repeatedShareLimit)
        #expect(try #require(CalmStretch.scan(exact, amountResolution: 1)).amountSpread != nil)
    }

    static func normal(_ random: inout SplitMix64) -> Double { CleanReports.normal(&random) }
}
