import Foundation

/// How metric values read in tables and reports: shares as percentages, units after numbers.
public enum MetricFormat {
    public static func value(_ value: Double?, unit: MetricUnit) -> String {
        guard let value else { return "-" }
        switch unit {
        case .share: return percent(value)
        case .megabytes: return number(value) + " MB"
        case .seconds: return number(value) + " s"
        case .milliseconds: return number(value) + " ms"
        case .count: return number(value)
        case .ratio: return number(value) + "x"
        case .days: return number(value) + " d"
        }
    }

    /// 0.7 → "70%", 0.125 → "12.5%".
    public static func percent(_ fraction: Double) -> String {
        number(fraction * 100) + "%"
    }

    /// At most one decimal, none when whole: 182.5, 28, 3.3.
    public static func number(_ value: Double) -> String {
        // Bounded inputs keep results finite; should one not be, no "nan"/"inf" is shown.
        guard value.isFinite else { return value.isNaN ? "-" : (value > 0 ? "∞" : "-∞") }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(format: "%.1f", rounded)
    }
}
