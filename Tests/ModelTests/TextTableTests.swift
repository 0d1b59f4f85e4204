import Testing

@testable import Model

@Suite struct TextTableTests {
    /// "配送-tracker 🚚" is 12 characters but 15 columns: padding by characters pushed its row's
    /// figures three columns right of the others.
    @Test func wideCharactersKeepTheColumnsAligned() {
        var table = TextTable(["Project", "Share"])
        table.add(["配送-tracker 🚚", "90%"])
        table.add(["payments", "100%"])
        let lines = table.render(indent: "").split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "Project          Share",
                "---------------  -----",
                "配送-tracker 🚚    90%",
                "payments          100%",
            ])
        #expect(lines.allSatisfy { TextWidth.of($0) == 22 })
    }
}
