import Foundation
import Testing

@testable import Model

/// Numbers are written with integer arithmetic; these are the edges where that could differ
/// from what Foundation's formatter wrote before.
@Suite struct MetricFormatTests {
    @Test func zeroAndNegativeZero() {
        #expect(MetricFormat.number(0) == "0")
        #expect(MetricFormat.number(-0.0) == "0")
        #expect(MetricFormat.number(-0.04) == "0")
        #expect(MetricFormat.percent(0) == "0.0%")
        // A tiny negative share rounds to zero, not to "-0.0%".
        #expect(MetricFormat.percent(-0.00001) == "0.0%")
        #expect(MetricFormat.tenths(-0.04) == "0.0")
        #expect(MetricFormat.usd(0) == "$0.00")
        #expect(MetricFormat.usd(-0.001) == "-$0.00")
    }

    @Test func negatives() {
        #expect(MetricFormat.number(-3.25) == "-3.3")
        #expect(MetricFormat.number(-12) == "-12")
        #expect(MetricFormat.percent(-0.125) == "-12.5%")
        #expect(MetricFormat.tenths(-2.96) == "-3.0")
        #expect(MetricFormat.usd(-13.1) == "-$13.10")
    }

    @Test func halvesRoundAwayFromZero() {
        #expect(MetricFormat.number(0.25) == "0.3")
        #expect(MetricFormat.number(182.45) == "182.5")
        #expect(MetricFormat.number(-0.25) == "-0.3")
        #expect(MetricFormat.percent(0.0005) == "0.1%")
        #expect(MetricFormat.percent(0.12345) == "12.3%")
        #expect(MetricFormat.tenths(0.05) == "0.1")
        // An exact half cent rounds up, as every other figure does (printf rounded it to even).
        #expect(MetricFormat.usd(0.125) == "$0.13")
        // 2.675 is 2.67499999… in binary, but 2.675 × 100 rounds to 267.5: "$2.68", as written.
        #expect(MetricFormat.usd(2.675) == "$2.68")
    }

    @Test func leadingAndTrailingZerosOfTheFraction() {
        #expect(MetricFormat.percent(0.7) == "70.0%")
        #expect(MetricFormat.percent(1) == "100.0%")
        #expect(MetricFormat.percent(0.001) == "0.1%")
        #expect(MetricFormat.usd(13.1) == "$13.10")
        #expect(MetricFormat.usd(0.05) == "$0.05")
        #expect(MetricFormat.number(3.04) == "3")
        #expect(MetricFormat.number(3.06) == "3.1")
    }

    @Test func hugeValues() {
        #expect(MetricFormat.number(1e14 + 0.5) == "100000000000000.5")
        #expect(MetricFormat.number(1e20) == String(format: "%.1f", 1e20))
        #expect(MetricFormat.number(-1e300) == String(format: "%.1f", -1e300))
        #expect(MetricFormat.number(.infinity) == "∞")
        #expect(MetricFormat.number(.nan) == "-")
        #expect(MetricFormat.usd(1e18) == "$" + String(format: "%.2f", 1e18))
        #expect(MetricFormat.percent(1e13) == MetricFormat.number(1e15) + "%")
        #expect(MetricFormat.tenths(1e300) == String(format: "%.1f", 1e300))
    }

    /// Away from exact halves and negative zero, the text is what String(format:) wrote.
    @Test func agreesWithPrintfOnOrdinaryValues() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<5000 {
            let v = Double(Int.random(in: -10_000_000...10_000_000, using: &rng)) / 997
            let rounded = (v * 10).rounded() / 10
            if rounded != rounded.rounded() {
                #expect(MetricFormat.number(v) == String(format: "%.1f", rounded), "\(v)")
            }
            let tenths = (v * 1000).rounded() / 10
            if tenths != 0 { #expect(MetricFormat.percent(v) == String(format: "%.1f", tenths) + "%", "\(v)") }
            if (v * 10).rounded() != 0 {
                #expect(MetricFormat.tenths(v) == String(format: "%.1f", (v * 10).rounded() / 10), "\(v)")
            }
            if abs(v * 100 - (v * 100).rounded(.down)) != 0.5 {
                #expect(MetricFormat.usd(v) == (v < 0 ? "-$" : "$") + String(format: "%.2f", abs(v)), "\(v)")
            }
        }
    }
}
