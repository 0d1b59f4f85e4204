import Foundation

/// How metric values read in tables and reports: shares as percentages, units after numbers.
/// Numbers are written with integer arithmetic (`FixedPoint`), not Foundation's formatters:
/// reports format a few numbers per project, and `String(format:)` cost more than the metrics.
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

    /// A metric's value as it reads beside its target: as `value(_:unit:)`, except that a value
    /// on the wrong side of its target is never rounded onto it. 49,654 of 62,068 is 79.9997%,
    /// which rounds to "80.0%" and read as meeting "≥80%" beside a status that says it does
    /// not; it shows "79.9%" (cut toward the side it is on).
    public static func value(_ value: Double?, unit: MetricUnit, beside target: Double, _ direction: Direction)
        -> String
    {
        guard let value else { return "-" }
        // Shares show tenths of a percent; other units tenths of their unit.
        let scale = unit == .share ? 1000.0 : 10.0
        let shown = (value * scale).rounded() / scale
        switch direction {
        case .atLeast where value < target && shown >= target:
            return self.value((value * scale).rounded(.down) / scale, unit: unit)
        case .atMost where value > target && shown <= target:
            return self.value((value * scale).rounded(.up) / scale, unit: unit)
        case .atLeast, .atMost:
            return self.value(value, unit: unit)
        }
    }

    /// Measured shares always with one decimal, so a column of them lines up: 0.7 → "70.0%",
    /// 0.125 → "12.5%".
    public static func percent(_ fraction: Double) -> String {
        guard let text = FixedPoint.string(fraction * 1000, decimals: 1) else { return number(fraction * 100) + "%" }
        return text + "%"
    }

    /// Money always with cents, so a column of it lines up: "$13.10"; half a cent rounds away
    /// from zero.
    public static func usd(_ value: Double) -> String {
        let cents = FixedPoint.string(abs(value) * 100, decimals: 2) ?? String(format: "%.2f", abs(value))
        return (value < 0 ? "-$" : "$") + cents
    }

    /// Hours in a column of hours: always one decimal ("3.0", "0.3").
    public static func tenths(_ value: Double) -> String {
        FixedPoint.string(value * 10, decimals: 1) ?? String(format: "%.1f", (value * 10).rounded() / 10)
    }

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
        return FixedPoint.string(value * 10, decimals: 1) ?? String(format: "%.1f", rounded)
    }
}

/// Decimal text of a number given in its smallest unit (tenths, cents), rounded half away from
/// zero, with exactly `decimals` digits after the point: 1234.5 tenths → "123.5"; -0.4 tenths
/// → "0.0" (no negative zero). nil for values too large for exact integer arithmetic (callers
/// fall back to Foundation there, far from any real ledger's numbers).
enum FixedPoint {
    /// Below 2^53, every integer is exact in a Double and in Int64.
    private static let limit = 9_007_199_254_740_992.0

    static func string(_ scaled: Double, decimals: Int) -> String? {
        let units = scaled.rounded()
        guard units.isFinite, abs(units) < limit else { return nil }
        let n = Int64(units)
        let magnitude = n.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let whole = String(magnitude / divisor)
        var fraction = String(magnitude % divisor)
        if fraction.utf8.count < decimals {
            fraction = String(repeating: "0", count: decimals - fraction.utf8.count) + fraction
        }
        let body = decimals == 0 ? whole : whole + "." + fraction
        return n < 0 ? "-" + body : body
    }
}
