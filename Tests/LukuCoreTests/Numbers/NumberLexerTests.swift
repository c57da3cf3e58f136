import XCTest
@testable import LukuCore

final class NumberLexerTests: XCTestCase {
    private func d(_ s: String) -> Decimal { Decimal(string: s)! }

    /// Strings that are exactly one number: (input, value, unit). The token must cover the whole
    /// input (less surrounding whitespace), and `FinnishNumber.parse(_:allowing: .all)` must agree.
    static let singles: [(String, String, String?)] = [
        // Thousands groups with every separator (DOMAIN.md).
        ("-6 649 150", "-6649150", nil),
        ("1 665 558", "1665558", nil),
        ("1\u{00A0}665\u{00A0}558", "1665558", nil),
        ("1\u{202F}665\u{202F}558", "1665558", nil),
        ("1\u{2009}665", "1665", nil),
        ("1 000 000", "1000000", nil),
        ("213 930 260 000", "213930260000", nil),       // greedy: columns are the splitter's business
        // Ungrouped.
        ("11544", "11544", nil),
        ("0", "0", nil),
        ("7", "7", nil),
        ("12345678901234567890123", "12345678901234567890123", nil),
        // Minus signs, attached or detached by one space; explicit plus.
        ("\u{2212}318 280", "-318280", nil),
        ("\u{2013}42", "-42", nil),
        ("– 3", "-3", nil),
        ("- 5 000", "-5000", nil),
        ("\u{2212} 5 000", "-5000", nil),
        ("+ 1 310 855", "1310855", nil),
        ("+1 421 212", "1421212", nil),
        ("+12", "12", nil),
        // Decimal comma.
        ("-5,2", "-5.2", nil),
        ("9,91", "9.91", nil),
        ("0,5", "0.5", nil),
        ("541,8", "541.8", nil),
        ("11 080 763,67", "11080763.67", nil),
        ("6 228 970,00", "6228970", nil),
        ("1 358 430,00", "1358430", nil),               // Kauhava p. 119 (investments)
        ("33 437,73", "33437.73", nil),
        ("-17,2", "-17.2", nil),
        ("1 234 567 890 123 456 789 012,5", "1234567890123456789012.5", nil),
        // Units.
        ("33,5 %", "33.5", "%"),
        ("33,5%", "33.5", "%"),
        ("90,6 %", "90.6", "%"),
        ("-17,2 %", "-17.2", "%"),
        ("100%", "100", "%"),
        ("78,40%", "78.4", "%"),                        // Kauhava: ownership shares
        ("1 000 €", "1000", "€"),
        ("1 000€", "1000", "€"),
        ("125 t€", "125", "t€"),
        ("9 t€", "9", "t€"),
        ("12 e", "12", "e"),
        ("1 000e", "1000", "e"),
        ("- 9 %", "-9", "%"),
        // Dot-grouped thousands in Kauhava's prose.
        ("39.600", "39600", nil),
        ("7.350.149 €", "7350149", "€"),
        ("9.598.423,50 €", "9598423.5", "€"),
        ("- 649.000 €", "-649000", "€"),
        // Surrounding whitespace is not part of the token.
        ("  343 581  ", "343581", nil),
    ]

