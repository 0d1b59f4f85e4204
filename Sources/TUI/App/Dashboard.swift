import Model

/// The run loop: draw, wait for a key, update, apply effects. Everything on this one thread.
public enum Dashboard {
    public static func run(ledger: Ledger, fileName: String, asOf: Double,
                           environment: [String: String]) throws(TerminalError) {
        var terminal = try CursesTerminal.open(environment: environment)
        defer { terminal.close() }
        var state = AppState(ledger: ledger, fileName: fileName, asOf: asOf, size: terminal.size)
        render(state, into: &terminal)
        while true {
            guard let event = terminal.nextEvent() else {
                if terminal.inputClosed { return }
                continue
            }
            let (next, effects) = update(state, event)
            state = next
            if effects.contains(.quit) { return }
            render(state, into: &terminal)
        }
    }
}
