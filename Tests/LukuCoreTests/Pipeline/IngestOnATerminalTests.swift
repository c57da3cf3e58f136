import Foundation
import XCTest
@testable import LukuCore

/// A folder run as a user sees it in a terminal (issue 10, d): `luku ingest FOLDER` under a real
/// pseudo-terminal (util-linux `script`) shows the progress line, and two inputs with the same
/// name in different folders both keep their output (mirrored paths). In a pipe there is no
/// progress line.
final class IngestOnATerminalTests: XCTestCase {
    func testFolderRunShowsProgressAndLosesNothingWithSameNames() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("/usr/bin/script (util-linux) is needed to give luku a terminal")
        }
        let scratch = try ScratchFolder(self)
        let a = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.txt")))
        let b = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus("kemijarvi-hallinto-tukipalvelut-2022-06.txt")))
        try scratch.write("in/2024/talous.txt", [UInt8](a))
        try scratch.write("in/2022/talous.txt", [UInt8](b))
        let luku = try LukuProcess.executable().path
        let command = "'\(luku)' ingest '\(scratch.path)/in' -o '\(scratch.path)/out'"

        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", command, "/dev/null"]
        let screen = scratch.url.appendingPathComponent("screen.txt")
        FileManager.default.createFile(atPath: screen.path, contents: nil)
        script.standardOutput = try FileHandle(forWritingTo: screen)
        script.standardError = FileHandle.nullDevice
        script.standardInput = FileHandle.nullDevice
        try script.run()
        script.waitUntilExit()
        let shown = try String(contentsOf: screen, encoding: .utf8)
        XCTAssertEqual(script.terminationStatus, 0, shown)
        XCTAssertTrue(shown.contains("[1/2]") && shown.contains("[2/2]") && shown.contains("pages/s, ETA"),
                      "the terminal shows the progress line: \(shown.debugDescription)")

        // Both same-name inputs kept their output, mirrored under the output folder, and each
        // holds its own document.
        for (folder, bytes) in [("2024", a), ("2022", b)] {
            let json = scratch.url.appendingPathComponent("out/\(folder)/talous.txt.json")
            let text = try String(contentsOf: json, encoding: .utf8)
            XCTAssertTrue(text.contains(SHA256.hex(bytes)), "out/\(folder)/talous.txt.json is the \(folder) input")
        }

        // In a pipe (a log file) there is no progress line.
        let piped = try LukuProcess.run(["ingest", "\(scratch.path)/in", "-o", "\(scratch.path)/out2"], in: scratch)
        XCTAssertEqual(piped.status, 0)
        XCTAssertFalse(piped.stderr.contains("pages/s"), piped.stderr)
    }
}