    /// Inputs holding several tokens (or one inside other text): (input, token texts, values; nil = placeholder).
    static let multiples: [(String, [String], [String?])] = [
        ("vuonna 2024 100 henkilöä", ["2024", "100"], ["2024", "100"]),
        ("Vuosi 2024 toteutui", ["2024"], ["2024"]),
        ("TP 2024", ["2024"], ["2024"]),
        ("TP-2024", ["2024"], ["2024"]),
        ("MENOT                         -6 649 150 -6 305 569 343 581 -5,2",
         ["-6 649 150", "-6 305 569 343 581", "-5,2"], ["-6649150", "-6305569343581", "-5.2"]),
        ("   Maksutuotot 55 0 -1 054 0 112", ["55", "0", "-1 054", "0", "112"], ["55", "0", "-1054", "0", "112"]),
        ("   Vuokratuotot 5 236 3 500  6 638 5 000 5 603",
         ["5 236", "3 500", "6 638", "5 000", "5 603"], ["5236", "3500", "6638", "5000", "5603"]),
        ("Muutos % 16,2 -11,6 -20,0 7,6 7,4", ["16,2", "-11,6", "-20,0", "7,6", "7,4"],
         ["16.2", "-11.6", "-20", "7.6", "7.4"]),
        ("Muutos %\t-4,4\t3,9\t9,0\txx\t-21,5\t-0,5", ["-4,4", "3,9", "9,0", "xx", "-21,5", "-0,5"],
         ["-4.4", "3.9", "9", nil, "-21.5", "-0.5"]),
        ("Kiinteä omaisuus                 1 500 000     50 000    1 500 000     50 000    1 358 430,00      33 437,73   90,6 %     66,9 %",
         ["1 500 000", "50 000", "1 500 000", "50 000", "1 358 430,00", "33 437,73", "90,6 %", "66,9 %"],
         ["1500000", "50000", "1500000", "50000", "1358430", "33437.73", "90.6", "66.9"]),
        ("  Verotulot                       31 902     33 595      1 693    105,3 %      33 172       423    -17,2 %",
         ["31 902", "33 595", "1 693", "105,3 %", "33 172", "423", "-17,2 %"],
         ["31902", "33595", "1693", "105.3", "33172", "423", "-17.2"]),
        (" Suomen Keskusta                           3 051                    40,8 %                       18",
         ["3 051", "40,8 %", "18"], ["3051", "40.8", "18"]),
        ("As Oy Säästömilli                          0474679-0              0%           0%        -           -               -",
         ["0%", "0%", "-", "-", "-"], ["0", "0", nil, nil, nil]),
        ("Kauhavan Yrityskiinteistöt Oy              0305601-8            100%         100%           256      21 034                 -12",
         ["100%", "100%", "256", "21 034", "-12"], ["100", "100", "256", "21034", "-12"]),
        ("lähes - 649.000 € (- 9 %). Merkittävästä", ["- 649.000 €", "- 9 %"], ["-649000", "-9"]),
        ("kasvoivat edellisestä vuodesta 9 t€, ollen nyt 154 t€. Poistojen", ["9 t€", "154 t€"], ["9", "154"]),
        ("Kuntalain 118 §:ssä määritellään, 3 kohtaa", ["3"], ["3"]),
        ("kokouksessa 9.12.2024 § 363. Tietosuojaa vahvistettu 2 kertaa", ["2"], ["2"]),
        ("Kokonaistulot - Kokonaismenot = 77 097 - 72 687 = 4", ["4"], ["4"]),
        ("pungin sijoitus vuonna 2020 oli 30., vuonna 2022 sijoitus oli 19.", ["2020", "30", "2022", "19"],
         ["2020", "30", "2022", "19"]),
        ("vuoden 2024:n aikana 3-vuotiaat ja 5 %:n", ["2024", "3", "5 %"], ["2024", "3", "5"]),
        ("uuttanut 236 kauhavalaista (231).", ["236", "231"], ["236", "231"]),
        ("MTA 2024* TP 2024", ["2024", "2024"], ["2024", "2024"]),
        ("1 000 + 5 000", ["1 000", "+ 5 000"], ["1000", "5000"]),
        ("- 2024 aloitettiin uusi", ["2024"], ["2024"]),            // a bullet before a year
        ("Summa: - 2024 aloitettiin", ["- 2024"], ["-2024"]),       // not at a line start: a sign
        ("xx", ["xx"], [nil]),
        ("XX", ["XX"], [nil]),
        ("..", [".."], [nil]),
        ("-", ["-"], [nil]),
        ("–", ["–"], [nil]),
        ("—", ["—"], [nil]),
        ("\u{2212}", ["\u{2212}"], [nil]),
        ("x", ["x"], [nil]),
        ("…", ["…"], [nil]),
        ("MENOT   -   1 000", ["-", "1 000"], [nil, "1000"]),
        ("1 000 -", ["1 000", "-"], ["1000", nil]),
        ("-  5", ["-", "5"], [nil, "5"]),
        ("3 x 5 m", ["3", "5"], ["3", "5"]),                        // `x` between words is no placeholder
        ("tavoite – 5", ["– 5"], ["-5"]),
        ("\tx\t5", ["x", "5"], [nil, "5"]),
        (".............................................9", ["9"], ["9"]),   // table of contents
    ]

