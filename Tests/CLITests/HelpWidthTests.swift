import Foundation
import Testing

/// Every command's `--help` reads in an 80-column terminal: no line is longer (the usage line
/// was up to 180 columns), and the usage still names every option.
@Suite struct HelpWidthTests {
    /// The subcommands a help text lists under SUBCOMMANDS.
    static func subcommands(_ help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    @Test func noHelpLineIsWiderThan80Columns() throws {
        var queue: [[String]] = [[]]
        var seen = 0
        while let command = queue.popLast() {
            let result = try CLI.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            seen += 1
            for line in result.stdout.split(separator: "\n") where line.count > 80 {
                Issue.record("dockledger \(command.joined(separator: " ")) --help: \(line.count) columns: \(line)")
            }
            if command.count < 2 {
                queue += Self.subcommands(result.stdout).filter { $0 != "help" }.map { command + [$0] }
            }
        }
        #expect(seen > 20)
    }

    @Test func aWrappedUsageKeepsEveryOption() throws {
        let help = try CLI.run(["check", "--help"]).stdout
        let usage = help.components(separatedBy: "\n\n").first { $0.hasPrefix("USAGE:") } ?? ""
        #expect(usage.contains("\n"))
        for option in ["[<file>]", "[--only <pattern> ...]", "[--allow-empty]", "[--baseline <baseline>]"] {
            #expect(usage.contains(option), "\(option)")
        }
        // An error's usage is wrapped too.
        let wrong = try CLI.run(["report", CLI.demoLedger, "--table", "nope"])
        #expect(wrong.stderr.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("Error:") })
    }
}
