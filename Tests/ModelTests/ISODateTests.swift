import Testing

@testable import Model

@Suite struct ISODateTests {
    @Test func daysAndInstants() {
        #expect(ISODate.seconds("1970-01-02") == 86_400)
        #expect(ISODate.seconds("2026-11-02T10:00:00Z") == ISODate.seconds("2026-11-02")! + 36_000)
        #expect(ISODate.seconds("2026-11-02T12:00:00+02:00") == ISODate.seconds("2026-11-02T10:00:00Z"))
        #expect(ISODate.seconds("2026-11-02T10:00Z") == ISODate.seconds("2026-11-02T10:00:00Z"))
        #expect(ISODate.seconds("2026-11-02T10:00:00.5Z") == ISODate.seconds("2026-11-02T10:00:00Z")! + 0.5)
        #expect(ISODate.seconds("2024-02-29") != nil)
    }

    @Test(arguments: [
        "2026-13-01", "2026-02-30", "2025-02-29", "26-11-02", "2026/11/02", "2026-11-02T25:00Z", "2026-11-02T10:00:00X",
        "yesterday", "",
    ])
    func rejectsWhatIsNotISO8601(_ text: String) {
        #expect(ISODate.seconds(text) == nil)
    }

    @Test func formatsBack() {
        let s = ISODate.seconds("2026-03-01T07:08:09Z")!
        #expect(ISODate.day(fromSeconds: s) == "2026-03-01")
        #expect(ISODate.instant(fromSeconds: s) == "2026-03-01T07:08:09Z")
        #expect(ISODate.isDay("2026-03-01"))
        #expect(!ISODate.isDay("2026-03-01T07:08:09Z"))
    }
}
