import Foundation

@testable import Model

/// Files the Markdown and CSV tests read: fixtures in Tests/MarkdownFixtures (outside the test
/// target, so SwiftPM needs no resource rules) and the demo ledger, found from this file's path.
enum MarkdownTestFiles {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/MarkdownFixtures").appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: fixture(name)), as: UTF8.self)
    }

    static func demoLedger() throws -> Ledger {
        try LedgerStore.load(repository.appendingPathComponent("data/ledger.json").path).ledger
    }

    /// The day the golden files are computed for.
    static let asOf = ISODate.seconds("2026-11-26")!
}
