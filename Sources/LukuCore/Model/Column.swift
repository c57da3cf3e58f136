/// A value column. `header` is exactly as printed (lines joined with one space); `kind`, `year`
/// and `unit` are filled when the header is recognisable (design/DOMAIN.md's header table).
public struct Column: Equatable, Sendable {
    public var header: String
    public var kind: ColumnKind?
    public var year: Int?
    public var unit: String?

    public init(header: String, kind: ColumnKind? = nil, year: Int? = nil, unit: String? = nil) {
        self.header = header
        self.kind = kind
        self.year = year
        self.unit = unit
    }
}

/// The kinds of column header Finnish municipal documents print.
public enum ColumnKind: String, Equatable, Sendable, CaseIterable {
    case tp = "TP"
    case ta = "TA"
    case taMuutos = "TA+muutos"
    case taMuutokset = "TA-muutokset"
    case mta = "MTA"
    case tpe = "TPE"
    case ts = "TS"
    case ks = "KS"
    case tot = "TOT"
    case poikkeama = "POIKKEAMA"
    case muutos = "MUUTOS"
    case kaytto = "KAYTTO"
}
