import Foundation
import Model
import Testing

@testable import TUI

/// The Inventory's columns: which show at 80 and 160 columns, the column chooser, the column
/// cursor and its sort, `x` for archived projects, and `e` editing one cell in place.
@Suite struct InventoryColumnsTests {
    static func inventory(_ ledger: Ledger, columns: Int = 100, rows: Int = 30) -> AppState {
        Fixtures.tab(.inventory, Fixtures.state(ledger, columns: columns, rows: rows))
    }

    /// One project with Docker and CI whose every fact is unknown, and no owner.
    static func edge() -> Ledger {
        var ledger = Fixtures.empty()
        var p = Project(name: "lonely")
        p.docker = DockerSetup()
        p.ci = CISetup(enabled: true)
        ledger.projects = [p]
        return ledger
    }

    static func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    // MARK: - Columns at 80 and 160

    @Test func demoAt80x24KeepsProjectOwnerLevelStatus() {
        let screen = Fixtures.screen(Self.inventory(Fixtures.demo(), columns: 80, rows: 24))
        #expect(screen.line(3) == " Project ▲               Owner         Level  Status           Non-root")
        #expect(screen.line(4) == " admin-console           web              L2  ◐ 1 progressing  ● yes")
    }

    @Test func demoAt160x48ShowsTheAdoptionFlagsVulnerabilitiesAndCI() {
        let screen = Fixtures.screen(Self.inventory(Fixtures.demo(), columns: 160, rows: 48))
        #expect(
            screen.line(3)
                == " Project ▲               Owner         Level  Status           Non-root  Multi-stage      Image  Minimal  No secrets  Health  Crit  High  Buildx  GHA cache"
        )
        #expect(
            screen.line(4)
                == " admin-console           web              L2  ◐ 1 progressing  ● yes     ● yes           172 MB  ● yes    "
                + "● yes       ● yes    ● 0   ● 0  no      no")
        let legacy = screen.lines.first { $0.hasPrefix(" legacy-billing") }
        #expect(
            legacy
                == " legacy-billing          payments         L1  ○ 14 behind      ○ no      ○ no           1120 MB  ○ no     "
                + "○ no        ● yes    ○ 4  ○ 12  ○ no    ○ no")
        // The columns that did not fit give way, and the chooser says so.
        #expect(!screen.line(3).contains("Arch"))
        // A "no" is drawn as the drill-down draws a failing project: behind.
        let row = screen.lines.firstIndex { $0.hasPrefix(" legacy-billing") }!
        #expect(screen.style(ofFirst: "○ no", inRow: row)?.role == .statusBehind)
        #expect(screen.style(ofFirst: "○ 4", inRow: row)?.role == .statusBehind)
    }

    @Test func edgeLedgerAt80x24And160x48() {
        let narrow = Fixtures.screen(Self.inventory(Self.edge(), columns: 80, rows: 24))
        #expect(narrow.line(3) == " Project ▲               Owner         Level  Status           Non-root")
        #expect(narrow.line(4) == " lonely                  -                L1  ○ 1 behind       · ?")
        let wide = Fixtures.screen(Self.inventory(Self.edge(), columns: 160, rows: 48))
        #expect(
            wide.line(3)
                == " Project ▲               Owner         Level  Status           Non-root  Multi-stage      Image  Minimal  No secrets  Health  Crit  High  Buildx  GHA cache"
        )
        #expect(
            wide.line(4)
                == " lonely                  -                L1  ○ 1 behind       · ?       · ?                  -  · ?      "
                + "· ?         · ?      · ?   · ?  · ?     · ?")
        #expect(wide.style(ofFirst: "· ?", inRow: 4)?.role == .statusNoData)
    }

    @Test func allUnknownAndOneProjectLedgersAt160x48() {
        let unknown = Fixtures.screen(Self.inventory(Fixtures.allUnknown(), columns: 160, rows: 48))
        // Not in CI: the CI columns do not apply. No Docker: nothing applies.
        #expect(
            unknown.line(4)
                == " unknown-docker          -                L1  ○ 1 behind       · ?       · ?                  -  · ?      "
                + "· ?         · ?      · ?   · ?  -       -")
        #expect(
            unknown.line(5)
                == " unknown-plain           -                L0  · no Docker      -         -                    -  -        "
                + "-           -          -     -  -       -")
        let one = Fixtures.screen(Self.inventory(Fixtures.oneProject(), columns: 160, rows: 48))
        #expect(
            one.line(4)
                == " solo                    core             L3  ○ 1 behind       ● yes     ● yes           120 MB  ● yes    "
                + "● yes       · ?      · ?   · ?  ● yes   ● yes")
    }

    // MARK: - Column chooser

    @Test func chooserTurnsAColumnOffAndOnAndAsksToRememberIt() {
        var s = Self.inventory(Fixtures.demo(), columns: 160, rows: 48)
        s = Fixtures.press(.char("c"), on: s)
        #expect(s.mode == .page(.columns, ScrollState()))
        let chooser = Fixtures.screen(s)
        #expect(chooser.line(2) == " Inventory columns  (Esc closes)")
        #expect(chooser.lines.contains(" [x]  Multi-stage  Multi-stage build"))
        #expect(chooser.lines.contains { $0.hasPrefix(" [x]  Arch") && $0.hasSuffix("no room at 160 columns") })
        // Down to Multi-stage (the sixth column) and off.
        let (off, effects) = Fixtures.press([.down, .down, .down, .down, .down, .char(" ")], s)
        #expect(!off.columns.isShown(.multiStage))
        #expect(effects == [.saveSettings(UISettings(hiddenColumns: [.multiStage]))])
        #expect(Fixtures.screen(off).lines.contains(" [ ]  Multi-stage  Multi-stage build"))
        #expect(off.message == "Multi-stage hidden")
        let table = Fixtures.screen(Fixtures.press(.escape, on: off))
        #expect(!table.line(3).contains("Multi-stage"))
        #expect(table.line(3).contains("Non-root"))
        // Enter turns it on again.
        let (on, again) = Fixtures.press([.enter], off)
        #expect(on.columns.isShown(.multiStage))
        #expect(again == [.saveSettings(UISettings())])
    }

    @Test func theProjectNameCannotBeHidden() {
        let s = Fixtures.press(.char("c"), .char(" "), on: Self.inventory(Fixtures.demo()))
        #expect(s.columns.isShown(.name))
        #expect(s.message == "the project name is always shown")
    }

    @Test func aHiddenColumnMakesRoomForTheNext() {
        var s = Self.inventory(Fixtures.demo(), columns: 80, rows: 24)
        s = Fixtures.press([.char("c"), .down, .down, .down, .down, .char(" "), .escape], s).0
        #expect(
            Fixtures.screen(s).line(3) == " Project ▲               Owner         Level  Status           Multi-stage")
    }

    // MARK: - Column cursor and sort

    @Test func theColumnCursorMovesOverDrawnColumnsAndHighlightsItsHeader() {
        var s = Self.inventory(Fixtures.demo(), columns: 80, rows: 24)
        #expect(InventoryColumns.cursor(s) == .name)
        s = Fixtures.press(.char("<"), on: s)
        #expect(InventoryColumns.cursor(s) == .name)
        s = Fixtures.press(.char(">"), .char(">"), .char(">"), on: s)
        #expect(InventoryColumns.cursor(s) == .status)
        let screen = Fixtures.screen(s)
        #expect(screen.style(ofFirst: "Status", inRow: 3)?.role == .headerCursor)
        #expect(screen.style(ofFirst: "Owner", inRow: 3)?.role == .header)
        // Past the last drawn column it stays (Image has no room at 80 columns).
        s = Fixtures.press(.char(">"), .char(">"), .char(">"), on: s)
        #expect(InventoryColumns.cursor(s) == .nonRoot)
    }

    @Test func sortByStatusPutsTheWorstFirstAndSReversesIt() {
        var s = Self.inventory(Fixtures.demo())
        s = Fixtures.press(.char(">"), .char(">"), .char(">"), .char("s"), on: s)
        #expect(s.inventory.sortColumn == .status && !s.inventory.descending)
        #expect(s.ledger.projects[s.inventory.order[0]].name == "legacy-billing")
        #expect(Fixtures.screen(s).line(2) == " 33 of 33 projects · sorted by Status ▲")
        s = Fixtures.press(.char("S"), on: s)
        #expect(s.inventory.descending)
        #expect(s.ledger.projects[s.inventory.order[0]].isActive == false)
    }

    @Test func sortByAFlagPutsNoFirstAndUnknownLast() {
        let s = Fixtures.press(
            .char(">"), .char(">"), .char(">"), .char(">"), .char("s"), on: Self.inventory(Fixtures.demo()))
        let names = s.inventory.order.map { s.ledger.projects[$0].name }
        #expect(Array(names.prefix(3)) == ["feature-store", "legacy-billing", "old-monolith"])
        #expect(names.firstIndex(of: "ml-notebooks")! > names.firstIndex(of: "auth-proxy")!)
    }

    @Test func sortByColumnActionTogglesAndMovesTheCursor() {
        var s = Self.inventory(Fixtures.demo())
        s = InventoryTab.perform(.sort(by: .imageSize), s).0
        #expect(s.inventory.sortColumn == .imageSize && !s.inventory.descending)
        #expect(s.columns.cursor == .imageSize)
        s = InventoryTab.perform(.sort(by: .imageSize), s).0
        #expect(s.inventory.descending)
        s = InventoryTab.perform(.sort(by: .imageSize), s).0
        #expect(!s.inventory.descending)
    }

    @Test func aClickOnAHeaderSortsByItsColumnAndAgainReversesIt() {
        let s = Self.inventory(Fixtures.demo())
        // On the header's line: the table's first, or the top one when it is kept over scrolled rows.
        func click(_ column: Int, _ state: AppState) -> AppState {
            let row = Fixtures.screen(state).lines.firstIndex { $0.hasPrefix(" Project") }!
            return update(state, .mouse(MouseEvent(.press, row: row, column: column))).0
        }
        let byOwner = click(25, s)
        #expect(byOwner.inventory.sortColumn == .owner && !byOwner.inventory.descending)
        #expect(byOwner.columns.cursor == .owner)
        #expect(click(25, byOwner).inventory.descending)
    }

    /// The cached orders give what a plain sort gives, for every column both ways.
    @Test func cachedOrdersEqualAPlainSort() {
        let data = LedgerData(ledger: Fixtures.demo(), asOf: Fixtures.asOf)
        for column in InventoryColumn.allCases {
            let keys = data.ledger.projects.indices.map { SortKey.of(data, project: $0, column: column) }
            for descending in [false, true] {
                let plain = keys.indices.sorted { a, b in
                    if keys[a].isUnknown != keys[b].isUnknown { return !keys[a].isUnknown }
                    let order = SortKey.compare(keys[a], keys[b])
                    if order == .same { return a < b }
                    return descending ? order == .after : order == .before
                }
                #expect(ColumnOrder(data, column: column).rows(descending: descending) == plain, "\(column)")
            }
        }
    }

    // MARK: - Archived projects

    @Test func xHidesAndShowsArchivedProjectsWithAnIndicator() {
        let s = Self.inventory(Fixtures.demo())
        let (hidden, effects) = Fixtures.press([.char("x")], s)
        #expect(hidden.inventory.order.count == 30)
        #expect(hidden.inventory.order.allSatisfy { hidden.ledger.projects[$0].isActive })
        #expect(effects == [.saveSettings(UISettings(hidesArchived: true))])
        let screen = Fixtures.screen(hidden)
        #expect(screen.line(2) == " 30 of 33 projects · sorted by Project ▲ · 3 archived hidden (x)")
        #expect(!screen.lines.contains { $0.hasPrefix(" campaign-2025") })
        let shown = Fixtures.press(.char("x"), on: hidden)
        #expect(shown.inventory.order.count == 33)
        #expect(Fixtures.screen(shown).line(2) == " 33 of 33 projects · sorted by Project ▲")
    }

    @Test func hidingArchivedKeepsTheSelectedProject() {
        var s = Fixtures.press(.end, on: Self.inventory(Fixtures.demo()))
        let name = s.selectedProjectName
        s = Fixtures.press(.char("x"), on: s)
        #expect(s.selectedProjectName == name)
    }

    // MARK: - Editing one cell in place

    /// The demo's first row is admin-console; `>` four times puts the cursor on Non-root.
    var onNonRoot: AppState {
        Fixtures.press(.char(">"), .char(">"), .char(">"), .char(">"), on: Self.inventory(Fixtures.demo()))
    }

    @Test func eEditsAFlagInPlaceAndEnterSavesOneUndoableEdit() {
        var s = Fixtures.press(.char("e"), on: onNonRoot)
        guard case .form(let form) = s.mode else {
            Issue.record("no cell edit")
            return
        }
        #expect(form.isInline)
        #expect(form.purpose == .editCell(project: s.selectedProject!, column: .nonRoot))
        var screen = Fixtures.screen(s)
        #expect(
            screen.line(4)
                == " admin-console           web              L2  ◐ 1 progressing  ◂ yes ▸   ● yes           172 MB")
        #expect(screen.style(ofFirst: "◂ yes ▸", inRow: 4)?.role == .cellEditor)
        #expect(screen.line(29) == " Enter save  Esc cancel  ←→ choose  ^U clear")
        s = Fixtures.press(.right, on: s)
        let (saved, effects) = Fixtures.press([.enter], s)
        #expect(saved.mode == .browse)
        #expect(saved.ledger.project(named: "admin-console")?.docker?.nonRoot == false)
        #expect(effects == [.save(saved.ledger)])
        screen = Fixtures.screen(saved)
        #expect(
            screen.line(4)
                == " admin-console           web              L2  ○ 1 behind       ○ no      ● yes           172 MB")
        let (undone, _) = Fixtures.press([.char("u")], saved)
        #expect(undone.ledger == onNonRoot.ledger)
    }

    @Test func eOnANumberTakesTypedTextAndRefusesBadInput() {
        // Image is the seventh column: `>` six times.
        var s = Fixtures.press(
            Array(repeating: Key.char(">"), count: 6) + [.char("e"), .ctrl("u")], Self.inventory(Fixtures.demo())
        ).0
        s = Fixtures.press(Self.keys("12x") + [.enter], s).0
        #expect(s.ledger == Fixtures.demo())
        #expect(s.message == "✖ Image size (MB): not a number: \"12x\" (nothing saved; Esc cancels)")
        #expect(Fixtures.screen(s).style(ofFirst: "12x▏", inRow: 4)?.role == .error)
        let (fixed, effects) = Fixtures.press([.backspace, .enter], s)
        #expect(fixed.ledger.project(named: "admin-console")?.docker?.imageSizeMB == 12)
        #expect(effects.count == 1)
    }

    @Test func escCancelsACellEditAndNothingChanges() {
        let s = Fixtures.press(.char("e"), .right, .escape, on: onNonRoot)
        #expect(s.mode == .browse)
        #expect(s.ledger == onNonRoot.ledger)
        #expect(s.message == "cancelled: nothing changed")
    }

    @Test func anUnchangedValueSavesNothing() {
        let (s, effects) = Fixtures.press([.char("e"), .enter], onNonRoot)
        #expect(effects.isEmpty)
        #expect(s.message == "Runs as non-root unchanged: nothing saved")
    }

    @Test func eOnAComputedColumnOrAProjectWithoutDockerSaysWhy() {
        let level = Fixtures.press(.char(">"), .char(">"), .char("e"), on: Self.inventory(Fixtures.demo()))
        #expect(level.mode == .browse)
        #expect(level.message == "Level is computed from the project's facts: E edits the whole project")
        var noDocker = onNonRoot
        noDocker.reselect(projectNamed: "hr-exports")
        noDocker = Fixtures.press(.char("e"), on: noDocker)
        #expect(noDocker.mode == .browse)
        #expect(
            noDocker.message == "hr-exports does not use Docker: E opens the whole project, where it can be turned on")
    }

    @Test func eOnTheOwnerRenamesNothingElse() {
        var s = Fixtures.press(.char(">"), .char("e"), .ctrl("u"), on: Self.inventory(Fixtures.demo()))
        s = Fixtures.press(Self.keys("growth") + [.enter], s).0
        var expected = Fixtures.demo()
        let i = expected.projectIndex(named: "admin-console")!
        expected.projects[i].owner = "growth"
        #expect(s.ledger.projects[i].owner == "growth")
        #expect(s.ledger.projects[i].sources["owner"]?.from == .manual)
        #expect(s.ledger.projects.count == expected.projects.count)
    }

    @Test func eIsRefusedReadOnly() {
        var s = onNonRoot
        s.saveState = .readOnly("opened with --read-only")
        let (next, effects) = Fixtures.press([.char("e")], s)
        #expect(next.mode == .browse && effects.isEmpty)
        #expect(next.message == "this dashboard is read-only: nothing can be edited here")
    }
}

