import BenchSupport
import Testing

@Suite struct SpreadTests {
    @Test func oddCountTakesTheMiddleSample() {
        let s = Spread([5, 1, 3])
        #expect(s == Spread(min: 1, median: 3, max: 5))
    }

    @Test func evenCountTakesTheMeanOfTheTwoMiddleSamples() {
        #expect(Spread([4, 1, 3, 2])?.median == 2.5)
    }

    @Test func noSamplesIsNoSpread() {
        #expect(Spread([]) == nil)
    }

    @Test func ratiosArePerRoundThenSpread() {
        // Round 2 is slow for both sides: its ratio is still 2, not the outlier a ratio of medians would give.
        let s = Spread.ofRatios([2, 20, 4], over: [1, 10, 1])
        #expect(s == Spread(min: 2, median: 2, max: 4))
    }

    @Test func ratiosNeedPairedRoundsAndNonZeroDenominators() {
        #expect(Spread.ofRatios([1, 2], over: [1]) == nil)
        #expect(Spread.ofRatios([1], over: [0]) == nil)
    }
}

@Suite struct PercentileTests {
    @Test func nearestRank() {
        let samples = (1...100).map(Double.init)
        #expect(percentile(samples, 50) == 50)
        #expect(percentile(samples, 99) == 99)
        #expect(percentile(samples, 100) == 100)
        #expect(percentile(samples, 0) == 1)
    }

    @Test func fewSamplesP99IsTheWorst() {
        #expect(percentile([3, 9, 1], 99) == 9)
        #expect(percentile([], 50) == nil)
    }
}

@Suite struct MemoryStatusTests {
    @Test func readsResidentAndPeakFromProcStatus() {
        let text = "Name:\tdockledger\nVmPeak:\t  900000 kB\nVmHWM:\t  455000 kB\nVmRSS:\t  370123 kB\nThreads:\t2\n"
        #expect(MemoryStatus(procStatus: text) == MemoryStatus(residentKiB: 370_123, peakKiB: 455_000))
    }

    @Test func missingLinesAreNoStatus() {
        #expect(MemoryStatus(procStatus: "VmRSS:\t 12 kB\n") == nil)
        #expect(MemoryStatus(procStatus: "") == nil)
    }
}

@Suite struct TargetTests {
    @Test func aTargetIsMetAtItsLimitAndNotAbove() {
        let target = Target(.editToDisk, at: 100_000, atMost: 250)
        #expect(target.isMet(by: 250))
        #expect(!target.isMet(by: 250.1))
    }

    @Test func theIssuesTargetsApplyAtTenAndAHundredThousand() {
        #expect(Target.at(100_000).count == 9)
        #expect(Set(Target.at(10_000).map(\.figure)) == [.firstFrameSeconds, .editToDisk])
        #expect(Target.at(1_000).isEmpty)
    }

    @Test func figuresFormatWithTheirUnit() {
        #expect(Figure.validateOverPython.format(1.234) == "1.23×")
        #expect(Figure.firstFrameSeconds.format(0.1) == "0.10 s")
        #expect(Figure.filterKeyP99.format(29.96) == "30.0 ms")
    }

    @Test func fixedPointRoundsAndPads() {
        #expect(fixedPoint(1.005, decimals: 1) == "1.0")
        #expect(fixedPoint(2, decimals: 3) == "2.000")
        #expect(fixedPoint(-0.25, decimals: 2) == "-0.25")
        #expect(fixedPoint(-0.001, decimals: 2) == "0.00")
        #expect(fixedPoint(12.6, decimals: 0) == "13")
    }
}
