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

    /// Measured shares always with one decimal, so a column of them lines up and a status is
    /// never hidden by rounding: 0.7 → "70.0%", 0.125 → "12.5%".
    public static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded() / 10
        guard abs(tenths) < 1e15 else { return number(fraction * 100) + "%" }
        return String(format: "%.1f", tenths) + "%"
    }

    /// Money always with cents, so a column of it lines up: "$13.10".
    public static func usd(_ value: Double) -> String {
        (value < 0 ? "-$" : "$") + String(format: "%.2f", abs(value))
    }

    /// Hours in a column of hours: always one decimal ("3.0", "0.3").
    public static func tenths(_ value: Double) -> String { String(format: "%.1f", (value * 10).rounded() / 10) }

    /// Targets as people set them: at most one decimal, none when whole (0.7 → "70%", 6 → "6x").
    public static func target(_ value: Double, unit: MetricUnit) -> String {
        unit == .share ? number(value * 100) + "%" : self.value(value, unit: unit)
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
