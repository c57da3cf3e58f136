/// An ASCII digit 0-9 (not the other Unicode digits `Character.isNumber` admits). In `Numbers/`
/// because the number readers use it and the number fuzz harness (`make fuzz`) compiles only
/// this folder.
extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
