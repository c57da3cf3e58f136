/// A reading of run-together digits that makes a number no budget prints: more than twelve
/// digits before the decimal comma (a trillion euros; the whole state budget is eleven digits).
/// Such a number is several figures read as one ("420 850 808 886 388 036" for "420 850",
/// "808 886" and "388 036" when the header gave too few columns, kauhava-tilinpaatos-2024 page 78
/// in pypdf; "1 930 450 229 908,22", koha-suomi-oy-tilinpaatos-2024 page 6 in pdftotext -raw),
/// so the reading is refused and the row's digits are kept whole and flagged.
enum ImplausibleNumbers {
    static let maxIntegerDigits = 12

    static func tooLong(_ number: String) -> Bool {
        let integer = number.split(separator: ",", maxSplits: 1).first ?? ""
        return integer.filter(\.isASCIIDigit).count > maxIntegerDigits
    }
}
