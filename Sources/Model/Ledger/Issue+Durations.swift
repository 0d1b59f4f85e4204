/// How long an issue took or has been open, in hours: the issue log's per-row figure, next to
/// the Common Issues averages (which use `resolutionHours` too, so both always agree).
extension Issue {
    /// Hours from opening to resolution; nil while open or when a date does not parse.
    public var resolutionHours: Double? {
        guard let resolvedAt, let resolved = ISODate.seconds(resolvedAt), let opened = ISODate.seconds(openedAt) else {
            return nil
        }
        return (resolved - opened) / 3600
    }

    /// Hours an open issue has been open at `asOf` (never negative: an opening in the future
    /// reads as just opened); nil once resolved or when the opening does not parse.
    public func openHours(asOf: Double) -> Double? {
        guard isOpen, let opened = ISODate.seconds(openedAt) else { return nil }
        return max(0, asOf - opened) / 3600
    }
}
