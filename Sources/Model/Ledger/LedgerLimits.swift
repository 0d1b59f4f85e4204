/// The bounds every number and name in a ledger must keep. `LedgerValidator` checks them with
/// the value's path whenever a ledger is loaded, edited or saved, so a file the CLI or the
/// dashboard writes always loads again, and nothing computed from it can overflow: counts up to
/// `maxCount` summed over millions of projects stay far below Int64's limit, and measurements
/// up to `maxMeasurement` (seconds, megabytes, dollars, days) never reach infinity.
public enum LedgerLimits {
    /// Counts (layers, vulnerabilities, images, projects affected) and issue ids.
    public static let maxCount = 1_000_000_000_000
    /// Every non-count number: measurements, targets, assumptions, snapshot values.
    public static let maxMeasurement = 1e12
    /// Names, owners and categories: characters and (for combining marks) UTF-8 bytes.
    public static let maxNameCharacters = 100
    public static let maxNameBytes = 400

    static func tooLarge(_ text: String) -> String {
        "must be at most \(maxCount), got \(text)"
    }

    static func tooSmall(_ text: String) -> String {
        "must be >= 0, got \(text)"
    }
}

extension Sequence where Element == Int {
    /// The sum, stopping at Int.max instead of trapping (the validator's bounds keep real
    /// ledgers far from it; this keeps a report from crashing if they ever do not).
    public var saturatingSum: Int {
        reduce(0) { total, n in
            let (sum, overflow) = total.addingReportingOverflow(n)
            return overflow ? (n > 0 ? Int.max : Int.min) : sum
        }
    }
}
