import Foundation

/// How a data set writes its amounts: the power of ten they are counted in, and per person the
/// unit whose last digit the person chooses.
///
/// The detectors read amounts as multiples of ``unit``, so that the same reports give the same
/// findings whether revenue is written in units or in thousands or millions to the unit; reasons
/// print them back as written.
struct AmountScale: Sendable {
    /// The power of ten the data set's amounts are written in, at most 1 (``writtenUnit(_:)``).
    let unit: Double
    /// Per series, the factor that takes an amount counted in ``unit`` to the unit the person
    /// writes in (at most 1): the last digit a person chose is that of the amount at this
    /// resolution.
    let digitFactors: [Double]

    /// The fewest positive amounts a person needs for their unit to count in the data set's.
    static let votingAmounts = 5

    /// - Parameter amountsByPerson: every person's amounts as written, in series order.
    init(_ amountsByPerson: [[Double]]) {
        let unit = Self.writtenUnit(amountsByPerson)
        self.unit = unit
        digitFactors = amountsByPerson.map { amounts in
            let own = DigitTests.amountUnit(amounts)
            return unit / min(1, max(unit, own))
        }
    }

    /// The power of ten amounts are written in, at most 1: each person's unit
    /// (``DigitTests/amountUnit(_:)``, read at the scale of the amounts, so that amounts in
    /// millions given to six decimals are read to the unit too), and the median of those (the
    /// coarser of the two middle ones), among the people with at least ``votingAmounts`` of
    /// them. One person who rounds, or a few who write cents among many who do not, do not set
    /// it. Without any unit (amounts with more places than the typical amount's eleven
    /// significant digits), a thousandth of the typical amount's power of ten. Whole amounts
    /// keep their written digits (a unit of 1): amounts that all end in 0, from a price list of
    /// 990, 1490 and 2490 say, would otherwise show in their last digit how many deals of each
    /// price a week brought.
    static func writtenUnit(_ amountsByPerson: [[Double]]) -> Double {
        let positive = amountsByPerson.joined().filter { $0 > 0 }
        guard !positive.isEmpty else { return 1 }
        let magnitude = floor(log10(Robust.median(positive)))
        // At this scale the typical amount is about 10⁶, and amountUnit searches down to its
        // eleventh significant digit.
        let scale = pow(10, magnitude - 6)
        // People with a few amounts vote when nobody has more.
        let counts = amountsByPerson.map { $0.filter { $0 > 0 }.count }
        let fewest = counts.contains { $0 >= Self.votingAmounts } ? Self.votingAmounts : 1
        let units = zip(amountsByPerson, counts).filter { $0.1 >= fewest }.compactMap { amounts, _ -> Double? in
            let unit = DigitTests.amountUnit(amounts.map { $0 / scale })
            return unit > 0 ? (log10(unit * scale)).rounded() : nil
        }.sorted()
        let exponent = units.isEmpty ? magnitude - 3 : units[units.count / 2]
        return pow(10, min(0, exponent))
    }

    /// An amount as written, counted in ``unit``: whole when it is a multiple up to rounding
    /// error.
    func multiples(_ amount: Double) -> Double {
        let quotient = amount * (1 / unit).rounded()
        return DigitTests.isWhole(quotient) ? quotient.rounded() : quotient
    }

    /// An amount counted in ``unit`` as the reports write it: to the unit's decimals when it is
    /// a whole multiple, else with the decimals it needs.
    func text(_ amount: Double) -> String {
        guard unit < 1, amount != 0, abs(amount) < 1e15 else { return NumberText.value(amount * unit) }
        let written = amount * unit
        guard DigitTests.isWhole(amount) else { return String(format: "%.12g", written) }
        return String(format: "%.\(Int(-log10(unit).rounded()))f", written)
    }
}
