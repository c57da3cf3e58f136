// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Luku",
    products: [
        .executable(name: "luku", targets: ["luku"]),
        .library(name: "LukuCore", targets: ["LukuCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The C libraries, each imported only by the LukuCore files named here:
        // CPoppler by Input/PopplerReader.swift (text) and Input/PageRenderer.swift (images, cairo),
        // CPCRE2 by Numbers/Pattern.swift,
        // CSQLite by Database/SQLite.swift,
        // CSHA256 (Luku's own C: the SHA extensions) by Pipeline/SHA256.swift.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // The system SQLite, imported only by Database/SQLite.swift.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // SHA-256 block compression with the x86 SHA extensions, imported only by
        // Pipeline/SHA256.swift (which keeps the portable Swift rounds for other CPUs).
        // DWARF 4 as the Swift objects (clang's default DWARF 5 stops valgrind 3.19's callgrind,
        // the instruction counts of README "Speed").
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .target(
            name: "LukuCore",
            dependencies: ["CPoppler", "CPCRE2", "CSQLite", "CSHA256"]
        ),
        .executableTarget(
            name: "luku",
            dependencies: [
                "LukuCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LukuCoreTests",
            dependencies: ["LukuCore"],
            // Fixture PDFs are read by path (#filePath), not bundled.
            exclude: ["Fixtures/encrypted-one-page.pdf", "Fixtures/textless-one-page.pdf", "Fixtures/hold-10-continued-wrapped.pdf", "Fixtures/kemijarvi-hallintopalvelut-tp2024.html-tables.md", "Fixtures/hold2-03-rotated-table.pdf", "Fixtures/hold2-05-excel-dash-rotated-headers.pdf", "Fixtures/hold2-08-split-by-columns.pdf", "Fixtures/hold3-unit-header-cell.pdf", "Fixtures/hold3-unit-header-cell.html", "Fixtures/hold3-06-two-column-small-table.pdf", "Fixtures/hold4-var-marker-sections.pdf", "Fixtures/hold4-var-footnote-markers.pdf", "Fixtures/hold5-var-longtable.pdf", "Fixtures/hold5-var-footnote-tase.pdf", "Fixtures/hold5-var-group-rows.pdf", "Fixtures/hold7-var-offset-label.pdf", "Fixtures/hold7-var-app-report.pdf", "Fixtures/hold8-var-courier-rahoitus.pdf", "Fixtures/hold8-var-erp-trailing-minus.pdf", "Fixtures/hold8-var-header-band.pdf", "Fixtures/hold6-var-group-per-page.pdf", "Fixtures/hold9-gs-ligatures-hallintopalvelut-p2.pdf", "Fixtures/hold9-cairo-soft-hyphen-kauhava-p78.pdf", "Fixtures/hold9-cairo-lone-soft-hyphen-kauhava-p116-p124.pdf", "Fixtures/hold9-gs-zero-width-plus-lapua-p18.pdf", "Fixtures/hold10-var-leader-beside-prose.pdf", "Fixtures/hold10-var-facing-threaded.pdf", "Fixtures/hold11-var-chart-beside-tase.pdf", "BadInputs/files"]
        ),
    ]
)
