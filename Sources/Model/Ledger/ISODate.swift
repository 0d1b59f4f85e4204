/// ISO 8601 days and instants, parsed by hand: the ledger stores dates as the text the user
/// wrote, and the engine only needs them as seconds since 1970 (UTC) for ordering and ages.
public enum ISODate {
    public static let secondsPerDay = 86_400.0
    /// Years a ledger date may have: 0000 or 9999 is a typo or a placeholder, not a date.
    public static let plausibleYears = 1900...2999

    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (a time without zone is UTC).
    public static func seconds(_ text: String) -> Double? {
        var text = text
        // The bytes in place, not copied into an array: every date of a ledger is read on load.
        return text.withUTF8 { seconds(utf8: $0) }
    }

    private static func seconds(utf8 b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let year = digits(b, 0, 4), let month = digits(b, 5, 2), let day = digits(b, 8, 2),
            plausibleYears.contains(year),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * secondsPerDay
        if b.count == 10 { return seconds }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), b.count >= 16, b[13] == UInt8(ascii: ":"),
            let hour = digits(b, 11, 2), let minute = digits(b, 14, 2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        var i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let second = digits(b, i + 1, 2), second < 61 else { return nil }
            seconds += Double(second)
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                var scale = 0.1
                let start = i
                while i < b.count, let d = digits(b, i, 1) {
                    seconds += Double(d) * scale
                    scale /= 10
                    i += 1
                }
                if i == start { return nil }
            }
        }
        if i == b.count { return seconds }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count ? seconds : nil }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), b.count == i + 6, b[i + 3] == UInt8(ascii: ":"),
            let zh = digits(b, i + 1, 2), let zm = digits(b, i + 4, 2), zh < 24, zm < 60
        else { return nil }
        let offset = Double(zh * 3600 + zm * 60)
        return b[i] == UInt8(ascii: "+") ? seconds - offset : seconds + offset
    }

    /// Whether `text` is a plain day, `YYYY-MM-DD`.
    public static func isDay(_ text: String) -> Bool { text.utf8.count == 10 && seconds(text) != nil }

    /// The day of an instant, as `YYYY-MM-DD` (UTC).
    public static func day(fromSeconds seconds: Double) -> String {
        let (y, m, d) = civil(fromDays: wholeDays(seconds / secondsPerDay))
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// An instant as `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds).
    public static func instant(fromSeconds seconds: Double) -> String {
        let days = wholeDays(seconds / secondsPerDay)
        let rest = secondsIntoDay(seconds - Double(days) * secondsPerDay)
        return day(fromSeconds: seconds) + "T" + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2) + ":"
            + pad(rest % 60, 2) + "Z"
    }

    /// A day count rounded down and clamped to ±10^9 days (millions of years), so no value, not
    /// even an infinite or NaN one, can trap when converted to Int.
    public static func wholeDays(_ days: Double) -> Int {
        guard days.isFinite else { return days > 0 ? 1_000_000_000 : -1_000_000_000 }
        return Int(min(max(days.rounded(.down), -1e9), 1e9))
    }

    /// Whole seconds within a day, rounded down and kept in 0..<86400.
    private static func secondsIntoDay(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(Swift.min(Swift.max(value.rounded(.down), 0), 86_399))
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= b.count else { return nil }
        var n = 0
        for i in start..<(start + count) {
            guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
        }
        return n
    }

    private static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
