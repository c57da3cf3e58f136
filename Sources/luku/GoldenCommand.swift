import ArgumentParser
import Foundation
import LukuCore

struct GoldenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Check or update golden/<input file name>.json from the inputs in corpus/.",
        subcommands: [Check.self, Update.self])

    struct Options: ParsableArguments {
        @Argument(help: ArgumentHelp(
            "Inputs to use (default: all): an input file name (x.pdf), a golden file name (x.pdf.json) or a stem (x: every input named x.*).",
            valueName: "NAME"))
        var names: [String] = []

        @Option(help: ArgumentHelp("Repository root holding corpus/ and golden/.", valueName: "DIR"))
        var root = "."

        @Option(help: "Worker threads (the output is identical for any value).")
        var threads = ProcessInfo.processInfo.activeProcessorCount

        var store: GoldenStore { GoldenStore(root: root, threads: threads) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Compare the pipeline's output with the golden files; exit 1 on any difference.")

        @OptionGroup var options: Options

        func run() throws {
            let comparisons = try options.store.check(options.names)
            let color = isatty(fileno(stdout)) != 0
            var toUpdate: [String] = [], orphans: [String] = []
            var ok = 0, changed = 0, missing = 0
            for c in comparisons {
                switch c.state {
                case .same:
                    print("ok  \(c.name)")
                    ok += 1
                case .changed(let diff):
                    print("CHANGED \(c.name)")
                    print(color ? DiffColoring.ansi(diff) : diff, terminator: "")
                    toUpdate.append(c.name)
                    changed += 1
                case .missingGolden:
                    print("MISSING \(c.name)  (no \(GoldenStore.goldenName(c.name)))")
                    toUpdate.append(c.name)
                    missing += 1
                case .orphanGolden:
                    print("ORPHAN \(c.name)  (\(GoldenStore.goldenName(c.name)) has no \(GoldenStore.corpusFolder)/\(c.name))")
                    orphans.append(c.name)
                }
            }
            var parts = ["\(ok) ok"]
            if changed > 0 { parts.append("\(changed) changed") }
            if missing > 0 { parts.append("\(missing) missing") }
            if !orphans.isEmpty { parts.append("\(orphans.count) orphan\(orphans.count == 1 ? "" : "s")") }
            print("golden: \(comparisons.count) document\(comparisons.count == 1 ? "" : "s"): \(parts.joined(separator: ", "))")
            if !toUpdate.isEmpty {
                // Every selected input differs: repeat the NAMEs as given (none for the whole corpus).
                let names = toUpdate.count == comparisons.count - orphans.count ? options.names : toUpdate
                print("run `luku golden update\(names.map { " " + $0 }.joined())` (or `make golden`) and review `git diff golden/`")
            }
            if !orphans.isEmpty {
                print("delete \(orphans.map(GoldenStore.goldenName).joined(separator: " ")) or restore the corpus input")
            }
            if !toUpdate.isEmpty || !orphans.isEmpty { throw ExitCode(1) }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Write the golden files from the pipeline's output; review them with `git diff golden/`.")

        @OptionGroup var options: Options

        func run() throws {
            let updates = try options.store.update(options.names)
            for u in updates {
                switch u.action {
                case .created, .updated, .unchanged:
                    print("\(u.action.rawValue) \(u.name)")
                case .orphan:
                    print("orphan \(u.name)  (\(GoldenStore.goldenName(u.name)) has no \(GoldenStore.corpusFolder)/\(u.name); left in place)")
                }
            }
            let written = updates.filter { $0.action == .created || $0.action == .updated }.count
            let total = updates.filter { $0.action != .orphan }.count
            print("golden: wrote \(written) of \(total) file\(total == 1 ? "" : "s")"
                  + (written > 0 ? "; review `git diff golden/` before committing" : ""))
        }
    }
}
