import Testing

@testable import Model

@Suite struct IssueDraftTests {
    let base = ledger(
        [plainProject("etl-runner"), plainProject("api")],
        issues: [
            Model.Issue(
                id: 1, category: "Registry rate limits", project: "api", openedAt: "2026-11-01T10:00:00Z",
                resolvedAt: "2026-11-01T12:00:00Z", solution: "Mirror images", successful: true),
            Model.Issue(
                id: 2, category: "Registry rate limits", openedAt: "2026-11-02T10:00:00Z",
                resolvedAt: "2026-11-02T12:00:00Z", solution: "Mirror images", successful: false),
            Model.Issue(
                id: 3, category: "Registry rate limits", openedAt: "2026-11-03T10:00:00Z",
                resolvedAt: "2026-11-03T12:00:00Z", solution: "Log in to Docker Hub", successful: true),
        ])

    @Test func theDefaultsLogAtOnce() throws {
        let issue = try IssueDraft(openedAt: "2026-11-26T10:00:00Z").build(id: base.nextIssueID, in: base).get()
        #expect(issue == Model.Issue(id: 4, category: "Image size >500MB", openedAt: "2026-11-26T10:00:00Z"))
    }

    @Test func projectsAreMatchedToTheInventory() throws {
        var draft = IssueDraft(openedAt: "2026-11-26T10:00:00Z")
        draft.project = "ETL-Runner"
        #expect(try draft.build(id: 4, in: base).get().project == "etl-runner")
        draft.project = "ghost"
        #expect(
            draft.build(id: 4, in: base) == .failure(FieldErrors(byField: [.project: "no project named \"ghost\""])))
    }

    /// The id is no field (the ledger hands it out); should it ever be wrong, the draft is still
    /// refused, the reason shown on the first field, naming the key.
    @Test func aProblemOfNoFieldStillRefusesTheDraft() {
        let draft = IssueDraft(openedAt: "2026-11-26T10:00:00Z")
        #expect(
            draft.build(id: 0, in: base) == .failure(FieldErrors(byField: [.category: "id must be 1 or more, got 0"])))
    }

    @Test func badDatesAndEmptyCategoriesStayInTheForm() {
        let draft = IssueDraft(category: "  ", openedAt: "yesterday")
        guard case .failure(let errors) = draft.build(id: 4, in: base) else {
            Issue.record("expected errors")
            return
        }
        #expect(
            errors.byField == [
                .category: "must not be empty",
                .openedAt: "must be an ISO 8601 date or time (e.g. 2026-11-02T10:00:00Z), got \"yesterday\"",
            ])
    }

    @Test func aResolutionBeforeTheOpeningIsRefused() {
        let open = Model.Issue(id: 9, category: "x", openedAt: "2026-11-26T10:00:00Z")
        let early = ResolutionDraft(solution: "restart", successful: true, resolvedAt: "2026-11-25T10:00:00Z").resolve(
            open)
        #expect(
            early
                == .failure(
                    FieldErrors(byField: [
                        .resolvedAt: "must not be before openedAt (2026-11-26T10:00:00Z), got \"2026-11-25T10:00:00Z\""
                    ])))
        let empty = ResolutionDraft(solution: " ", resolvedAt: "2026-11-27").resolve(open)
        #expect(empty == .failure(FieldErrors(byField: [.solution: "say what was done"])))
        let good = try? ResolutionDraft(solution: "restart", successful: false, resolvedAt: "2026-11-27T08:00:00Z")
            .resolve(open).get()
        #expect(good?.successful == false && good?.resolvedAt == "2026-11-27T08:00:00Z" && good?.solution == "restart")
    }

    @Test func suggestions() {
        #expect(base.issueCategories == Model.Issue.seedCategories + ["Registry rate limits"])
        #expect(base.solutions(forCategory: "Registry rate limits") == ["Mirror images", "Log in to Docker Hub"])
        #expect(base.solutions(forCategory: "CI cache misses") == [])
        #expect(base.projectNames(matching: "a") == ["api"])
        #expect(base.projectNames(matching: "R") == ["etl-runner"])
        #expect(base.projectNames(matching: "") == ["etl-runner", "api"])
    }

    @Test func oversizedImagesWithoutAnOpenIssueAreFlagged() {
        let l = ledger(
            [
                dockerProject("fixed-before") { $0.imageSizeMB = 600 },
                dockerProject("huge") { $0.imageSizeMB = 900 },
                dockerProject("tracked") { $0.imageSizeMB = 700 },
                dockerProject("fine") { $0.imageSizeMB = 500 },
                dockerProject("old", status: .archived) { $0.imageSizeMB = 900 },
            ],
            issues: [
                Model.Issue(id: 1, category: "Image size >500MB", project: "Tracked", openedAt: "2026-11-01"),
                Model.Issue(
                    id: 2, category: "Image size >500MB", project: "fixed-before", openedAt: "2026-10-01",
                    resolvedAt: "2026-10-02", solution: "slim", successful: true),
            ])
        // Largest first, whatever the inventory order.
        #expect(report(l).oversizedWithoutIssue == ["huge", "fixed-before"])
    }
}

@Suite struct LogEntryDraftTests {
    @Test func newRowsStartFromTodayAndTheLastBaseImage() {
        var l = ledger([])
        l.maintenance.baseImageUpdates = [
            BaseImageUpdate(date: "2026-08-20", from: "python:3.12.3-slim", to: "python:3.12.6-slim")
        ]
        let texts = LogTable.baseImageUpdates.newDraft(in: l, today: "2026-11-26")
        #expect(texts[.date] == "2026-11-26")
        #expect(texts[.from] == "python:3.12.6-slim")
    }

    @Test func aRowBecomesAnAppendEdit() throws {
        var l = ledger([])
        let edit = try LogTable.templateUpdates.build(
            [.date: "2026-11-26", .version: "1.4.0", .change: "Pin uv", .projectsAffected: "7"], in: l
        ).get()
        edit.apply(to: &l)
        #expect(
            l.maintenance.templateUpdates == [
                TemplateUpdate(date: "2026-11-26", version: "1.4.0", change: "Pin uv", projectsAffected: 7)
            ])
    }

    @Test func badRowsNameTheirFields() {
        let result = LogTable.baseImageUpdates.build(
            [.date: "soon", .to: "", .projectsUpdated: "-2"], in: ledger([]))
        #expect(
            result
                == .failure(
                    FieldErrors(byField: [
                        .date: "must be a date YYYY-MM-DD, got \"soon\"",
                        .to: "must not be empty",
                        .projectsUpdated: "must be a whole number >= 0, got \"-2\"",
                    ])))
        #expect(
            LogTable.changelog.build([.date: "2026-11-26", .title: ""], in: ledger([]))
                == .failure(FieldErrors(byField: [.title: "must not be empty"])))
        #expect(LogTable.versionHistory.fields.map(\.id) == [.version, .date, .changes, .author])
    }
}
