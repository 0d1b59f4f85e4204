import Model
import Testing

@testable import TUI

/// Rows say what they stand for (RowRef); keys act on that, never on the heading of the table
/// a row is in.
@Suite struct RowRefTests {
    let demo = Fixtures.state(Fixtures.demo())

    /// Every heading of a document (table titles and column titles) replaced.
    static func retitled(_ document: Document) -> Document {
        Document(
            document.blocks.map { block in
                guard case .table(var table) = block else { return block }
                table.title = table.title.map { _ in "Some other heading" }
                table.columns = table.columns.map { column in
                    var c = column
                    c.title = "renamed"
                    return c
                }
                return .table(table)
            })
    }

    @Test func renamingEveryHeadingChangesNothingButTheHeadings() {
        for tab in Tab.allCases {
            let state = Fixtures.tab(tab, demo)
            let document = tab.component.document(state, width: 98)
            let renamed = Self.retitled(document)
            #expect(renamed.rowCount == document.rowCount)
            for row in 0..<document.rowCount {
                let ref = document.ref(ofRow: row)
                #expect(renamed.ref(ofRow: row) == ref, "\(tab.title) row \(row)")
                if let ref {
                    #expect(renamed.row(of: ref) == document.row(of: ref), "\(tab.title) \(ref)")
                }
            }
        }
    }

    @Test func everyRowOfTheTabsWithKeysStandsForSomething() {
        for tab in [Tab.inventory, .quality, .issues, .log] {
            let document = tab.component.document(Fixtures.tab(tab, demo), width: 98)
            #expect(document.rowCount > 0)
            for row in 0..<document.rowCount {
                #expect(document.ref(ofRow: row) != nil, "\(tab.title) row \(row) stands for nothing")
            }
        }
    }

    @Test func eOnEveryIssuesRowActsOnTheRowsIssueAndOnlyThere() {
        let issues = Fixtures.tab(.issues, demo)
        let document = IssuesTab.document(issues, width: 98)
        for row in 0..<document.rowCount {
            var s = issues
            s.scroll[.issues] = ScrollState(cursor: row, top: 0)
            let edited = Fixtures.press(.char("e"), on: s)
            switch document.ref(ofRow: row) {
            case .issue(let index):
                #expect(edited.mode == .form(IssueForms.edit(s, issue: index)))
            default:
                #expect(edited.mode == .browse)
                #expect(edited.message == "move the cursor onto an issue in the Issue Log first")
            }
        }
    }

    @Test func everyRowOfAChangelogEntryStandsForTheEntry() {
        let log = Fixtures.tab(.log, demo)
        let document = LogTab.document(log, width: 98)
        let rows = (0..<document.rowCount).filter {
            if case .logEntry(.changelog, _) = document.ref(ofRow: $0) { return true }
            return false
        }
        let newest = RowRef.logEntry(.changelog, demo.ledger.changelog.count - 1)
        // The newest entry is drawn first: a title row and at least one body row.
        #expect(document.ref(ofRow: rows[0]) == newest)
        #expect(document.ref(ofRow: rows[1]) == newest)
        #expect(document.row(of: newest) == rows[0])
        // n on a body row adds to the changelog.
        var s = log
        s.scroll[.log] = ScrollState(cursor: rows[1], top: 0)
        guard case .form(let form) = Fixtures.press(.char("n"), on: s).mode else {
            Issue.record("no form")
            return
        }
        #expect(form.purpose == .addLogEntry(.changelog))
    }

    @Test func theQualityKeyLogsForTheOversizedImageUnderTheCursor() {
        let quality = Fixtures.tab(.quality, demo)
        let document = QualityTab.document(quality, width: 98)
        let flagged = (0..<document.rowCount).compactMap { row -> (Int, Int)? in
            if case .oversizedImage(let project) = document.ref(ofRow: row) { return (row, project) }
            return nil
        }
        #expect(!flagged.isEmpty)
        for (row, project) in flagged {
            var s = quality
            s.scroll[.quality] = ScrollState(cursor: row, top: 0)
            #expect(s.selectedOversizedProject == demo.ledger.projects[project].name)
        }
    }
}
