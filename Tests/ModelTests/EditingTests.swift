import Foundation
import Testing

@testable import Model

@Suite struct ProjectFieldTests {
    @Test func everyFieldOfTheFileFormatHasAFormLine() {
        // Setting every field from text and reading it back covers the whole project format.
        let demo = try! LedgerStore.load(demoLedgerPath).ledger
        let full = demo.project(named: "event-gateway")!
        var rebuilt = Project(name: "")
        var draft = ProjectDraft(editing: full)
        draft[.name] = full.name
        for field in ProjectField.all { try! field.set(draft[field.id], in: &rebuilt) }
        #expect(rebuilt == full)
    }

    @Test func optionNamesAndIDsAreUnique() {
        #expect(Set(ProjectField.all.map(\.id)).count == ProjectField.all.count)
        #expect(Set(ProjectField.all.map(\.option)).count == ProjectField.all.count)
    }

    @Test func textParsing() throws {
        var p = Project(name: "x")
        try ProjectField[.cacheHitRate].set("86%", in: &p)
        #expect(p.docker?.cacheHitRate == 0.86)
        try ProjectField[.multiStage].set("no", in: &p)
        #expect(p.docker?.multiStage == false)
        try ProjectField[.multiStage].set("", in: &p)
        #expect(p.docker?.multiStage == nil)
        try ProjectField[.platforms].set("linux/amd64, linux/arm64,", in: &p)
        #expect(p.docker?.platforms == ["linux/amd64", "linux/arm64"])
        #expect(throws: FieldError("not a number: \"abc\"")) {
            try ProjectField[.imageSizeMB].set("abc", in: &p)
        }
        #expect(throws: FieldError("not a whole number: \"2.5\"")) {
            try ProjectField[.layers].set("2.5", in: &p)
        }
        #expect(throws: FieldError("must be a date YYYY-MM-DD, got \"tomorrow\"")) {
            try ProjectField[.createdAt].set("tomorrow", in: &p)
        }
        #expect(throws: FieldError("must be yes, no or empty (unknown), got \"maybe\"")) {
            try ProjectField[.buildx].set("maybe", in: &p)
        }
        #expect(throws: FieldError("must be one of production, test, both, got \"prod\"")) {
            try ProjectField[.dockerfileType].set("prod", in: &p)
        }
    }

    @Test func emptyGroupsDisappear() throws {
        var p = Project(name: "x")
        try ProjectField[.vulnsHigh].set("2", in: &p)
        #expect(p.docker?.vulnerabilities == VulnerabilityScan(high: 2))
        try ProjectField[.vulnsHigh].set("", in: &p)
        #expect(p.docker?.vulnerabilities == nil)
        try ProjectField[.registryName].set("ghcr.io", in: &p)
        try ProjectField[.registryName].set("", in: &p)
        #expect(p.docker?.registry == nil)
        try ProjectField[.ciEnabled].set("yes", in: &p)
        try ProjectField[.ciEnabled].set("", in: &p)
        #expect(p.ci == nil)
    }

    @Test func activeStaysImplicit() throws {
        var p = Project(name: "x")
        try ProjectField[.status].set("active", in: &p)
        #expect(p.status == nil)
        try ProjectField[.status].set("archived", in: &p)
        #expect(p.status == .archived)
        try ProjectField[.status].set("active", in: &p)
        #expect(p.status == .active)
    }

    @Test func diagnosticPathsFindTheirField() {
        #expect(ProjectField.forDiagnosticPath("projects[12].docker.imageSizeMB")?.id == .imageSizeMB)
        #expect(ProjectField.forDiagnosticPath("projects[0].docker.platforms[1]")?.id == .platforms)
        #expect(ProjectField.forDiagnosticPath("projects[0].name")?.id == .name)
        #expect(ProjectField.forDiagnosticPath("meta.title") == nil)
    }
}

@Suite struct ProjectDraftTests {
    let base = ledger([plainProject("api"), dockerProject("web") { $0.imageSizeMB = 100 }])

    @Test func aValidDraftBuildsTheProject() throws {
        var draft = ProjectDraft.new()
        draft[.name] = "worker"
        draft[.usesDocker] = "yes"
        draft[.imageSizeMB] = "180"
        draft[.ciEnabled] = "yes"
        let project = try draft.build(in: base, replacing: nil).get()
        #expect(project.name == "worker")
        #expect(project.docker?.imageSizeMB == 180)
        #expect(project.ci == CISetup(enabled: true))
    }

