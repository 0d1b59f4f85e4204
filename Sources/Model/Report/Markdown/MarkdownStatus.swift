/// Status cells of the Markdown ledger: the seed's traffic-light emoji and a word, so the
/// document reads without colour. "No data" gets a white circle rather than the seed's red
/// one: nothing measured is not the same as behind.
public enum MarkdownStatus {
    public static func emoji(_ status: MetricStatus) -> String {
        switch status {
        case .met: "🟢"
        case .progressing: "🟡"
        case .behind: "🔴"
        case .noData: "⚪"
        }
    }

    public static func cell(_ status: MetricStatus) -> String {
        switch status {
        case .met: "🟢 Met"
        case .progressing: "🟡 Progressing"
        case .behind: "🔴 Behind"
        case .noData: "⚪ No data"
        }
    }

    public static let legend = """
        **Status Legend**:
        - 🟢 Target met
        - 🟡 Progressing (>50% to target)
        - 🔴 Not started or ≤50% to target
        - ⚪ No data (nothing measured yet)
        """
}
