import Foundation
import XCTest
@testable import LukuCore

/// Pages whose text cannot be trusted lose it with an issue; turned pages are turned back.
final class TextLayerCheckTests: XCTestCase {
    /// A page of `text` set left to right, 5 pt per character, 12 pt per line.
    static func page(_ number: Int, _ text: String) -> PageGlyphs {
        var glyphs: [Glyph] = []
        var x = 50.0, y = 50.0
        for s in text.unicodeScalars {
            if s == "\n" { x = 50; y += 12; continue }
            glyphs.append(Glyph(scalar: s, box: BoundingBox(x0: x, y0: y, x1: x + 4.5, y1: y + 10), font: 0))
            x += 5
        }
        return PageGlyphs(number: number, width: 595, height: 842, glyphs: glyphs, fonts: [FontFace(name: "Carlito", size: 10)])
    }

    static let prose = String(repeating: "Toimintakulut kasvoivat 1 234 euroa vuonna 2024.\n", count: 4)

    func testReadablePagesPass() {
        let (pages, issues) = TextLayerCheck.check([Self.page(1, Self.prose)], file: "a.pdf")
        XCTAssertEqual(issues.count, 0)
        XCTAssertEqual(pages[0].glyphs.count, Self.page(1, Self.prose).glyphs.count)
        // A few private-use bullets (Symbol-font bullets map to U+F0B7) are normal.
        let bullets = String(repeating: "\u{F0B7} Tavoitteena on parantaa palveluja.\n", count: 4)
        XCTAssertEqual(TextLayerCheck.check([Self.page(1, bullets)], file: "a.pdf").issues.count, 0)
        // A page of numbers is a table, not garbage.
        let numbers = String(repeating: "1 234 567  2 345 678  -3 456  12,5 %\n", count: 4)
        XCTAssertEqual(TextLayerCheck.check([Self.page(1, numbers)], file: "a.pdf").issues.count, 0)
    }

    func testUnmappedGlyphsDropThePageWithAnIssue() {
        let privateUse = String(String.UnicodeScalarView((0..<200).map { Unicode.Scalar(0xE000 + UInt32($0 % 40))! }))
        let rawCodes = String(repeating: ")%\" +,+- )' +,+7 ( +,+- \n", count: 6)
        for garbage in [privateUse, rawCodes] {
            let (pages, issues) = TextLayerCheck.check([Self.page(1, Self.prose), Self.page(2, garbage)], file: "a.pdf")
            XCTAssertEqual(issues.map(\.code), ["no-text-layer"])
            XCTAssertEqual(issues.first?.severity, .warning)
            XCTAssertEqual(issues.first?.page, 2)
            XCTAssertTrue(issues.first?.message.contains("no Unicode mapping") == true)
            XCTAssertEqual(pages[1].glyphs, [], "no table can be built from it")
            XCTAssertFalse(pages[0].glyphs.isEmpty)
            // Every page unreadable: one error for the document.
            let all = TextLayerCheck.check([Self.page(1, garbage)], file: "a.pdf").issues
            XCTAssertEqual(all.map(\.severity), [.error])
            XCTAssertTrue(all[0].message.hasPrefix("a.pdf: no page has a usable text layer"))
        }
    }

    func testTurnedPagesAreTurnedBack() {
        let upright = Self.page(1, Self.prose)
        let w = upright.width, h = upright.height
        // The page as a viewer shows it after /Rotate 90: text runs down the page.
        var quarter = upright
        quarter.width = h; quarter.height = w
        quarter.glyphs = upright.glyphs.map { g in
            Glyph(scalar: g.scalar, box: BoundingBox(x0: h - g.box.y1, y0: g.box.x0, x1: h - g.box.y0, y1: g.box.x1), font: g.font)
        }
        XCTAssertEqual(PageRotation.turn(of: quarter), .quarter)
        let (pages, issues) = TextLayerCheck.check([quarter], file: "a.pdf")
        XCTAssertEqual(issues.map(\.code), ["rotated-page"])
        XCTAssertEqual(issues.first?.severity, .info)
        XCTAssertEqual(pages[0].glyphs.map(\.box), upright.glyphs.map(\.box), "back where they were")
        XCTAssertEqual(pages[0].width, w)
        // Upside down, and turned the other way.
        let half = PageRotation.upright(upright, from: .half)
        XCTAssertEqual(PageRotation.turn(of: half), .half)
        XCTAssertEqual(PageRotation.upright(half, from: .half).glyphs.map(\.box), upright.glyphs.map(\.box))
        let three = PageRotation.upright(quarter, from: .half)
        XCTAssertEqual(PageRotation.turn(of: three), .threeQuarters)
        XCTAssertEqual(PageRotation.upright(three, from: .threeQuarters).glyphs.map(\.box), upright.glyphs.map(\.box))
    }

    func testMixedDirectionsAreNotRead() {
        let upright = Self.page(1, Self.prose)
        let quarterGlyphs = upright.glyphs.map { g in
            Glyph(scalar: g.scalar, box: BoundingBox(x0: 842 - g.box.y1, y0: g.box.x0 + 900, x1: 842 - g.box.y0, y1: g.box.x1 + 900), font: g.font)
        }
        let half = PageRotation.upright(upright, from: .half).glyphs
        var mixed = upright
        mixed.glyphs = Array(upright.glyphs.prefix(70)) + Array(quarterGlyphs.prefix(70)) + Array(half.prefix(70))
        XCTAssertNil(PageRotation.turn(of: mixed))
        let (pages, issues) = TextLayerCheck.check([Self.page(2, Self.prose), mixed], file: "a.pdf")
        XCTAssertEqual(issues.map(\.code), ["rotated-page"])
        XCTAssertEqual(issues.first?.severity, .warning)
        XCTAssertEqual(pages[1].glyphs, [])
    }
}
