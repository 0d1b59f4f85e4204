import Testing

@testable import Model

/// A report and a filter index kept across adds and deletes of projects (each adding or taking
/// away that one project's contributions, standing, level and search keys) equal those computed
/// afresh, after every one of many random adds and deletes, down to an empty ledger and back.
@Suite struct IncrementalAddRemoveEngineTests {
    private let filters = ["team-1", "p1", "ghcr", "nonroot:no", "image>500", "level>=2", "archived", "stale"]

    private func expectFresh(_ kept: LedgerReport, _ index: ProjectFilterIndex, _ l: Ledger, _ what: String) {
        let fresh = MetricEngine.report(l, asOf: fixedNow)
        #expect(Self.same(kept.metrics, fresh.metrics), "\(what)")
        #expect(kept.counts == fresh.counts, "\(what)")
        #expect(kept.projectLevels == fresh.projectLevels, "\(what)")
        #expect(kept.levelRows == fresh.levelRows, "\(what)")
        #expect(kept.standings == fresh.standings, "\(what)")
        #expect(kept.cache == fresh.cache && kept.severities == fresh.severities, "\(what)")
        let freshIndex = ProjectFilterIndex(projects: l.projects, levels: fresh.projectLevels, asOf: fixedNow)
        let all = Array(l.projects.indices)
        for text in filters {
            let filter = try! ProjectFilter.parse(text)
            #expect(index.matching(filter, among: all) == freshIndex.matching(filter, among: all), "\(what) \(text)")
        }
    }

    /// Equal, but for the last bits of a value: a running sum is kept in two doubles, so values
    /// further apart than those can hold (a cache speedup of 1e14 beside one of 1e-10, which the
    /// random projects make) leave a rounding that depends on the order they came and went in,
    /// as they do for edits in place.
    private static func same(_ a: [MetricResult], _ b: [MetricResult]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in
                x.id == y.id && x.status == y.status && x.numerator == y.numerator && x.denominator == y.denominator
                    && x.minimum == y.minimum && x.maximum == y.maximum && x.sampleCount == y.sampleCount
                    && (x.value == y.value
                        || (x.value.map { v in y.value.map { abs(v - $0) <= 1e-9 * max(abs(v), abs($0)) } ?? false }
                            ?? false))
            }
    }

    @Test(arguments: [1, 2, 3])
    func randomAddsAndDeletesEqualAFullComputation(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        var l = ledger(
            (0..<12).map { randomProject("p\($0)", &rng) }, targets: ["quality.imageSizeMB": 300],
            adoptionStart: "2025-10-28")
        var kept = MetricEngine.report(l, asOf: fixedNow)
        var index = ProjectFilterIndex(projects: l.projects, levels: kept.projectLevels, asOf: fixedNow)
        var made = l.projects.count
        for step in 0..<200 {
            // Deletes win for a while (down to none), then adds: every size from empty to ~20.
            let deleting = l.projects.count > 20 || (!l.projects.isEmpty && (step / 40) % 2 == 0)
            if deleting {
                let at = Int.random(in: 0..<l.projects.count, using: &rng)
                let old = LedgerEdit.removeProject(at: at).apply(to: &l)
                guard case .insertProject(let removed, _) = old else { return }
                kept = kept.removingProject(at: at, was: removed, in: l)
                index = index.removing(at: at, in: l.projects, levels: kept.projectLevels)
            } else {
                let at = Int.random(in: 0...l.projects.count, using: &rng)
                LedgerEdit.insertProject(randomProject("p\(made)", &rng), at: at).apply(to: &l)
                made += 1
                kept = kept.insertingProject(at: at, in: l)
                index = index.inserting(at: at, in: l.projects, levels: kept.projectLevels, asOf: fixedNow)
            }
            expectFresh(kept, index, l, "step \(step), \(l.projects.count) projects")
            if !Self.same(kept.metrics, MetricEngine.report(l, asOf: fixedNow).metrics) { return }
        }
    }

    @Test func deletingTheOnlyProjectLeavesTheEmptyReportAndAddingItBackTheFirst() {
        let only = dockerProject("only") { $0.imageSizeMB = 900 }
        var l = ledger([only])
        let first = MetricEngine.report(l, asOf: fixedNow)
        var kept = first
        var index = ProjectFilterIndex(projects: l.projects, levels: kept.projectLevels, asOf: fixedNow)
        l.projects.remove(at: 0)
        kept = kept.removingProject(at: 0, was: only, in: l)
        index = index.removing(at: 0, in: l.projects, levels: kept.projectLevels)
        expectFresh(kept, index, l, "emptied")
        #expect(kept.counts.projects == 0 && kept.metric(.qualityImageSizeMB).value == nil)
        l.projects.insert(only, at: 0)
        kept = kept.insertingProject(at: 0, in: l)
        index = index.inserting(at: 0, in: l.projects, levels: kept.projectLevels, asOf: fixedNow)
        expectFresh(kept, index, l, "added back")
        #expect(Self.same(kept.metrics, first.metrics))
    }

    @Test func onlyOneProjectAddedOrRemovedWithIssuesCounts() {
        let p = Project(name: "x")
        let issue = Issue(id: 1, category: "c", openedAt: "2026-01-01")
        #expect(LedgerEdit.insertProject(p, at: 3).projectCountChange == ProjectCountChange(.inserted, at: 3))
        #expect(LedgerEdit.removeProject(at: 0).projectCountChange == ProjectCountChange(.removed, at: 0))
        #expect(
            LedgerEdit.batch([.removeIssue(at: 2), .removeIssue(at: 1), .removeProject(at: 4)], summary: "")
                .projectCountChange == ProjectCountChange(.removed, at: 4, changesIssues: true))
        #expect(
            LedgerEdit.batch([.insertProject(p, at: 4), .replaceIssue(issue, at: 1)], summary: "")
                .projectCountChange == ProjectCountChange(.inserted, at: 4, changesIssues: true))
        #expect(
            LedgerEdit.batch([.removeProject(at: 1), .removeProject(at: 0)], summary: "").projectCountChange == nil)
        #expect(
            LedgerEdit.batch([.removeProject(at: 1), .replaceProject(p, at: 0)], summary: "").projectCountChange == nil)
        #expect(LedgerEdit.replaceProject(p, at: 0).projectCountChange == nil)
        #expect(LedgerEdit.insertIssue(issue, at: 0).projectCountChange == nil)
        #expect(LedgerEdit.removeVersion(at: 0).projectCountChange == nil)
    }
}
