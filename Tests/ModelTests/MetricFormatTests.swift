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

/// A value on the wrong side of its target never reads as the target: the status beside it
/// says "not met", so the figure must not say "met" by rounding.
@Suite struct ValueBesideTargetTests {
    @Test func aShareJustUnderItsTargetIsCutDown() {
        // 49,654 of 62,068 cache hits: 79.9997%, which rounds to 80.0%.
        #expect(MetricFormat.value(49654.0 / 62068, unit: .share, beside: 0.8, .atLeast) == "79.9%")
        #expect(MetricFormat.value(0.9995, unit: .share, beside: 1.0, .atLeast) == "99.9%")
    }

    @Test func anAverageJustOverAnAtMostTargetIsCutUp() {
        #expect(MetricFormat.value(250.04, unit: .megabytes, beside: 250, .atMost) == "250.1 MB")
        #expect(MetricFormat.value(9.96, unit: .seconds, beside: 10, .atLeast) == "9.9 s")
    }

    @Test func otherValuesRoundAsAnywhereElse() {
        #expect(MetricFormat.value(0.8, unit: .share, beside: 0.8, .atLeast) == "80.0%")
        #expect(MetricFormat.value(0.79951, unit: .share, beside: 0.7, .atLeast) == "80.0%")
        #expect(MetricFormat.value(0.79949, unit: .share, beside: 0.8, .atLeast) == "79.9%")
        #expect(MetricFormat.value(250.04, unit: .megabytes, beside: 300, .atMost) == "250 MB")
        #expect(MetricFormat.value(249.96, unit: .megabytes, beside: 250, .atMost) == "250 MB")
        #expect(MetricFormat.value(nil, unit: .share, beside: 0.8, .atLeast) == "-")
    }

    /// 1,999 of 2,000 images under 250 MB is 99.95%: every report shows 99.9% beside "≥100%"
    /// and its "not met" status, never 100.0%.
    @Test func everyReportShowsTheCutValue() {
        let projects = (0..<2000).map { i in dockerProject("p\(i)") { $0.imageSizeMB = i == 0 ? 900 : 100 } }
        let l = ledger(projects)
        let r = report(l)
        let m = r.metric(.coverageImageSize)
        #expect(m.status != .met)
        #expect(m.formattedValue == "99.9%")
        for document in [MarkdownReport.render(l, r), TextReport.render(l, r)] {
            let lines = document.split(separator: "\n").filter { $0.contains("Image size ≤250MB") }
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.contains("99.9%") && !$0.contains("100.0%") })
        }
        #expect(MarkdownReport.render(l, r).contains("1999 of 2000 (99.9%)"))
    }
}
