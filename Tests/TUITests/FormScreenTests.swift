import Model
import Testing

@testable import TUI

/// Every form and question at 80x24 and 160x48, as a new user sees it: no label is cut, a value
/// uses the width there is, and a question shows every key that answers it.
@Suite struct FormScreenTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 160, rows: 48)]

    static func state(_ size: Size) -> AppState {
        Fixtures.state(Fixtures.demo(), columns: size.columns, rows: size.rows)
    }

    /// The forms a user opens: project add and edit, issue log, resolve and edit, and the Log
    /// tab's form for each of its tables.
    static func forms(_ size: Size) -> [(String, AppState)] {
        let inventory = Fixtures.tab(.inventory, state(size))
        let issues = Fixtures.tab(.issues, state(size))
        var forms = [
            ("project add", Fixtures.press(.char("a"), on: inventory)),
            ("project edit", Fixtures.press(.char("E"), on: inventory)),
            ("issue log", Fixtures.press(.char("n"), on: issues)),
            ("issue resolve", Fixtures.press(.char("j"), .char("r"), on: issues)),
            ("issue edit", Fixtures.press(.char("e"), on: issues)),
        ]
        // The Log tab's n adds to the table under the cursor: walk down until each table's form was seen.
        var log = Fixtures.tab(.log, state(size))
        var titles: Set<String> = []
        for _ in 0..<40 {
            let opened = Fixtures.press(.char("n"), on: log)
            if case .form(let form) = opened.mode, titles.insert(form.title).inserted {
                forms.append((form.title, opened))
            }
            log = Fixtures.press(.down, on: log)
        }
        #expect(titles.count == 4, "\(titles)")
        return forms
    }

    @Test(arguments: sizes) func everyFieldShowsItsWholeLabel(_ size: Size) throws {
        for (name, opened) in Self.forms(size) {
            guard case .form(let form) = opened.mode else {
                Issue.record("\(name): no form at \(size.columns)x\(size.rows)")
                continue
            }
            var s = opened
            var seen: [String] = []
            for _ in form.fields {
                seen += Fixtures.screen(s).lines
                s = Fixtures.press(.down, on: s)
            }
            for field in form.fields where !field.disabled {
                #expect(
                    seen.contains { $0.hasPrefix("   " + field.label + " ") },
                    "\(name) at \(size.columns)x\(size.rows): the label \(field.label) is cut")
            }
        }
    }

    /// A long value (notes) is shown whole where the screen has room for it.
    @Test func aLongValueUsesTheWidth() {
        let size = Size(columns: 160, rows: 48)
        let notes = String(repeating: "notes that go on ", count: 5)
        var s = Fixtures.press(.char("n"), on: Fixtures.tab(.issues, Self.state(size)))
        while case .form(let form) = s.mode, form.focusedField?.id != .issue(.notes) {
            s = Fixtures.press(.down, on: s)
        }
        s = Fixtures.press(notes.map { Key.char($0) }, s).0
        #expect(Fixtures.screen(s).lines.contains { $0.contains(notes + "▏") })
    }

    /// Questions: all of the words and every key that answers, never cut; the hint line offers
    /// exactly those keys.
    @Test(arguments: sizes) func questionsShowEveryAnswer(_ size: Size) throws {
        let inventory = Fixtures.tab(.inventory, Self.state(size))
        let crm = try #require(inventory.ledger.projectIndex(named: "crm-sync"))
        var asking = inventory
        let row = try #require(asking.inventory.order.firstIndex(of: crm))
        for _ in 0..<row { asking = Fixtures.press(.down, on: asking) }
        let deleting = Fixtures.press(.char("d"), on: asking)
        let changed = update(
            Fixtures.press([.char("a"), .char("x"), .enter], inventory).0, .storage(.changedOnDisk)
        ).0
        for (state, keys) in [(deleting, ["y", "k", "n"]), (changed, ["y", "d", "o", "n"])] {
            guard case .confirm(let question) = state.mode else {
                Issue.record("no question")
                continue
            }
            let lines = Fixtures.screen(state).lines
            let shown = lines.suffix(3).joined(separator: " ").split(separator: " ").joined(separator: " ")
            let words = question.prompt.split(separator: " ").joined(separator: " ")
            #expect(shown.contains(words), "at \(size.columns)x\(size.rows): \(question.prompt) is cut: \(shown)")
            let hint = lines[size.rows - 1]
            for key in keys { #expect(hint.contains(" \(key) "), "hint line lacks \(key): \(hint)") }
        }
        // A question that names no keys gets "(y/n)" once, and its hint line only y and n.
        let plain = Fixtures.press(.char("d"), on: inventory)
        let lines = Fixtures.screen(plain).lines
        #expect(lines[size.rows - 2].hasSuffix("(u undoes it)  (y/n)"))
        #expect(!lines[size.rows - 1].contains(" k "))
    }
}

extension Size: CustomTestStringConvertible {
    public var testDescription: String { "\(columns)x\(rows)" }
}
