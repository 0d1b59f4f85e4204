import Foundation
import Model
import Testing

@testable import TUI

/// `R` rescans the selected project's repository in the background and commits one undoable edit.
@Suite struct RescanTests {
    private func repository() -> String {
        let root = NSTemporaryDirectory() + "dockledger-rescan-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try! "FROM alpine:3.20\nUSER root\n".write(toFile: root + "/Dockerfile", atomically: false, encoding: .utf8)
        return root
    }

    @Test func rescanAsksForTheRepositoryThenCommitsWhatChanged() {
        var ledger = Fixtures.oneProject()
        let folder = repository()
        ledger.projects[0].repository = folder
        ledger.projects[0].docker?.nonRoot = nil
        ledger.projects[0].sources["docker.multiStage"] = FactSource(from: .manual, at: "2026-11-01")
        let state = Fixtures.tab(.inventory, Fixtures.state(ledger))
        let (asked, effects) = Fixtures.press([.char("R")], state)
        #expect(effects == [.rescan(project: "solo", folder: folder)])
        #expect(asked.message?.hasPrefix("rescanning solo") == true)

        let facts = RepositoryFacts(RepositoryFiles(root: folder))
        let (done, saves) = update(asked, .rescanned(project: "solo", facts))
        #expect(saves.count == 1)
        let solo = done.ledger.projects[0]
        #expect(solo.docker?.nonRoot == false)
        #expect(solo.docker?.multiStage == true)
        #expect(solo.sources["docker.nonRoot"]?.file == "Dockerfile:2")
        #expect(done.message?.contains("nonRoot unknown → false") == true)
        #expect(done.message?.contains("kept manual multiStage=true; Dockerfile:1 says false") == true)
        // One undoable step.
        let undone = Fixtures.press(.char("u"), on: done)
        #expect(undone.ledger.projects[0].docker?.nonRoot == nil)
    }

    @Test func aProjectWithoutRepositoryIsNotRescanned() {
        let state = Fixtures.tab(.inventory, Fixtures.state(Fixtures.oneProject()))
        let (s, effects) = Fixtures.press([.char("R")], state)
        #expect(effects.isEmpty)
        #expect(s.message == "solo has no repository: scan it once with `dockledger scan PATH`")
    }
}
