import Testing

@testable import TUI

@Suite struct KeymapTests {
    @Test func theHelpScreenListsEveryBinding() {
        let screen = Fixtures.screen(
            Fixtures.press(.char("?"), on: Fixtures.state(Fixtures.demo(), columns: 100, rows: 200)))
        let text = screen.lines.joined(separator: "\n")
        for binding in Keymap.bindings {
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
        #expect(screen.line(2) == " Help: keys  (Esc closes)")
        #expect(screen.line(3) == " Everywhere")
        #expect(screen.line(4) == " Key        Action")
        #expect(screen.line(5) == " Tab        Next tab")
    }

    @Test func everyKeyIsBoundOncePerContext() {
        for context in KeyContext.allCases {
            let keys = Keymap.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(context)")
        }
    }

    @Test func hintLineComesFromTheKeymap() {
        let screen = Fixtures.screen(Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo())))
        #expect(
            screen.line(29)
                == " Enter detail  / filter  s sort  e edit  c columns  <> column  x archived  a add  ? help  q quit")
    }
}
