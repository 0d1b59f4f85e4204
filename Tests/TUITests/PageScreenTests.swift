import Foundation
import Model
import Testing

@testable import TUI

/// The pages Enter opens (a metric's projects, a bucket's, a registry's, a severity's, a
/// team's scorecard) and the Teams and Scorecard tabs, at 80x24 and 160x48, on the edge ledger
/// (one project, no owner, every value unknown) and on the demo ledger: each screen is compared
/// with `Expected/pages.txt`, reviewed by eye. DOCKLEDGER_RECORD=1 rewrites it after an intended
/// change; then review the diff.
@Suite struct PageScreenTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 160, rows: 48)]
    static let expectedPath = Fixtures.packageRoot.appendingPathComponent("Tests/TUITests/Expected/pages.txt").path

    /// Each page: the tab, and the row Enter is pressed on (none: the tab itself).
    static let routes: [(name: String, tab: Tab, row: RowRef?)] = [
        ("Teams", .teams, nil),
        ("team scorecard", .teams, .team(.unowned)),
        ("Scorecard", .scorecard, nil),
        ("non-root drill", .coverage, .metric(.coverageNonRoot)),
        ("size bucket", .quality, .imageSizeBucket(3)),
        ("build time bucket", .ciCd, .buildTimeBucket(3)),
        ("registry", .ciCd, .registry(.ghcr)),
        ("low severity", .quality, .severity(.low)),
    ]

    static func rendered() -> [(name: String, lines: [String])] {
        [("edge", Fixtures.edge()), ("demo", Fixtures.demo())].flatMap { name, ledger in
            sizes.flatMap { size in
                routes.map { route in
                    var state = Fixtures.tab(route.tab, Fixtures.state(ledger, columns: size.columns, rows: size.rows))
                    if let ref = route.row {
                        // On the demo ledger the team row is its worst team's, the first.
                        let document = Pages.document(state)
                        state.scroll[route.tab] = ScrollState(cursor: document.row(of: ref) ?? 0)
                        state = Fixtures.press(.enter, on: state)
                    }
                    return ("\(name) \(size.columns)x\(size.rows) \(route.name)", Fixtures.screen(state).lines)
                }
            }
        }
    }

    @Test func everyPageAtEverySizeMatchesTheReviewedScreens() throws {
        let screens = Self.rendered()
        if ProcessInfo.processInfo.environment["DOCKLEDGER_RECORD"] == "1" {
            let text =
                screens.map { "=== \($0.name)\n" + $0.lines.joined(separator: "\n") }.joined(separator: "\n") + "\n"
            try text.write(toFile: Self.expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let text = (try? String(contentsOfFile: Self.expectedPath, encoding: .utf8)) ?? ""
        var expected: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("=== ") {
                current = String(line.dropFirst(4))
                expected[current!] = []
            } else if let c = current {
                expected[c]!.append(line)
            }
        }
        #expect(expected.count == screens.count)
        for screen in screens {
            guard let lines = expected[screen.name] else {
                Issue.record("no expected screen \(screen.name)")
                continue
            }
            for (i, line) in screen.lines.enumerated() {
                #expect(line == (i < lines.count ? lines[i] : ""), "\(screen.name), line \(i)")
            }
        }
    }

    @Test func everyPageFitsItsWidthAndFillsAWideOne() {
        for screen in Self.rendered() {
            let width = screen.name.contains("160x48") ? 160 : 80
            #expect(screen.lines.allSatisfy { TextWidth.of($0) <= width }, "\(screen.name)")
        }
    }
}
