import Model

/// A key press, decoded from the terminal. Independent of curses so update can be tested.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// A mouse event, decoded from the terminal: a button press or a wheel step, at a screen cell
/// (0-based). Like a key, it is a plain value that update turns into the next state.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The left button went down (a second press on the selected row opens it, so a
        /// double click opens too).
        case press
        case wheelUp, wheelDown
    }

    public let kind: Kind
    public let row: Int
    public let column: Int

    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}

/// What the dashboard reacts to.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// A click or wheel step; a terminal without a mouse never sends one.
    case mouse(MouseEvent)
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