    /// Inputs with no token at all, and why.
    static let rejected: [(String, String)] = [
        ("31.12.2024", "a date"),
        ("30.6.2022", "a date"),
        ("31.12.", "a date"),
        ("TOT. 31.12.", "a date"),
        ("1.8.2025 – 31.7.2027", "a date"),
        ("20.2.2024 - 31.12.2024", "a date"),
        ("1.1.-31.12.2024", "a date"),
        ("(1.-6.)", "a date"),
        ("1-6/2022", "a period"),
        ("8-12/2024", "a period"),
        ("TOTEUMA 1-6/2022", "a period"),
        ("2026-2027", "a period"),
        ("2023–2024", "a period"),
        ("2025 - 2027", "a period"),
        ("0,8–1,7 %", "a range"),
        ("40–60 %", "a range"),
        ("1-9", "a range"),
        ("15-29-vuotiaat", "a range"),
        ("asteikolla 1-\n5)", "a range"),
        ("1627902-6", "a range"),
        ("§ 363", "a section reference"),
        ("§363", "a section reference"),
        ("(ALV 120 §)", "a section reference"),
        ("118 §:ssä", "a section reference"),
        ("13 / 54", "a ratio"),
        ("13/54", "a ratio"),
        ("sivu 1/157", "a ratio"),
        ("12:09:11", "a time"),
        ("UTC+03:00", "a time"),
        ("128 t 50 min", "a duration"),
        ("50 min", "a duration"),
        ("24 h", "a duration"),
        ("− Perheystävällinen Kauhava", "a bullet"),
        ("- Henkilöstöasioissa mm. palvelussuhdeasiat", "a bullet"),
        ("CO2", "part of a word"),
        ("H1N1", "part of a word"),
        ("4H-yhdistyksen", "part of a word"),
        ("80a-luvun", "part of a word"),
        ("Häjyt2-elokuvaa", "part of a word"),
        ("1²", "part of a word"),
        ("054", "a leading zero"),
        ("0123", "a leading zero"),
        ("00", "a leading zero"),
        ("0208850-1", "a leading zero"),
        ("1,2,3", "a list"),
        ("klo 12.30", "dot-separated digits"),
        ("1.1.9", "dot-separated digits"),
        ("tavoite – laadukkaat", "no digits"),
        ("siirretty", "no digits"),
        ("MENOT", "no digits"),
        ("", "no digits"),
        ("   ", "no digits"),
        ("٣", "no digits"),
        ("xxx", "no digits"),
        ("...........", "no digits"),
    ]

    func testSingleNumbers() {
        for (input, value, unit) in Self.singles {
            let tokens = NumberLexer.scan(input)
            XCTAssertEqual(tokens.count, 1, input)
            guard let t = tokens.first else { continue }
            XCTAssertEqual(t.kind, .number, input)
            XCTAssertEqual(t.value, d(value), input)
            XCTAssertEqual(t.unit, unit, input)
            XCTAssertEqual(t.text, input.trimmingCharacters(in: .whitespaces), input)
        }
    }

    func testSeveralTokens() {
        for (input, texts, values) in Self.multiples {
            let tokens = NumberLexer.scan(input)
            XCTAssertEqual(tokens.map(\.text), texts, input)
            XCTAssertEqual(tokens.map(\.value), values.map { $0.map(d) }, input)
            XCTAssertEqual(tokens.map(\.kind), values.map { $0 == nil ? .placeholder : .number }, input)
            XCTAssertNil(NumberLexer.explain(input), input)
        }
    }

    func testNeverNumbers() {
        for (input, why) in Self.rejected {
            XCTAssertEqual(NumberLexer.scan(input), [], input)
            XCTAssertEqual(NumberLexer.explain(input), why, input)
        }
    }

