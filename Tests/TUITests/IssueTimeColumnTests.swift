import Model
import Testing

@testable import TUI

/// The Issue Log's Time column has one unit, hours, like the Common Issues average beside it
/// (it mixed "8.5 d" with "38.8 h").
@Suite struct IssueTimeColumnTests {
    @Test func everyTimeIsInHours() {
        let data = Fixtures.state(Fixtures.demo()).data
        let log = IssuesTab.log(data)
        let time = log.columns.firstIndex { $0.title == "Time" }
        #expect(time != nil)
        for row in 0..<log.rowCount {
            guard let time, let text = log.row(row)[safe: time]?.text else { continue }
            #expect(text.hasSuffix(" h"), "row \(row): \(text)")
        }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
