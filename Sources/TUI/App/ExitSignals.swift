import Glibc
import Synchronization

/// How the dashboard ends on a signal. TERM, HUP and INT end it the way `q` does: the run loop
/// notices, waits for the saves already committed, restores the terminal and exits 128+signal
/// (curses would otherwise exit at once on TERM and INT, and HUP would leave the terminal in
/// the alternate screen, losing a save in flight). A crash (or QUIT) restores the terminal
/// from the signal handler, says so in one line and exits: no backtrace painted over the
/// screen, no prompt waiting with the lock held (the kernel releases the flock at exit).
enum ExitSignals {
    /// The signal received, or 0. Written by the handler, read by the run loop: an atomic is
    /// the one kind of shared state a signal handler may touch.
    private static let received = Atomic<Int32>(0)

    static let ending: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    static let crashing: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT]

    /// The terminal's settings before curses changed them, for the crash handler (allocated
    /// once before the handlers are installed; a handler cannot allocate).
    nonisolated(unsafe) private static let savedTerminal: UnsafeMutablePointer<termios> = .allocate(capacity: 1)
    private static let restoreSequence = Array("\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n".utf8)
    private static let crashLine = Array(
        ("dockledger: the dashboard stopped on an internal error; the terminal is restored "
            + "and the ledger file holds the last save\n").utf8)

    /// Installed before curses starts, so curses keeps these handlers instead of its own.
    static func install() {
        _ = tcgetattr(0, savedTerminal)
        _ = restoreSequence.count + crashLine.count // initialised now, not in a handler
        for signal in ending {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { ExitSignals.received.store($0, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a blocking read returns at once and the loop sees the signal.
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        for signal in crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { ExitSignals.crashed($0) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// A signal that asks the dashboard to end, once received.
    static var pending: Int32? {
        let signal = received.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Async-signal-safe calls only: tcsetattr, write, _exit.
    private static func crashed(_ signal: Int32) {
        _ = tcsetattr(0, TCSANOW, savedTerminal)
        restoreSequence.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
        crashLine.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
        _exit(128 + signal)
    }
}