    /// `FinnishNumber.parse` and the lexer agree on every table case: a string is one number for
    /// one exactly when it is for the other, with the same value and unit.
    func testAgreesWithFinnishNumberParse() {
        let fromFinnishNumberTests = [
            "-6 649 150", "11544", "0", "1 054", "– 3", "\u{2212}318 280", "1\u{2009}665", "100%", "1 000€",
            "31.12.2024", "30.6.2022", "31.12.", "1-6/2022", "2026-2027", "2023–2024", "0,8–1,7 %", "§ 363",
            "13 / 54", "128 t 50 min", "xx", "x", "-", "–", "−", "+", "siirretty", "MENOT", "", "   ",
            "42 998 27", "-1 054 0", "054", "0123", "00", "0 123", "1234 567", "1  000", "1 0000", "12 34",
            "5,", ",5", "1,2,3", "1.5", "1 000 € €", "% 5", "5 %%", "--5", "- -5", "٣", "1²",
            "213 930 260 000 374 119 268 670 278 75", "213 930 260 000 374 119",
        ]
        // The one documented difference: `parse` lets any number of spaces detach a sign, the lexer
        // one (two or more are a column gap: a placeholder dash, then a number).
        let detachedByTwo = ["-  5"]
        for input in detachedByTwo {
            XCTAssertEqual(FinnishNumber.parse(input)?.value, -5)
            XCTAssertEqual(NumberLexer.scan(input).map(\.kind), [.placeholder, .number])
        }
        let inputs = Self.singles.map(\.0) + Self.multiples.map(\.0) + Self.rejected.map(\.0) + fromFinnishNumberTests
        for input in inputs where !detachedByTwo.contains(input) {
            let tokens = NumberLexer.scan(input)
            let whole = tokens.count == 1 && tokens[0].kind == .number
                && tokens[0].text == input.trimmingCharacters(in: .whitespacesAndNewlines)
            let lexed = whole ? ParsedNumber(value: tokens[0].value!, unit: tokens[0].unit) : nil
            XCTAssertEqual(FinnishNumber.parse(input, allowing: .all), lexed, input)
            // The table-cell parser (no prose forms) agrees wherever the prose forms are absent.
            if let lexed, lexed.unit != "e", lexed.unit != "t€", !input.contains(".") {
                XCTAssertEqual(FinnishNumber.parse(input), lexed, input)
            }
            if tokens.count == 1, tokens[0].kind == .placeholder {
                XCTAssertTrue(FinnishNumber.isPlaceholder(input), input)
            }
        }
    }

    func testSpansPointAtTheText() {
        let input = "Määrä\u{00A0}on −1\u{202F}234,5 € ja 33,5 % (xx) – 2024–2025 ja 7"
        let tokens = NumberLexer.scan(input)
        XCTAssertEqual(tokens.map(\.text), ["−1\u{202F}234,5 €", "33,5 %", "7"])
        let bytes = Array(input.utf8)
        for t in tokens {
            XCTAssertEqual(String(input[t.range]), t.text)
            XCTAssertEqual(String(decoding: bytes[t.utf8], as: UTF8.self), t.text)
            XCTAssertEqual(input.utf8.distance(from: input.startIndex, to: t.range.lowerBound), t.utf8.lowerBound)
        }
        XCTAssertEqual(tokens[0].utf8, 13..<29)
    }

    func testRejectionsCoverWhatWasRead() {
        let r = NumberLexer.rejections("TOT. 31.12. ja 1-6/2022, § 363 sekä 0,8–1,7 % ja 128 t 50 min")
        XCTAssertEqual(r.map(\.reason), [.date, .period, .sectionReference, .range, .duration])
        let text = Array("TOT. 31.12. ja 1-6/2022, § 363 sekä 0,8–1,7 % ja 128 t 50 min".utf8)
        XCTAssertEqual(r.map { String(decoding: text[$0.utf8], as: UTF8.self) },
                       ["31.12.", "1-6/2022", "§ 363", "0,8–1,7 %", "128 t 50 min"])
    }

    /// Every token the lexer finds in the corpus texts reads back the same through
    /// `FinnishNumber`, and the known rows come out whole.
    func testCorpusTexts() throws {
        let corpus = SharedFolder.packageRoot.appendingPathComponent("corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var texts = try files.map { try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        let kauhava = SharedFolder.realDirectory.appendingPathComponent("kauhava-tilinpaatos-2024.pdf")
        if FileManager.default.fileExists(atPath: kauhava.path) {
            texts.append(try LexerBenchmark().text(of: kauhava.path))
        }
        for text in texts {
            let tokens = NumberLexer.scan(text)
            XCTAssertGreaterThan(tokens.count, 100)
            for t in tokens {
                switch t.kind {
                case .number:
                    XCTAssertEqual(FinnishNumber.parse(t.text, allowing: .all),
                                   ParsedNumber(value: t.value!, unit: t.unit), t.text)
                case .placeholder:
                    XCTAssertTrue(FinnishNumber.isPlaceholder(t.text), t.text)
                }
            }
        }
        let tp2024 = NumberLexer.scan(texts[files.firstIndex(of: "kemijarvi-hallintopalvelut-tp2024.txt")!])
        XCTAssertTrue(tp2024.map(\.text).joined(separator: "|")
            .contains("-6 649 150|-6 305 569 343 581|-5,2|1 204 150|1 607 737 403 587|33,5"))
    }
}
