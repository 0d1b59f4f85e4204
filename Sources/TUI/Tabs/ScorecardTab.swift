import Model

/// 9 Scorecard: every metric of the ledger on one page with its trend; `f` shows only the
/// ones not met, worst first; Enter lists the projects behind a metric.
enum ScorecardTab: TabComponent {
    static let title = "Scorecard"
    static let keyContext: KeyContext? = .scorecard

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        ScorecardView.document(state.report, state, trend: state.trendPoints, width: width)
    }
}
