import Foundation

extension Normal {
    /// The standard normal quantile `Φ⁻¹(p)` by Wichura's rational
    /// approximations (Applied Statistics algorithm AS 241, "PPND16"), whose
    /// relative error is about `10⁻¹⁶` for `min(p, 1 − p) ≥ 10⁻³⁰⁰`.
    ///
    /// Three regions are used. Near the centre, `|p − ½| ≤ 0.425`, the quantile
    /// is `q · A(r)/B(r)` with `q = p − ½` and `r = 0.425² − q²`. In the tails
    /// the variable `r = √(−ln min(p, 1 − p))` is used: `C(r − 1.6)/D(r − 1.6)`
    /// for `r ≤ 5`, and `E(r − 5)/F(r − 5)` beyond (`p < e⁻²⁵ ≈ 1.4·10⁻¹¹`).
    /// For `p > ½` the tail variable is formed from `1 − p`, which is exact.
    static func wichuraQuantile(_ p: Double) -> Double {
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180_625 - q * q
            return q * horner(centralNumerator, r) / horner(centralDenominator, r)
        }
        let tail = q < 0 ? p : 1 - p
        var r = (-log(tail)).squareRoot()
        let magnitude: Double
        if r <= 5 {
            r -= 1.6
            magnitude = horner(intermediateNumerator, r) / horner(intermediateDenominator, r)
        } else {
            r -= 5
            magnitude = horner(farNumerator, r) / horner(farDenominator, r)
        }
        return q < 0 ? -magnitude : magnitude
    }

    /// Evaluates `c₀ + c₁ r + … + cₙ rⁿ`.
    private static func horner(_ coefficients: [Double], _ r: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * r + $1 }
    }

    private static let centralNumerator: [Double] = [
        3.387_132_872_796_366_608, 133.141_667_891_784_377_45, 1971.590_950_306_551_442_7,
        13_731.693_765_509_461_125, 45_921.953_931_549_871_457, 67_265.770_927_008_700_853,
        33_430.575_583_588_128_105, 2509.080_928_730_122_672_7,
    ]
    private static let centralDenominator: [Double] = [
        1, 42.313_330_701_600_911_252, 687.187_007_492_057_908_3, 5394.196_021_424_751_107_7,
        21_213.794_301_586_595_867, 39_307.895_800_092_710_61, 28_729.085_735_721_942_674,
        5226.495_278_852_545_925,
    ]
    private static let intermediateNumerator: [Double] = [
        1.423_437_110_749_683_577_34, 4.630_337_846_156_545_295_9, 5.769_497_221_460_691_405_5,
        3.647_848_324_763_204_605_04, 1.270_458_252_452_368_382_58, 0.241_780_725_177_450_611_77,
        0.022_723_844_989_269_184_583_3, 7.745_450_142_783_414_076_4e-4,
    ]
    private static let intermediateDenominator: [Double] = [
        1, 2.053_191_626_637_758_821_87, 1.676_384_830_183_803_849_4, 0.689_767_334_985_100_004_55,
        0.148_103_976_427_480_074_59, 0.015_198_666_563_616_457_196_6, 5.475_938_084_995_344_946e-4,
        1.050_750_071_644_416_843_24e-9,
    ]
    private static let farNumerator: [Double] = [
        6.657_904_643_501_103_777_2, 5.463_784_911_164_114_369_9, 1.784_826_539_917_291_335_8,
        0.296_560_571_828_504_891_23, 0.026_532_189_526_576_123_093, 0.001_242_660_947_388_078_438_6,
        2.711_555_568_743_487_578_15e-5, 2.010_334_399_292_288_132_65e-7,
    ]
    private static let farDenominator: [Double] = [
        1, 0.599_832_206_555_887_937_69, 0.136_929_880_922_735_805_31, 0.014_875_361_290_850_614_852_5,
        7.868_691_311_456_132_591e-4, 1.846_318_317_510_054_681_8e-5, 1.421_511_758_316_445_888_7e-7,
        2.044_263_103_389_939_785_64e-15,
    ]
}
