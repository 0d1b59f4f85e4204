import Model

/// A key press, decoded from the terminal. Independent of curses so update can be tested.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// What the dashboard reacts to.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// A save or reload finished.
    case storage(StorageEvent)
    /// The trend points read from the ledger's git history (in the background).
    case trend(TrendEvent)
    /// A project's repository was read again (`R`, in the background).
    case rescanned(project: String, RepositoryFacts)
    /// `.dockledger/ui.json` could not be written, and why.
    case settingsNotSaved(String)
}

public enum TrendEvent: Equatable, Sendable {
    case loaded([TrendPoint])
    case failed(String)
}
