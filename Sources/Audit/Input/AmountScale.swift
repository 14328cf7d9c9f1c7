import Foundation

/// How a data set writes its amounts: the power of ten they are counted in, and per person the
/// unit whose digits the person chooses.
///
/// The detectors read amounts as multiples of ``unit``, so that the same reports give the same
/// findings whether revenue is written in units, in thousands or millions to the unit, or in
/// cents of whole amounts; reasons print them to the unit's decimals.
struct AmountScale: Sendable {
    /// The power of ten the data set's amounts are written in (``writtenUnit(_:)``).
    let unit: Double
    /// Per series, the whole numbers an amount counted in ``unit`` is multiplied and divided by
    /// to read the digits the person chose. A person who writes whole amounts where the data set
    /// is written to decimals is read in units (418 among 418.37, not 41800: divided by
    /// `1 / unit`); one who writes finer than a unit above 1 in their own unit (523417 among
    /// cents of whole amounts, not 5234.17: multiplied by `unit / own`); everyone else in the
    /// data set's unit. A person who rounds to hundreds of a decimal unit (2.300 for 2,300) is
    /// read in the data set's unit, as the same person writing in units would be.
    let digitScales: [(multiply: Double, divide: Double)]

    /// The fewest positive amounts a person needs for their unit to count in the data set's.
    static let votingAmounts = 5

    /// - Parameter amountsByPerson: every person's amounts as written, in series order.
    init(_ amountsByPerson: [[Double]]) {
        let unit = Self.writtenUnit(amountsByPerson)
        self.unit = unit
        digitScales = amountsByPerson.map { amounts in
            let own = DigitTests.amountUnit(amounts)
            if unit < 1, own >= 1 { return (1, (1 / unit).rounded()) }
            if unit > 1, own > 0, own < unit { return ((unit / own).rounded(), 1) }
            return (1, 1)
        }
    }

    /// The power of ten amounts are written in: each person's unit (``DigitTests/amountUnit(_:)``,
    /// read at the scale of the amounts, so that amounts in millions given to six decimals are
    /// read to the unit too), and the median of those (the coarser of the two middle ones), among
    /// the people with at least ``votingAmounts`` of them (all people when nobody has as many).
    /// One person who rounds, or a few who write cents among many who do not, do not set it.
    /// Without any unit (amounts with more places than the typical amount's eleven significant
    /// digits), a thousandth of the typical amount's power of ten, at most 1; never below
    /// 10⁻¹². A unit above 1 is kept only when the typical amount keeps four digits or more in
    /// it (234500 for 2,345.00 in cents: a unit of 100); otherwise whole amounts keep their
    /// written digits (a unit of 1). Amounts that all end in 0, from a price list of 990, 1490
    /// and 2490 say, would show in their last digit how many deals of each price a week
    /// brought, and a team that gives revenue to the nearest thousand would lose its round
    /// numbers.
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
        let exponent = units.isEmpty ? min(0, magnitude - 3) : units[units.count / 2]
        return pow(10, max(-12, exponent <= 0 || exponent <= magnitude - 3 ? exponent : 0))
    }

    /// An amount as written, counted in ``unit``: whole when it is a multiple up to rounding
    /// error.
    func multiples(_ amount: Double) -> Double {
        let quotient = unit < 1 ? amount * (1 / unit).rounded() : amount / unit
        return DigitTests.isWhole(quotient) ? quotient.rounded() : quotient
    }

    /// An amount counted in ``unit`` as reasons print it: to the unit's decimals when it is a
    /// whole multiple, with two more otherwise (an amount per deal), as ``NumberText/value(_:)``
    /// prints whole units and their fractions.
    func text(_ amount: Double) -> String {
        guard unit < 1, amount != 0, abs(amount) < 1e15 else { return NumberText.value(amount * unit) }
        let decimals = Int(-log10(unit).rounded()) + (DigitTests.isWhole(amount) ? 0 : 2)
        return String(format: "%.\(decimals)f", amount * unit)
    }
}
