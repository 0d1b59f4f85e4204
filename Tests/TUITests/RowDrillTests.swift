import Model
import Testing

@testable import TUI

/// Enter on the table rows that stand for projects but are not metrics (size and build time
/// buckets, registries, severities, base image updates) lists the projects behind them; Enter on
/// one opens its detail and Esc goes back step by step. Rows with nothing behind them say why.
@Suite struct RowDrillTests {
    /// The state on `tab` with the cursor on the row that stands for `ref`.
    func on(_ ref: RowRef, _ tab: Tab, _ ledger: Ledger = Fixtures.demo(), size: Size = Size(columns: 100, rows: 30))
        -> AppState
    {
        var s = Fixtures.tab(tab, Fixtures.state(ledger, columns: size.columns, rows: size.rows))
        let document = tab.component.document(s, width: Pages.width(s))
        guard let row = document.row(of: ref) else {
            Issue.record("no row \(ref) on \(tab)")
            return s
        }
        s.scroll[tab] = ScrollState(cursor: row)
        return s
    }

    func drill(_ state: AppState) -> RowDrill? {
        if case .page(.rows(let d), _) = state.mode { return d }
        Issue.record("no rows page: \(state.mode)")
        return nil
    }

    @Test func everyRowOfEveryTabOpensSomethingOrSaysPreciselyWhyNot() {
        let state = Fixtures.state(Fixtures.demo())
        for tab in Tab.allCases {
            let document = tab.component.document(Fixtures.tab(tab, state), width: 98)
            for row in 0..<document.rowCount {
                guard let ref = document.ref(ofRow: row) else { continue }
                var s = Fixtures.tab(tab, state)
                s.scroll[tab] = ScrollState(cursor: row)
                let opened = Fixtures.press(.enter, on: s)
                switch ref {
                case .logEntry(.templateUpdates, _), .logEntry(.versionHistory, _), .logEntry(.changelog, _):
                    #expect(opened.mode == .browse, "\(tab) \(ref)")
                    #expect(opened.message?.contains("nothing to open") == true, "\(tab) \(ref)")
                    #expect(opened.message?.hasPrefix("nothing to open") == false, "\(tab) \(ref): says why")
                case .conflict:
                    break
                default:
                    #expect(opened.mode != .browse, "\(tab) row \(row) \(ref): \(opened.message ?? "")")
                }
            }
        }
    }

    @Test func aSizeBucketListsItsProjectsLargestFirstAndEscGoesBack() {
        let s = on(.imageSizeBucket(3), .quality)
        let page = Fixtures.press(.enter, on: s)
        guard let d = drill(page) else { return }
        let bucket = s.report.sizeDistribution[3]
        #expect(d.lists.count == 1)
        #expect(d.lists[0].entries.count == bucket.count)
        let sizes = d.lists[0].entries.map { s.ledger.projects[$0.project].docker!.imageSizeMB! }
        #expect(sizes.allSatisfy { $0 > 500 })
        #expect(sizes == sizes.sorted(by: >))
        let screen = Fixtures.screen(page)
        #expect(screen.line(2).hasPrefix(" Image size >500 MB (Needs optimization): the projects in it"))
        #expect(screen.line(3) == " 4 projects in it")
        #expect(screen.line(6) == " Project         Owner     Level  Image size  Status")
        #expect(screen.line(7) == " model-serving   ml            3     1840 MB  ○ 8 behind")
        let detail = Fixtures.press(.char("j"), .enter, on: page)
        guard case .detail(let p, _) = detail.mode else {
            Issue.record("no detail: \(detail.mode)")
            return
        }
        #expect(detail.ledger.projects[p].name == "legacy-billing")
        let back = Fixtures.press(.escape, on: detail)
        #expect(back.mode == page.mode.withCursor(1))
        let tab = Fixtures.press(.escape, on: back)
        #expect(tab.mode == .browse)
        #expect(tab.selectedRef(on: .quality) == .imageSizeBucket(3))
    }

    @Test(arguments: [
        (RowRef.imageSizeBucket(2), Tab.quality), (.buildTimeBucket(1), .ciCd), (.registry(.ghcr), .ciCd),
        (.severity(.low), .quality), (.severity(.high), .quality), (.logEntry(.baseImageUpdates, 0), .log),
    ])
    func enterOpensAProjectOfThePageAndEscGoesBackToTheRow(ref: RowRef, tab: Tab) {
        let s = on(ref, tab)
        let page = Fixtures.press(.enter, on: s)
        guard case .page = page.mode else {
            Issue.record("\(ref): no page: \(page.mode)")
            return
        }
        guard case .project(let p) = Pages.document(page).ref(ofRow: 0) else {
            Issue.record("\(ref): the first row is not a project")
            return
        }
        let detail = Fixtures.press(.enter, on: page)
        #expect(detail.mode == .detail(project: p, ScrollState()), "\(ref)")
        #expect(Fixtures.press(.escape, on: detail).mode == page.mode, "\(ref)")
        let back = Fixtures.press(.escape, .escape, on: detail)
        #expect(back.mode == .browse && back.tab == tab, "\(ref)")
        #expect(back.selectedRef(on: tab) == ref, "\(ref)")
    }

