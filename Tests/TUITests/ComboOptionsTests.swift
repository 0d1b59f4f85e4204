import Model
import Testing

@testable import TUI

/// A combo's type-ahead: what starts with the typed text first, then what contains it, matched
/// without regard to case, from keys folded once and shared by every copy of the form.
struct ComboOptionsTests {
    private let names: Form.Options = ["", "api-gateway", "Billing-API", "etl", "Ärger-Dienst", "rapid", "ΣΟΦΙΑ"]

    private func combo(typing text: String) -> [String] {
        var field = Form.Field(.issue(.project), "Project", .combo(names))
        for c in text { field.setText(field.value + String(c)) }
        return field.suggestions
    }

    @Test func nothingTypedOffersEveryOption() {
        #expect(combo(typing: "") == names.all)
    }

    @Test func prefixMatchesComeBeforeMatchesInside() {
        #expect(combo(typing: "api") == ["api-gateway", "Billing-API", "rapid"])
        #expect(combo(typing: "API") == ["api-gateway", "Billing-API", "rapid"])
    }

    @Test func caseIsFoldedBeyondASCII() {
        #expect(combo(typing: "är") == ["Ärger-Dienst"])
        #expect(combo(typing: "σοφ") == ["ΣΟΦΙΑ"])
        #expect(combo(typing: "Dienst") == ["Ärger-Dienst"])
    }

    @Test func noMatchOffersNothing() {
        #expect(combo(typing: "zz").isEmpty)
        #expect(combo(typing: "api-gateway-x").isEmpty)
    }

    @Test func copiesWithOtherOptionsDoNotShareKeys() {
        let other: Form.Options = ["zeta", "api"]
        _ = names.matching("a")
        #expect(other.matching("a") == ["api", "zeta"])
        #expect(names.matching("z").isEmpty)
    }

    /// The issue form's project combo offers every project name, sorted, after "" (no project).
    @Test func theIssueFormOffersTheLedgersProjects() {
        let ledger = Ledger(projects: ["web", "api", "Worker"].map { Project(name: $0) })
        let state = update(
            AppState(ledger: ledger, fileName: "l.json", asOf: 0, size: Size(columns: 100, rows: 30)), .key(.char("6"))
        ).0
        let form = update(state, .key(.char("n"))).0.mode
        guard case .form(let f) = form, let field = f.fields.first(where: { $0.id == .issue(.project) }) else {
            Issue.record("no issue form with a project field")
            return
        }
        #expect(field.suggestions == ["", "Worker", "api", "web"])
    }
}
