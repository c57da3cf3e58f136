/// Finnish text saved in Windows-1252 (or Latin-1, the same for these letters), as older
/// Windows tools write it: "Määrärahat" as 4D E4 E4 72 … . Bytes that are not UTF-8 are read this
/// way only when every byte above 0x7F is a letter of the Latin-1 range (ä ö å Ä Ö Å é ü …) or
/// one of the few marks budgets print (€ – — ’ ” … § ° ½ no-break space), and there is no NUL or
/// other control byte: anything else (binary, another code page) is refused, never guessed.
enum Windows1252 {
    /// The text, or nil when the bytes are not Finnish Windows-1252 text.
    static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var high = 0
        for b in bytes {
            switch b {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7E:
                scalars.append(Unicode.Scalar(b))
            case 0xC0...0xFF where b != 0xD7 && b != 0xF7:  // letters; not × and ÷
                scalars.append(Unicode.Scalar(b))
                high += 1
            case 0xA0, 0xA7, 0xB0, 0xBD, 0xB2, 0xB3, 0xB4, 0xAB, 0xBB, 0xA9:
                scalars.append(Unicode.Scalar(b))
            default:
                guard let mark = marks[b] else { return nil }
                scalars.append(mark)
            }
        }
        // Finnish text has its letters: a file whose only high bytes are marks is no evidence.
        guard high > 0 else { return nil }
        return String(scalars)
    }

    /// The 0x80–0x9F marks of Windows-1252 a budget text uses.
    private static let marks: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}",
        0x94: "\u{201D}", 0x96: "\u{2013}", 0x97: "\u{2014}",
    ]
}
