internal import CLapack

/// Conversions between Swift values and the C integer and character types LAPACK uses,
/// and the mapping of a LAPACK `info` code onto ``LinearAlgebraError``.
enum LAPACK {
    /// `LAPACK_COL_MAJOR` as LAPACKE expects it.
    static let columnMajor = Int32(LAPACK_COL_MAJOR)

    /// A LAPACK character argument such as `"U"` or `"N"`.
    static func flag(_ scalar: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: scalar)) }

    /// Throws for a non-zero `info`. Negative values are argument errors (LAPACKE counts the
    /// layout as argument 1); positive ones are translated by `positive`.
    static func check(_ info: Int32, _ routine: String,
                      positive: (Int) -> LinearAlgebraError) throws {
        if info < 0 { throw LinearAlgebraError.invalidArgument(routine: routine, position: Int(-info)) }
        if info > 0 { throw positive(Int(info)) }
    }

    /// The Int32 form of a dimension; dimensions beyond Int32 are a caller error.
    static func int(_ value: Int) throws -> Int32 {
        guard let narrow = Int32(exactly: value) else {
            throw LinearAlgebraError.dimensionMismatch("dimension \(value) exceeds LAPACK's 32-bit indices")
        }
        return narrow
    }
}
