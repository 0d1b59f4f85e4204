/// Where the cursor of a scrollable page is and which document line is at the top.
public struct ScrollState: Equatable, Sendable {
    public var cursor = 0
    public var top = 0

    public init(cursor: Int = 0, top: Int = 0) {
        self.cursor = cursor
        self.top = top
    }
}

/// What has the keyboard: browsing the current tab, or something drawn over it (help, the
/// project detail, a form, a y/n question) that keeps its own state.
public enum Mode: Equatable, Sendable {
    /// Browsing the current tab.
    case browse
    case help(ScrollState)
    /// The project detail of `project` (an index into the ledger's projects).
    case detail(project: Int, ScrollState)
    /// A page opened from a row (the projects behind a metric, a team's scorecard, the issues
    /// of a category); Esc goes back to where Enter was pressed (`AppState.backStack`).
    case page(Page, ScrollState)
    /// Typing the Inventory filter: Enter keeps it, Esc clears it.
    case filter
    /// A form over the current tab (add/edit project, log/resolve issue, log entries).
    case form(Form)
    /// A yes/no question; y does `action`, anything else cancels.
    case confirm(Confirmation)
}

extension Mode {
    /// The form on screen: the one being filled, or the one a question about it is over.
    public var shownForm: Form? {
        switch self {
        case .form(let form): return form
        case .confirm(let question):
            if case .discardForm(let form) = question.action { return form }
            return nil
        case .browse, .help, .detail, .page, .filter: return nil
        }
    }
}

/// A question waiting for y or n, and what y does.
public struct Confirmation: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case deleteProject(Int)
        case deleteIssue(Int)
        /// Reload the file: y reloads it, dropping what could not be saved.
        case reload
        /// Another program wrote the file before a save: y reloads and re-applies the unsaved
        /// edits, d reloads and drops them, o overwrites (after asking `overwrite`).
        case changedOnDisk
        /// The second question before overwriting another program's write: y overwrites.
        case overwrite
        /// The last save failed: y quits anyway.
        case quitUnsaved
        /// Esc on a form whose values were changed: y drops them, n goes back to the form.
        case discardForm(Form)
    }

    public let prompt: String
    public let action: Action

    public init(_ prompt: String, _ action: Action) {
        self.prompt = prompt
        self.action = action
    }
}

/// Whether the dashboard may write the file, and how the last write went. Shown in the
/// status bar so the user always knows whether their edits are on disk.
public enum SaveState: Equatable, Sendable {
    /// Not writable, and why (another writer holds the lock, a newer format, ...).
    case readOnly(String)
    /// Writable; nothing changed since loading.
    case unchanged
    case saving
    case saved(at: String)
    /// The last edit is in memory only.
    case failed(String)
    /// Another program wrote the file; nothing is saved until it is reloaded.
    case conflict

    public var isWritable: Bool {
        if case .readOnly = self { return false }
        return true
    }

    /// The state in a few words, for the status bar and the quit question.
    public var summary: String {
        switch self {
        case .readOnly(let why): "read-only: \(why)"
        case .unchanged: "no changes"
        case .saving: "saving…"
        case .saved(let at): "saved \(at)"
        case .failed(let why): "NOT SAVED: \(why)"
        case .conflict: "NOT SAVED: changed on disk"
        }
    }
}