/// `.dockledger/ui.json`: what it keeps, how a bad file and an unwritable folder are survived.
@Suite struct UISettingsTests {
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "ui-settings-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func settingsRoundTripThroughJSON() throws {
        let settings = UISettings(hiddenColumns: [.platforms, .multiStage, .ghaCache], hidesArchived: true)
        #expect(try UISettings(fileData: settings.fileData) == settings)
        #expect(
            String(decoding: settings.fileData, as: UTF8.self)
                == "{\n  \"inventory\": {\n    \"hiddenColumns\": [\n      \"multiStage\",\n      \"ghaCache\",\n"
                + "      \"arch\"\n    ],\n    \"hideArchived\": true\n  }\n}\n")
    }

    @Test func theChoiceMadeWithKeysRoundTripsThroughTheFile() throws {
        let ledger = try Self.folder() + "/ledger.json"
        var s = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        var effects: [Effect] = []
        (s, effects) = Fixtures.press([.char("c"), .down, .char(" "), .escape, .char("x")], s)
        guard case .saveSettings(let last) = effects.last else {
            Issue.record("no settings to save")
            return
        }
        #expect(UISettingsFile.save(last, forLedger: ledger) == nil)
        let (read, problem) = UISettingsFile.load(forLedger: ledger)
        #expect(problem == nil)
        var fresh = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        fresh.apply(read)
        #expect(fresh.settings == s.settings)
        #expect(!fresh.columns.isShown(.owner) && fresh.inventory.hidesArchived)
        // The same screen but for the status line's message.
        #expect(Fixtures.screen(fresh).lines.prefix(28) == Fixtures.screen(s).lines.prefix(28))
    }

    @Test func aMissingFileIsTheDefaults() throws {
        let (settings, problem) = UISettingsFile.load(forLedger: try Self.folder() + "/ledger.json")
        #expect(settings == UISettings() && problem == nil)
    }

    @Test func aBadFileIsIgnoredWithOneSentence() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: folder + "/.dockledger", withIntermediateDirectories: true)
        for (text, reason) in [
            ("{\"inventory\": [", "line 1, column 16: "),
            ("[]", "not a JSON object but an array"),
            ("{\"inventory\": {\"hiddenColumns\": \"owner\"}}", "inventory.hiddenColumns: not a list but a string"),
            ("{\"inventory\": {\"hideArchived\": 1}}", "inventory.hideArchived: not true or false but a number"),
        ] {
            try text.write(toFile: folder + "/.dockledger/ui.json", atomically: true, encoding: .utf8)
            let (settings, problem) = UISettingsFile.load(forLedger: folder + "/ledger.json")
            #expect(settings == UISettings())
            #expect(problem?.hasPrefix("ignored .dockledger/ui.json (\(reason)") == true, "\(problem ?? "nil")")
        }
        // Names and keys of a newer dockledger are skipped.
        try "{\"inventory\": {\"hiddenColumns\": [\"owner\", \"future\"], \"width\": 3}, \"theme\": {}}".write(
            toFile: folder + "/.dockledger/ui.json", atomically: true, encoding: .utf8)
        #expect(UISettingsFile.load(forLedger: folder + "/ledger.json") == (UISettings(hiddenColumns: [.owner]), nil))
    }

    @Test func aFolderThatCannotBeWrittenSaysWhyOnceAndTheColumnsStillChange() throws {
        // A file where the folder should be: refused even for root, whom permissions do not stop.
        let blocked = try Self.folder()
        try "".write(toFile: blocked + "/.dockledger", atomically: true, encoding: .utf8)
        let failure = UISettingsFile.save(UISettings(hidesArchived: true), forLedger: blocked + "/ledger.json")
        #expect(failure?.hasPrefix("cannot write .dockledger/ui.json (") == true, "\(failure ?? "nil")")
        if getuid() != 0 {
            let readOnly = try Self.folder()
            chmod(readOnly, 0o555)
            defer { chmod(readOnly, 0o755) }
            #expect(
                UISettingsFile.save(UISettings(), forLedger: readOnly + "/ledger.json")
                    == "cannot write .dockledger/ui.json (Permission denied)")
        }
        var s = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        s = Fixtures.press(.char("x"), on: s)
        s = update(s, .settingsNotSaved("cannot write .dockledger/ui.json (Permission denied)")).0
        #expect(s.message == "columns not remembered: cannot write .dockledger/ui.json (Permission denied)")
        s = Fixtures.press(.char("x"), on: s)
        s = update(s, .settingsNotSaved("cannot write .dockledger/ui.json (Permission denied)")).0
        #expect(s.message == "archived projects shown")
        #expect(!s.inventory.hidesArchived)
    }
}
