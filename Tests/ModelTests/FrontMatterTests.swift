import Foundation
import Testing
import Yams

@testable import Model

@Suite struct FrontMatterTests {
    /// Written by hand, `version: 1.10` read back as the number 1.1 and `status: no` as false.
    @Test func valuesYAMLWouldMisreadAreQuotedAndReadBackAsWritten() throws {
        var ledger = Ledger()
        ledger.meta.ledgerVersion = "1.10"
        ledger.meta.status = "no"
        ledger.meta.lastUpdated = "2026-11-20"
        let front = MarkdownReport.frontMatter(ledger.meta)
        #expect(front == "sap_id: SAP-011\nversion: '1.10'\nstatus: 'no'\nlast_updated: 2026-11-20\ntype: ledger\n")
        // Any YAML reader sees the text, not a number or a boolean.
        let values = try #require(try Yams.load(yaml: front) as? [String: Any])
        #expect(values["version"] as? String == "1.10")
        #expect(values["status"] as? String == "no")
        // And the importer reads the whole document's front matter back to the same meta.
        let document = MarkdownReport(ledger, MetricEngine.report(ledger, asOf: MarkdownTestFiles.asOf)).render()
        let read = try #require(MarkdownDocument(document).frontMatter)
        #expect(read["version"] == "1.10")
        #expect(read["status"] == "no")
        #expect(read["last_updated"] == "2026-11-20")
        let back = try MarkdownImporter.run(document).ledger
        #expect(back.meta.ledgerVersion == "1.10")
        #expect(back.meta.status == "no")
        #expect(back.meta.lastUpdated == "2026-11-20")
    }
}