    @Test func everySizeAndBuildTimeBucketHoldsAsManyProjectsAsItsTableCounts() {
        let s = Fixtures.state(Fixtures.demo())
        for (i, row) in s.report.sizeDistribution.enumerated() {
            #expect(TableMembers.imageSize(bucket: i, in: s.ledger).count == row.count, "\(row.label)")
        }
        for (i, row) in s.report.buildTimeDistribution.enumerated() {
            #expect(TableMembers.buildTime(bucket: i, cached: true, in: s.ledger).count == row.cached, "\(row.label)")
            #expect(
                TableMembers.buildTime(bucket: i, cached: false, in: s.ledger).count == row.uncached, "\(row.label)")
        }
    }

    @Test func aBuildTimeBucketListsCachedThenUncached() {
        let page = Fixtures.press(.enter, on: on(.buildTimeBucket(3), .ciCd))
        guard let d = drill(page) else { return }
        #expect(d.lists.map(\.valueTitle) == ["Cached", "Uncached"])
        #expect(d.lists[0].entries.map(\.name) == ["model-serving"])
        #expect(d.lists[0].entries.map(\.value) == ["155 s"])
        let screen = Fixtures.screen(page)
        #expect(screen.line(3) == " 1 cached · 17 uncached")
        #expect(screen.line(5) == " Cached builds >120 sec, slowest first")
    }

    @Test func aRegistryListsTheProjectsPushingToIt() {
        let s = on(.registry(.dockerHub), .ciCd)
        let page = Fixtures.press(.enter, on: s)
        guard let d = drill(page) else { return }
        let row = s.report.registries.first { $0.registry == .dockerHub }!
        #expect(d.lists[0].entries.count == row.projects)
        #expect(d.lists[0].entries.first?.value == "docker.io/northwind/feature-flags · 18 images")
        let unused = Fixtures.press(.enter, on: on(.registry(.ecr), .ciCd))
        if s.report.registries.first(where: { $0.registry == .ecr })!.projects == 0 {
            #expect(Fixtures.screen(unused).lines.contains(" no active Docker project pushes to ECR"))
        }
    }

    @Test func aTargetedSeverityOpensItsMetricAndLowListsTheCounts() {
        let critical = Fixtures.press(.enter, on: on(.severity(.critical), .quality))
        guard case .page(.metric(let m), _) = critical.mode else {
            Issue.record("no metric page: \(critical.mode)")
            return
        }
        #expect(m.id == .vulnsCritical)
        let s = on(.severity(.low), .quality)
        let low = Fixtures.press(.enter, on: s)
        guard let d = drill(low) else { return }
        let counts = d.lists[0].entries.map { Int($0.value)! }
        #expect(counts == counts.sorted(by: >))
        #expect(d.lists[0].entries.count + d.lists[1].entries.count == s.report.counts.docker)
        #expect(d.lists[1].entries.contains { $0.value == "not scanned" })
    }

    @Test func aBaseImageUpdateListsWhoIsStillOnTheOldImageAndWhoMoved() {
        let s = on(.logEntry(.baseImageUpdates, 0), .log)
        let page = Fixtures.press(.enter, on: s)
        guard let d = drill(page) else { return }
        let update = s.ledger.maintenance.baseImageUpdates[0]
        #expect(d.lists.map(\.title) == ["Still on \(update.from)", "On \(update.to)"])
        for (list, image) in zip(d.lists, [update.from, update.to]) {
            #expect(list.entries.allSatisfy { s.ledger.projects[$0.project].docker?.baseImage == image })
        }
        #expect(!d.lists[0].entries.isEmpty)
    }

    @Test func logRowsWithNoProjectsSayWhy() {
        let template = Fixtures.press(.enter, on: on(.logEntry(.templateUpdates, 0), .log))
        #expect(
            template.message
                == "a template update records how many projects it affected (4), not which: nothing to open")
        let version = Fixtures.press(.enter, on: on(.logEntry(.versionHistory, 0), .log))
        #expect(version.message == "a version of the ledger names no projects: nothing to open")
    }

    @Test func cacheAndArchitectureRowsOpenTheirProjectAndMetric() {
        let s = Fixtures.tab(.quality, Fixtures.state(Fixtures.demo()))
        let cache = QualityTab.cachePerProject(s.report, s.ledger)
        guard case .project(let p) = cache.ref(0) else {
            Issue.record("cache row is not a project")
            return
        }
        let opened = Fixtures.press(.enter, on: on(.project(p), .quality))
        #expect(opened.mode == .detail(project: p, ScrollState()))
        let arch = Fixtures.press(.enter, on: on(.metric(.archArm64), .ciCd))
        guard case .page(.metric(let m), _) = arch.mode else {
            Issue.record("no metric page: \(arch.mode)")
            return
        }
        #expect(m.id == .archArm64)
    }

    @Test func aPageFollowsAnEditAndKeepsItsCursor() {
        let page = Fixtures.press(.enter, on: on(.imageSizeBucket(3), .quality))
        var s = page
        var ledger = s.ledger
        let i = ledger.projects.firstIndex { $0.name == "crm-sync" }!
        ledger.projects[i].docker?.imageSizeMB = 100
        s.replaceLedger(ledger, asOf: s.report.asOf)
        #expect(drill(s)?.lists[0].entries.map(\.name) == ["model-serving", "legacy-billing", "feature-store"])
    }
}
