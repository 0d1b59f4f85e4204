import Model
import Testing

@testable import TUI

extension Fixtures {
    static func typing(_ text: String) -> [Key] { text.map { Key.char($0) } }
}

/// The Inventory's field filters, typed through update and read off the screen.
@Suite struct InventoryFilterTests {
    let demo = Fixtures.state(Fixtures.demo())

    func names(_ s: AppState) -> [String] { s.inventory.order.map { s.ledger.projects[$0].name } }

    @Test func nonRootNoListsTheOffendersAtBothSizes() {
        for (columns, rows) in [(80, 24), (160, 48)] {
            let start = Fixtures.state(Fixtures.demo(), columns: columns, rows: rows)
            let s = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("nonroot:no"), start).0
            #expect(names(s) == ["feature-store", "legacy-billing", "old-monolith"])
            let screen = Fixtures.screen(s)
            #expect(screen.line(2) == " 3 of 33 projects · sorted by Project ▲ · filter: nonroot:no▏")
            #expect(screen.line(4).hasPrefix(" feature-store"))
            #expect(screen.line(6).hasPrefix(" old-monolith"))
            #expect(screen.line(7) == "")
            #expect(screen.line(rows - 1) == " Enter keep  Esc clear")
        }
    }

    @Test func fieldTermsCombineAndNegate() {
        let s = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("image>250 !archived level<3"), demo).0
        #expect(names(s) == ["crm-sync", "feature-store", "kafka-connectors", "legacy-billing"])
        let owners = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("owner:data image>300"), demo).0
        #expect(names(owners) == ["etl-runner", "kafka-connectors"])
    }

    @Test func aBadFilterSaysWhyAndKeepsTheLastGoodRows() {
        let good = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("level>=3 image>200"), demo).0
        let kept = names(good)
        #expect(
            kept == ["checkout-web", "etl-runner", "invoice-renderer", "ledger-api", "model-serving", "search-indexer"])
        let bad = Fixtures.press(.char("x"), on: good)
        #expect(names(bad) == kept)
        #expect(bad.inventory.filterError?.term == "image>200x")
        for (columns, rows) in [(80, 24), (160, 48)] {
            var sized = bad
            sized.size = Size(columns: columns, rows: rows)
            let screen = Fixtures.screen(sized)
            #expect(screen.line(2).hasSuffix("· filter: level>=3 image>200x▏"))
            #expect(screen.line(3) == " ✖ image>200x: not a number: \"200x\" · showing the last good filter's rows")
            #expect(screen.style(ofFirst: "✖", inRow: 3)?.role == .error)
            #expect(screen.line(4).hasPrefix(" Project ▲"))
        }
        // Backspace back to a good filter: the error goes, the rows are that filter's.
        let mended = Fixtures.press(.backspace, on: bad)
        #expect(mended.inventory.filterError == nil)
        #expect(names(mended) == kept)
        #expect(Fixtures.screen(mended).line(3).hasPrefix(" Project ▲"))
    }

    @Test func backspaceReturnsToTheResultOfTheShorterFilter() {
        let typed = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("python"), demo).0
        let erased = Fixtures.press([.backspace, .backspace, .backspace], typed).0
        let direct = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("pyt"), demo).0
        #expect(names(erased) == names(direct))
        #expect(names(erased).count >= names(typed).count)
    }

    @Test func theFilterFollowsTheSortAndTheLedger() {
        var s = Fixtures.press([.char("2"), .char("/")] + Fixtures.typing("nonroot:no") + [.enter, .char("S")], demo).0
        #expect(names(s) == ["old-monolith", "legacy-billing", "feature-store"])
        // An edit (feature-store becomes non-root) refreshes the filtered rows.
        var ledger = s.ledger
        let i = ledger.projectIndex(named: "feature-store")!
        ledger.projects[i].docker?.nonRoot = true
        s.replaceLedger(ledger, asOf: Fixtures.asOf)
        #expect(names(s) == ["old-monolith", "legacy-billing"])
    }
}