    @Test func everyBadFieldIsReportedBesideItself() {
        var draft = ProjectDraft.new()
        draft[.name] = "API"
        draft[.usesDocker] = "yes"
        draft[.imageSizeMB] = "-5"
        draft[.cacheHitRate] = "1.5"
        draft[.createdAt] = "2026-02-30"
        guard case .failure(let errors) = draft.build(in: base, replacing: nil) else {
            Issue.record("expected errors")
            return
        }
        // Text that does not parse and values that do not validate are all named at once.
        #expect(
            errors.byField == [
                .createdAt: "must be a date YYYY-MM-DD, got \"2026-02-30\"",
                .name: "another project is already named \"api\"",
                .imageSizeMB: "must be >= 0, got -5",
                .cacheHitRate: "is a rate and must be between 0 and 1, got 1.5",
            ])
    }

    @Test func editingKeepsItsOwnNameAndUnknownKeys() throws {
        var original = base.projects[1]
        original.unknownKeys = ["tier": .number(1)]
        var l = base
        l.projects[1] = original
        var draft = ProjectDraft(editing: original)
        draft[.name] = "WEB"
        let edited = try draft.build(in: l, replacing: 1).get()
        #expect(edited.name == "WEB")
        #expect(edited.unknownKeys == ["tier": .number(1)])
    }

    @Test func noDockerDropsTheDockerFields() throws {
        var draft = ProjectDraft(editing: base.projects[1])
        draft[.usesDocker] = "no"
        draft[.imageSizeMB] = "-1" // ignored: the group is off
        #expect(try draft.build(in: base, replacing: 1).get().docker == nil)
    }
}

@Suite struct EditHistoryTests {
    @Test func undoAndRedoEveryKindOfEdit() {
        var l = ledger([plainProject("a"), plainProject("b")])
        let start = l
        var history = EditHistory()
        history.perform(.insertProject(plainProject("c"), at: 2), on: &l)
        history.perform(.replaceProject(plainProject("B2"), at: 1), on: &l)
        history.perform(.removeProject(at: 0), on: &l)
        history.perform(.insertIssue(Model.Issue(id: 1, category: "x", openedAt: "2026-01-01"), at: 0), on: &l)
        history.perform(.insertBaseImageUpdate(BaseImageUpdate(date: "2026-01-01"), at: 0), on: &l)
        let end = l
        #expect(l.projects.map(\.name) == ["B2", "c"])
        for _ in 0..<5 { history.undo(on: &l) }
        #expect(l == start)
        #expect(!history.canUndo)
        #expect(history.undo(on: &l) == nil)
        for _ in 0..<5 { history.redo(on: &l) }
        #expect(l == end)
        #expect(!history.canRedo)
    }

    @Test func aNewEditClearsRedo() {
        var l = ledger([plainProject("a")])
        var history = EditHistory()
        history.perform(.removeProject(at: 0), on: &l)
        history.undo(on: &l)
        #expect(history.canRedo)
        history.perform(.insertProject(plainProject("z"), at: 1), on: &l)
        #expect(!history.canRedo)
        #expect(l.projects.map(\.name) == ["a", "z"])
    }

    @Test func historyIsBounded() {
        var l = ledger([])
        var history = EditHistory(limit: 3)
        for i in 0..<5 { history.perform(.insertProject(plainProject("p\(i)"), at: i), on: &l) }
        var undone = 0
        while history.undo(on: &l) != nil { undone += 1 }
        #expect(undone == 3)
        #expect(l.projects.map(\.name) == ["p0", "p1"])
    }
}

@Suite struct NumberFieldTests {
    /// What a person types is a number; exponents, separators and inf/nan are not.
    @Test func numbersAsPeopleWriteThem() throws {
        #expect(try ProjectField.parseNumber("1000") == 1000)
        #expect(try ProjectField.parseNumber("1000.5") == 1000.5)
        #expect(try ProjectField.parseNumber("-3") == -3)
        for bad in ["1e3", "1E3", "inf", "nan", "0x10", "1,000", "1 000"] {
            #expect(throws: FieldError.self, "\(bad)") { try ProjectField.parseNumber(bad) }
        }
        do { _ = try ProjectField.parseNumber("1,000") } catch { #expect(error.reason.contains("without separators")) }
    }

    @Test func renameAndDeleteKeepIssuesAttached() {
        var l = ledger(
            [plainProject("a"), plainProject("b")],
            issues: [
                Model.Issue(id: 1, category: "CI cache misses", project: "A", openedAt: "2026-11-01"),
                Model.Issue(id: 2, category: "CI cache misses", project: "b", openedAt: "2026-11-01"),
            ])
        let before = l
        var renamed = l.projects[0]
        renamed.name = "alpha"
        let undo = ProjectCascade.replace(0, with: renamed, in: l).apply(to: &l)
        #expect(l.issues[0].project == "alpha")
        undo.apply(to: &l)
        #expect(l == before)
        ProjectCascade.delete(1, issuesOf: .keep, in: l).apply(to: &l)
        #expect(l.issues[1].project == "b (deleted project)")
        #expect(ProjectCascade.issueCount(of: "a", in: before) == "1 open issue")
    }
}
