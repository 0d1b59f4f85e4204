import Model
import Testing

@testable import TUI

@Suite struct CellScreenTests {
    @Test func putDrawsTextAndClipsAtTheRightEdge() {
        var screen = CellScreen(columns: 10, rows: 2)
        screen.put("hello world", row: 0, column: 3, style: Style(.header))
        #expect(screen.line(0) == "   hello w")
        #expect(screen.style(0, 3) == Style(.header))
        #expect(screen.line(1) == "")
    }

    @Test func rowsOutsideTheScreenAreIgnored() {
        var screen = CellScreen(columns: 4, rows: 1)
        screen.put("x", row: 5, column: 0, style: .normal)
        screen.put("y", row: -1, column: 0, style: .normal)
        #expect(screen.lines == [""])
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = CellScreen(columns: 8, rows: 1)
        screen.put("配送|", row: 0, column: 0, style: .normal)
        #expect(screen.line(0) == "配送|")
        #expect(screen.cells[0][4].text == "|")
    }

    @Test func aWideCharacterNeverStraddlesTheEdge() {
        var screen = CellScreen(columns: 3, rows: 1)
        screen.put("ab配", row: 0, column: 0, style: .normal)
        #expect(screen.line(0) == "ab")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = CellScreen(columns: 4, rows: 1)
        screen.put("配", row: 0, column: 0, style: .normal)
        screen.put("x", row: 0, column: 1, style: .normal)
        #expect(screen.line(0) == " x")
    }

    @Test func clearAndPresent() {
        var screen = CellScreen(columns: 4, rows: 1)
        screen.put("abcd", row: 0, column: 0, style: .normal)
        screen.clear()
        screen.present()
        #expect(screen.line(0) == "")
        #expect(screen.presentCount == 1)
    }

    @Test func controlCharactersNeverReachTheBuffer() {
        var screen = CellScreen(columns: 20, rows: 1)
        screen.put("a\u{1B}[2Jb", row: 0, column: 0, style: .normal)
        #expect(screen.line(0) == "a^[[2Jb")
    }
}

@Suite struct TextWidthTests {
    @Test func widths() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("配送-tracker 🚚") == 15)
        #expect(TextWidth.of("●◐○·…") == 5)
    }

    @Test func aZWJSequenceIsOneGlyphAsTerminalsDrawIt() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(TextWidth.of("family: " + family + "!") == 11)
        #expect(TextWidth.joinedSequencesShortened("a" + family + "b") == "a👨b")
        // Combining marks stay zero width; a skin tone is its own glyph, as tmux draws it.
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("👍🏽") == 4)
    }

    @Test func truncateEndsWithAnEllipsis() {
        #expect(TextWidth.truncate("notification-service", to: 10) == "notificat…")
        #expect(TextWidth.truncate("short", to: 10) == "short")
        #expect(TextWidth.truncate("配送-tracker", to: 4) == "配…")
        #expect(TextWidth.truncate("abc", to: 0) == "")
    }

    @Test func fitPadsByDisplayWidth() {
        #expect(TextWidth.fit("配送", to: 6) == "配送  ")
        #expect(TextWidth.fit("42 MB", to: 8, alignRight: true) == "   42 MB")
    }
}

@Suite struct SanitizerTests {
    @Test func plainTextIsUntouched() {
        #expect(Sanitizer.visible("chora-compose 配送 🚚") == "chora-compose 配送 🚚")
    }

    @Test func c0AndDelInCaretNotation() {
        #expect(Sanitizer.visible("a\u{1B}]0;owned\u{07}b") == "a^[]0;owned^Gb")
        #expect(Sanitizer.visible("x\u{7F}\u{00}\n\r") == "x^?^@^J^M")
        #expect(Sanitizer.visible("a\tb") == "a b")
    }

    @Test func c1BidiAndSeparatorsBecomeReplacementCharacters() {
        #expect(Sanitizer.visible("\u{9B}31m") == "\u{FFFD}31m")
        #expect(Sanitizer.visible("abc\u{202E}fed\u{202C}") == "abc\u{FFFD}fed\u{FFFD}")
        #expect(Sanitizer.visible("\u{2066}x\u{2069}\u{200F}\u{2028}") == "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func resultHasNoControlCharacters() {
        let hostile =
            (0..<0xA0).compactMap(Unicode.Scalar.init).map(String.init).joined()
            + "\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"
        for scalar in Sanitizer.visible(hostile).unicodeScalars {
            #expect(!Hostile.isControl(scalar), "U+\(String(scalar.value, radix: 16)) left in")
        }
    }
}

/// What must never reach the screen.
enum Hostile {
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}

@Suite struct TableFitTests {
    @Test func dropsColumnsByDropOrderWhenSqueezingIsNotEnough() {
        let table = Table(
            nil,
            [Column("Name", minimum: 8), .number("A", width: 10, dropOrder: 1), .number("B", width: 10, dropOrder: 2)],
            rows: [[Cell("a-long-project-name"), Cell("1"), Cell("2")]])
        #expect(TableFit.fit(table, width: 100).widths == [19, 10, 10])
        let narrow = TableFit.fit(table, width: 30)
        #expect(narrow.columns == [0, 1])
        #expect(narrow.widths == [18, 10])
    }
}
