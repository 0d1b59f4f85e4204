import CNcursesw
import Glibc
import Model

/// Why the dashboard cannot start on this terminal; reported as one line, exit code 2.
public struct TerminalError: Error, CustomStringConvertible {
    public let description: String
}

/// The ncurses screen: the only code that touches curses (tig's headless approach: checks
/// first, then `newterm` on the real streams, all on this one thread).
public struct CursesTerminal: Screen {
    public private(set) var size: Size
    private let screen: OpaquePointer
    private let usesColor: Bool
    /// The locale is not UTF-8: every character is drawn as ASCII of the same width.
    private let asciiOnly: Bool
    /// Mouse reports curses queued behind the one returned, newest first (popLast: the oldest).
    private var pendingMouse: [Event] = []

    /// Checks that stdin and stdout are terminals and TERM names a known one before anything
    /// is written, so a pipe or a bad TERM gets an error line and no escape sequences.
    public static func checkUsable(environment: [String: String]) throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(
                description:
                    "the dashboard needs a terminal: stdin and stdout must be a tty (for text output use `dockledger report`)"
            )
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError(description: "the dashboard needs a terminal: TERM is not set")
        }
        // A dumb terminal cannot move the cursor: curses would draw a blank, unusable screen.
        if term == "dumb" {
            throw TerminalError(
                description:
                    "the dashboard needs a terminal that can move the cursor; TERM=dumb cannot (use `dockledger report`, or TERM=xterm-256color)"
            )
        }
    }

    public static func open(environment: [String: String]) throws(TerminalError) -> CursesTerminal {
        try checkUsable(environment: environment)
        let term = environment["TERM"] ?? ""
        setlocale(LC_ALL, "")
        // Outside a UTF-8 locale curses cannot draw ● ◐ ○ │ …: they would vanish.
        let asciiOnly = String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8"
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else {
            throw TerminalError(description: "cannot open the terminal streams")
        }
        // curses only catches SIGWINCH (to report KEY_RESIZE) when it is at its default; a
        // parent may have left it ignored or blocked.
        signal(SIGWINCH, SIG_DFL)
        var winch = sigset_t()
        sigemptyset(&winch)
        sigaddset(&winch, SIGWINCH)
        sigprocmask(SIG_UNBLOCK, &winch, nil)
        // With an unknown TERM newterm returns NULL without writing anything.
        guard let screen = newterm(term, output, input) else {
            throw TerminalError(
                description: "the dashboard needs a terminal: unknown terminal type TERM=\(Sanitizer.visible(term))")
        }
        set_term(screen)
        set_escdelay(25)
        raw()
        noecho()
        nonl()
        keypad(dl_stdscr(), true)
        curs_set(0)
        // Clicks and the wheel, reported at once (no waiting to tell a click from a double
        // click: a second press on a selected row opens it). A terminal without a mouse gets
        // a zero mask back and simply sends none.
        mouseinterval(0)
        _ = mousemask(dl_button1_pressed() | dl_wheel_up() | dl_wheel_down(), nil)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let color = !noColor && has_colors()
        if color {
            start_color()
            use_default_colors()
            for role in Role.allCases {
                let look = Theme.look(role)
                init_pair(Int16(role.rawValue + 1), look.foreground?.rawValue ?? -1, look.background?.rawValue ?? -1)
            }
        }
        var y: Int32 = 0
        var x: Int32 = 0
        dl_getmaxyx(dl_stdscr(), &y, &x)
        return CursesTerminal(
            size: Size(columns: Int(x), rows: Int(y)), screen: screen, usesColor: color, asciiOnly: asciiOnly)
    }

    public mutating func clear() { werase(dl_stdscr()) }

    public mutating func put(_ text: String, row: Int, column: Int, style: Style) {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return }
        // Clip here too: curses would wrap a long line onto the next one.
        var clipped = TextWidth.joinedSequencesShortened(
            TextWidth.truncate(Sanitizer.visible(text), to: size.columns - column))
        if asciiOnly { clipped = ASCIIGlyphs.fallback(clipped) }
        var wide = clipped.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        let (attributes, pair) = attributes(for: style)
        wattr_set(dl_stdscr(), attributes, pair, nil)
        _ = mvwaddnwstr(dl_stdscr(), Int32(row), Int32(column), wide, Int32(wide.count - 1))
        wattr_set(dl_stdscr(), 0, 0, nil)
    }

    public mutating func present() { wrefresh(dl_stdscr()) }

    /// Waits for the next key or resize; with a timeout (ms, -1 for none) nil means none came.
    public mutating func nextEvent(timeoutMilliseconds: Int32 = -1) -> Event? {
        if let queued = pendingMouse.popLast() { return queued }
        wtimeout(dl_stdscr(), timeoutMilliseconds)
        var ch: wint_t = 0
        let result = wget_wch(dl_stdscr(), &ch)
        if result == KEY_CODE_YES {
            if Int32(ch) == KEY_MOUSE {
                // One KEY_MOUSE can stand for several reports read at once (a quick double
                // click): take every queued one; getmouse gives the newest first.
                var event = MEVENT()
                var reports: [MouseEvent] = []
                while getmouse(&event) == OK {
                    if let m = MouseDecoder.event(
                        buttons: UInt(event.bstate), row: Int(event.y), column: Int(event.x), bits: .curses)
                    {
                        reports.append(m)
                    }
                }
                pendingMouse = reports.map(Event.mouse)
                return pendingMouse.popLast()
            }
            if Int32(ch) == KEY_RESIZE {
                var y: Int32 = 0
                var x: Int32 = 0
                dl_getmaxyx(dl_stdscr(), &y, &x)
                size = Size(columns: Int(x), rows: Int(y))
                return .resize(size)
            }
            return KeyDecoder.function(Int32(ch)).map(Event.key)
        }
        guard result == OK else { return nil }
        return KeyDecoder.character(UInt32(ch)).map(Event.key)
    }

    /// Whether the terminal has gone away (hangup, closed pty): then get_wch fails at once
    /// for ever, and the run loop must stop instead of spinning.
    public var inputClosed: Bool {
        var fd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&fd, 1, 0) >= 0 else { return true }
        return fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Gives the terminal back as it was.
    public func close() {
        endwin()
        delscreen(screen)
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        let look = Theme.look(style.role)
        var attr: attr_t = 0
        for a in usesColor ? look.attributes : look.monochrome {
            switch a {
            case .bold: attr |= dl_a_bold()
            case .dim: attr |= dl_a_dim()
            case .reverse: attr |= dl_a_reverse()
            case .underline: attr |= dl_a_underline()
            }
        }
        if style.selected { attr |= dl_a_reverse() }
        return (attr, usesColor ? Int16(style.role.rawValue + 1) : 0)
    }
}

/// curses mouse reports to mouse events.
enum MouseDecoder {
    /// The button bits of a report (curses' values, passed in so tests need no curses).
    struct Bits {
        let press: UInt
        let wheelUp: UInt
        let wheelDown: UInt

        static var curses: Bits {
            Bits(press: UInt(dl_button1_pressed()), wheelUp: UInt(dl_wheel_up()), wheelDown: UInt(dl_wheel_down()))
        }
    }

    /// nil for what the dashboard does not use (other buttons, releases, a report off the screen).
    static func event(buttons: UInt, row: Int, column: Int, bits: Bits) -> MouseEvent? {
        guard row >= 0, column >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if buttons & bits.press != 0 {
            kind = .press
        } else if buttons & bits.wheelUp != 0 {
            kind = .wheelUp
        } else if buttons & bits.wheelDown != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind, row: row, column: column)
    }
}

/// curses key codes to keys.
enum KeyDecoder {
    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        default:
            let f0 = dl_key_f(0)
            if code > f0 && code <= f0 + 24 { return .function(Int(code - f0)) }
            return nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        default: return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }
}
