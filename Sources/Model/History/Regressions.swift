/// The metrics that got worse between two reports: moved away from their target's direction
/// (lower for ">=" targets, higher for "<=" ones). A metric with no data on either side cannot
/// be said to have got worse and is left out.
public enum Regressions {
    public static func between(old: LedgerReport, new: LedgerReport) -> [LedgerDiff.MetricMove] {
        let before = Dictionary(old.metrics.map { ("\($0.id)", $0) }, uniquingKeysWith: { a, _ in a })
        return new.metrics.compactMap { after in
            guard let was = before["\(after.id)"], let a = was.value, let b = after.value, !LedgerDiff.same(a, b) else {
                return nil
            }
            let worse = after.direction == .atLeast ? b < a : b > a
            return worse ? LedgerDiff.MetricMove(old: was, new: after) : nil
        }
    }
}