/// `/` on every other page: jumps to matches as typed, Enter goes on, Esc closes.
@Suite struct PageSearchTests {
    @Test func coverageSearchJumpsToTheRowAndCountsTheMatches() {
        for (columns, rows) in [(80, 24), (160, 48)] {
            let start = Fixtures.state(Fixtures.demo(), columns: columns, rows: rows)
            let s = Fixtures.press([.char("/")] + Fixtures.typing("level"), start).0
            let screen = Fixtures.screen(s)
            // The first line containing "level" from the cursor on is the title "Adoption by Level":
            // the cursor goes to the row under it (not to "CI cache enabled", where "le" was).
            guard s.selectedRef(on: .coverage) == .metric(MetricID.levels[0]) else {
                Issue.record("the cursor is not under the title at \(columns)x\(rows)")
                continue
            }
            let titleRow = screen.lines.firstIndex { $0 == " Adoption by Level" }
            #expect(titleRow != nil)
            if let titleRow { #expect(screen.style(ofFirst: "Level", inRow: titleRow)?.role == .searchCurrent) }
            let count = s.activeSearch?.count ?? 0
            #expect(count >= 5)
            #expect(screen.line(rows - 1).hasPrefix(" /level▏ 1 of \(count)  Enter next  Esc close"))
            let next = Fixtures.press(.enter, .enter, on: s)
            #expect(next.activeSearch?.ordinal == 3)
            guard next.selectedRef(on: .coverage) == .metric(MetricID.levels[1]) else {
                Issue.record("Enter did not go to Level 2 at \(columns)x\(rows)")
                continue
            }
            // Up goes back, and before the first comes the last.
            #expect(Fixtures.press(.up, on: next).activeSearch?.ordinal == 2)
            #expect(Fixtures.press(.up, .up, .up, on: next).activeSearch?.ordinal == count)
        }
    }

    @Test func matchesAreMarkedWithTheSearchRoles() {
        let s = Fixtures.press([.char("/")] + Fixtures.typing("non-ROOT"), Fixtures.state(Fixtures.demo())).0
        let screen = Fixtures.screen(s)
        let row = screen.lines.firstIndex { $0.hasPrefix(" Non-root execution") }!
        #expect(screen.style(ofFirst: "Non-root", inRow: row)?.role == .searchCurrent)
        #expect(screen.style(ofFirst: "execution", inRow: row)?.role != .searchCurrent)
        let more = Fixtures.press([.char("/")] + Fixtures.typing("met"), Fixtures.state(Fixtures.demo())).0
        let marked = Fixtures.screen(more)
        let other = marked.lines.lastIndex { $0.contains("● met") }!
        #expect(marked.style(ofFirst: "met", inRow: other)?.role == .searchMatch)
    }

    @Test func escClosesTheSearchAndEnterThenOpensTheRow() {
        let found = Fixtures.press([.char("/")] + Fixtures.typing("non-root"), Fixtures.state(Fixtures.demo())).0
        let closed = Fixtures.press(.escape, on: found)
        #expect(closed.activeSearch == nil)
        #expect(closed.mode == .browse)
        #expect(Fixtures.screen(closed).line(29).hasPrefix(" ↑↓ move"))
        guard case .page(.metric(let drill), _) = Fixtures.press(.enter, on: closed).mode else {
            Issue.record("Enter after the search opened nothing")
            return
        }
        #expect(drill.id == .coverageNonRoot)
    }

    @Test func noMatchSaysSoAndTheCursorStays() {
        let s = Fixtures.press([.char("/")] + Fixtures.typing("~~"), Fixtures.state(Fixtures.demo())).0
        #expect(s.activeSearch?.count == 0)
        #expect(s.scrollState(.coverage).cursor == 0)
        let screen = Fixtures.screen(s)
        #expect(screen.line(29).hasPrefix(" /~~▏ no match"))
        #expect(screen.style(ofFirst: "no match", inRow: 29)?.role == .error)
        let cleared = Fixtures.press(.ctrl("u"), on: s)
        #expect(cleared.activeSearch?.text == "")
    }

    @Test func nStaysNewOnTheIssuesTabAndIsTextInTheSearch() {
        let issues = Fixtures.tab(.issues, Fixtures.state(Fixtures.demo()))
        guard case .form = Fixtures.press(.char("n"), on: issues).mode else {
            Issue.record("n no longer logs an issue")
            return
        }
        let searching = Fixtures.press([.char("/")] + Fixtures.typing("vol"), issues).0
        #expect(searching.mode == .browse)
        #expect(searching.activeSearch?.text == "vol")
        let typedN = Fixtures.press(.char("n"), on: searching)
        #expect(typedN.mode == .browse)
        #expect(typedN.activeSearch?.text == "voln")
    }

    @Test func helpIsSearchedAtBothSizes() {
        for (columns, rows) in [(80, 24), (160, 48)] {
            let start = Fixtures.state(Fixtures.demo(), columns: columns, rows: rows)
            let s = Fixtures.press([.char("?"), .char("/")] + Fixtures.typing("redo"), start).0
            guard case .help(let scroll) = s.mode else {
                Issue.record("the search closed help")
                continue
            }
            let screen = Fixtures.screen(s)
            let row = screen.lines.firstIndex { $0.contains("Redo what was undone") }
            #expect(row != nil, "the match is on screen at \(columns)x\(rows)")
            if let row { #expect(screen.style(ofFirst: "Redo", inRow: row)?.role == .searchCurrent) }
            #expect(screen.line(rows - 1).hasPrefix(" /redo▏ 1 of 1"))
            // Deep in help: the filter terms table is found and scrolled to.
            let deep = Fixtures.press([.ctrl("u")] + Fixtures.typing("a number field"), s).0
            let deepScreen = Fixtures.screen(deep)
            #expect(deepScreen.lines.contains { $0.contains("image>250") && $0.contains("a number field") })
            #expect(scroll.cursor > 0)
            // Esc closes the search first, then help.
            let closed = Fixtures.press(.escape, on: deep)
            guard case .help = closed.mode else {
                Issue.record("Esc closed help along with the search")
                continue
            }
            #expect(Fixtures.press(.escape, on: closed).mode == .browse)
        }
    }

    @Test func theProjectDetailIsSearched() {
        let detail = Fixtures.press(.char("2"), .enter, on: Fixtures.state(Fixtures.demo()))
        guard case .detail = detail.mode else {
            Issue.record("no detail")
            return
        }
        let s = Fixtures.press([.char("/")] + Fixtures.typing("base image"), detail).0
        #expect((s.activeSearch?.count ?? 0) >= 1)
        #expect(Fixtures.screen(s).lines.contains { $0.contains("Base image") })
    }

    @Test func theSearchEndsWhenAnotherPageShows() {
        var s = Fixtures.press([.char("/")] + Fixtures.typing("non"), Fixtures.state(Fixtures.demo())).0
        s.mode = .help(ScrollState())
        #expect(s.activeSearch == nil)
        #expect(s.keyContexts == [.overlay, .tables, .global])
    }
}
