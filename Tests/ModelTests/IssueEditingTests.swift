import Testing

@testable import Model

/// The per-issue durations of the issue log, and editing an issue together with its resolution.
@Suite struct IssueEditingTests {
    let resolved = Model.Issue(
        id: 1, category: "CI cache misses", project: "api", openedAt: "2026-11-01T10:00:00Z",
        resolvedAt: "2026-11-02T12:30:00Z", solution: "scope the cache", successful: true)
    let open = Model.Issue(id: 2, category: "Health check failures", openedAt: "2026-11-20")

    @Test func durations() {
        #expect(resolved.resolutionHours == 26.5)
        #expect(resolved.openHours(asOf: ISODate.seconds("2026-12-01")!) == nil)
        #expect(open.resolutionHours == nil)
        #expect(open.openHours(asOf: ISODate.seconds("2026-11-26T12:00:00Z")!) == 156.0)
        // Opened "in the future" (clock skew, a typo): just opened, never negative.
        #expect(open.openHours(asOf: ISODate.seconds("2026-11-19")!) == 0)
        var unparsable = open
        unparsable.openedAt = "someday"
        #expect(unparsable.openHours(asOf: 0) == nil)
    }

    @Test func commonIssuesAverageTheSameDurations() {
        let l = ledger([plainProject("api")], issues: [resolved, open])
        let row = report(l).commonIssues.first { $0.category == "CI cache misses" }
        #expect(row?.averageResolutionHours == resolved.resolutionHours)
    }

    @Test func editingAResolvedIssueChecksItsResolutionToo() throws {
        let l = ledger([plainProject("api")], issues: [resolved])
        var draft = IssueDraft(editing: resolved)
        draft.notes = "seen again on main"
        let same = ResolutionDraft(solution: "scope the cache", successful: false, resolvedAt: "2026-11-02T12:30:00Z")
        let edited = try draft.build(editing: resolved, resolution: same, in: l).get()
        #expect(edited.notes == "seen again on main")
        #expect(edited.successful == false)
        #expect(edited.id == 1)

        // The opening moved after the resolution: the reason sits on the resolution date.
        draft.openedAt = "2026-11-03T00:00:00Z"
        #expect(
            draft.build(editing: resolved, resolution: same, in: l)
                == .failure(
                    FieldErrors(byField: [
                        .resolvedAt: "must not be before openedAt (2026-11-03T00:00:00Z), got \"2026-11-02T12:30:00Z\""
                    ])))

        // Wrong fields of both parts are reported together.
        draft.openedAt = "tomorrow"
        draft.project = "ghost"
        let empty = ResolutionDraft(solution: "", successful: true, resolvedAt: "2026-11-02T12:30:00Z")
        guard case .failure(let errors) = draft.build(editing: resolved, resolution: empty, in: l) else {
            Issue.record("expected errors")
            return
        }
        #expect(errors.byField.keys.map(\.rawValue).sorted() == ["openedAt", "project", "solution"])
    }

    @Test func editingAnOpenIssueLeavesItOpen() throws {
        let l = ledger([plainProject("api")], issues: [open])
        var draft = IssueDraft(editing: open)
        draft.project = "API"
        let edited = try draft.build(editing: open, resolution: nil, in: l).get()
        #expect(edited.project == "api")
        #expect(edited.isOpen)
    }
}
