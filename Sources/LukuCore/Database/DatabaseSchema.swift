/// `documents.output_sha256` is the SHA-256 of the document's canonical JSON: with the input's
/// `sha256` it decides whether a re-ingest changes anything (a `--pages` run, or a newer Luku,
/// gives other output from the same bytes).
///
/// The SQLite schema `luku ingest --db` writes (README, "A database of a folder"). One row per
/// document, table, column, row, non-empty cell, check and issue, each child deleted with its
/// document (ON DELETE CASCADE), so replacing a changed document is one DELETE.
///
/// Numbers are stored twice: `value` (REAL) for comparisons and sums in SQL, `value_exact`
/// (TEXT) with the digits exactly as in the JSON. REAL is exact for every integer below 2^53 and
/// for the 2-decimal amounts these documents print; `value_exact` is the record.
/// `tables.scale` is the euros one unit of the table's values stands for (1 for "€", 1000 for
/// "1 000 €" or "t€", 1000000 for "milj. €", NULL otherwise), so a query can compare in euros
/// without Luku ever rescaling a stored value.
enum DatabaseSchema {
    /// Bumped with any change below; a database of another version is refused, not migrated.
    static let version = 1

    static let sql = """
        CREATE TABLE IF NOT EXISTS documents (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          file TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          format TEXT NOT NULL,
          pages INTEGER NOT NULL,
          title TEXT,
          output_sha256 TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS tables (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          table_id TEXT NOT NULL,
          section TEXT,
          page INTEGER NOT NULL,
          pages TEXT NOT NULL,
          caption TEXT,
          unit TEXT,
          scale REAL,
          x0 REAL, y0 REAL, x1 REAL, y1 REAL,
          UNIQUE (document_id, table_id)
        );
        CREATE TABLE IF NOT EXISTS columns (
          table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
          col INTEGER NOT NULL,
          header TEXT NOT NULL,
          kind TEXT,
          year INTEGER,
          unit TEXT,
          PRIMARY KEY (table_id, col)
        );
        CREATE TABLE IF NOT EXISTS rows (
          table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
          row INTEGER NOT NULL,
          label TEXT NOT NULL,
          group_name TEXT,
          level INTEGER NOT NULL,
          page INTEGER NOT NULL,
          PRIMARY KEY (table_id, row)
        );
        CREATE TABLE IF NOT EXISTS cells (
          table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
          row INTEGER NOT NULL,
          col INTEGER NOT NULL,
          text TEXT NOT NULL,
          value REAL,
          value_exact TEXT,
          unit TEXT,
          flags TEXT NOT NULL,
          verified INTEGER,
          x0 REAL, y0 REAL, x1 REAL, y1 REAL,
          PRIMARY KEY (table_id, row, col)
        );
        CREATE TABLE IF NOT EXISTS checks (
          table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
          idx INTEGER NOT NULL,
          rule TEXT NOT NULL,
          row INTEGER NOT NULL,
          col INTEGER NOT NULL,
          expected REAL NOT NULL,
          expected_exact TEXT NOT NULL,
          actual REAL NOT NULL,
          actual_exact TEXT NOT NULL,
          ok INTEGER NOT NULL,
          PRIMARY KEY (table_id, idx)
        );
        CREATE TABLE IF NOT EXISTS issues (
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          idx INTEGER NOT NULL,
          severity TEXT NOT NULL,
          code TEXT NOT NULL,
          page INTEGER,
          message TEXT NOT NULL,
          PRIMARY KEY (document_id, idx)
        );
        CREATE INDEX IF NOT EXISTS tables_by_document ON tables(document_id);
        CREATE INDEX IF NOT EXISTS rows_by_label ON rows(label);
        CREATE INDEX IF NOT EXISTS issues_by_code ON issues(code);
        -- One line per non-empty cell with its document, table, row and column: the tidy CSV's columns.
        CREATE VIEW IF NOT EXISTS cell_facts AS
          SELECT d.file AS document, d.path, d.sha256, t.table_id, r.page, t.caption,
                 COALESCE(c.unit, co.unit, t.unit) AS unit, t.scale,
                 r.row, r.label, r.group_name, r.level, co.col, co.header, co.kind, co.year,
                 c.value, c.value_exact, c.text, c.flags, c.verified, c.x0, c.y0, c.x1, c.y1
          FROM cells c
          JOIN tables t ON t.id = c.table_id
          JOIN documents d ON d.id = t.document_id
          JOIN rows r ON r.table_id = c.table_id AND r.row = c.row
          JOIN columns co ON co.table_id = c.table_id AND co.col = c.col;
        -- One line per check with the row and column it computes; gap is |actual - expected| in the
        -- table's own unit (times scale for euros when the table prints a euro unit).
        CREATE VIEW IF NOT EXISTS check_facts AS
          SELECT d.file AS document, d.path, t.table_id, t.page, t.caption, t.unit, t.scale,
                 r.label, r.group_name, co.header, k.rule, k.expected, k.actual,
                 k.expected_exact, k.actual_exact, k.ok,
                 abs(k.actual - k.expected) AS gap
          FROM checks k
          JOIN tables t ON t.id = k.table_id
          JOIN documents d ON d.id = t.document_id
          LEFT JOIN rows r ON r.table_id = k.table_id AND r.row = k.row
          LEFT JOIN columns co ON co.table_id = k.table_id AND co.col = k.col;
        """

    /// Euros per unit of a table's values, from its printed unit; nil when it is not a euro scale.
    static func scale(_ unit: String?) -> Double? {
        guard let unit else { return nil }
        let folded = unit.lowercased().filter { !$0.isWhitespace }
        switch folded {
        case "€", "eur", "euroa": return 1
        case "1000€", "1000eur", "1000euroa", "t€": return 1000
        case "milj.€": return 1_000_000
        default: return nil
        }
    }
}
