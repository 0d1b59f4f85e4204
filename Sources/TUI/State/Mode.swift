/// Where the cursor of a scrollable page is and which document line is at the top.
public struct ScrollState: Equatable, Sendable {
    public var cursor = 0
    public var top = 0

    public init(cursor: Int = 0, top: Int = 0) {
        self.cursor = cursor
        self.top = top
    }
}

/// What has the keyboard. Editing forms (issues 4 and 5) become further cases here, each with
/// its own state, drawn over the current tab like the detail.
public enum Mode: Equatable, Sendable {
    /// Browsing the current tab.
    case browse
    case help(ScrollState)
    /// The project detail of `project` (an index into the ledger's projects).
    case detail(project: Int, ScrollState)
    /// Typing the Inventory filter: Enter keeps it, Esc clears it.
    case filter
}

/// Whether the dashboard may write the file. Editing and locking arrive later; for now the
/// status bar says read-only.
public enum SaveState: Equatable, Sendable {
    case readOnly
    case saved(at: String)
}
