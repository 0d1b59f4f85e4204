/// One tab, declared in one file: what it shows, the keymap context its own keys are in, and
/// what those keys do. Kept pure like update: state in, state and effects out. `Tab.component`
/// is the one table from tab to component; update asks the current tab's component first and
/// falls back to the global actions.
protocol TabComponent {
    /// The tab bar's label.
    static var title: String { get }
    /// The keymap context of the tab's own keys (nil: only the global and table keys).
    static var keyContext: KeyContext? { get }
    /// The tab's content; its table rows carry the `RowRef` of what they stand for.
    static func document(_ state: AppState, width: Int) -> Document
    /// What the tab does for `action`, or nil when the action is not one of its own.
    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])?
}
