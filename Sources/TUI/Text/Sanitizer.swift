import Model

/// Makes text from a ledger file safe to draw (the rules live in Model's `TerminalSafeText`, so
/// the CLI's output follows the same ones).
public enum Sanitizer {
    public static func visible(_ text: String) -> String { TerminalSafeText.visible(text) }
}
