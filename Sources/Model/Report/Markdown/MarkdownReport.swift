/// `report --format markdown`: the SAP-011 ledger document (the seed's structure, headings,
/// tables and columns) with every figure computed by the engine from the JSON ledger.
/// `MarkdownImporter` reads it back; the inventory, issue log and logs survive the round trip.
public struct MarkdownReport {
    /// One top-level part of the document: the header, a numbered section, or the footer.
    public struct Section: Equatable, Sendable {
        public let id: String
        public let text: String
    }

    let ledger: Ledger
    let report: LedgerReport

    public init(_ ledger: Ledger, _ report: LedgerReport) {
        self.ledger = ledger
        self.report = report
    }

    /// The document keeps the ledger's text, but never a raw control character (an escape
    /// sequence would act when the file is printed to a terminal).
    public static func render(_ ledger: Ledger, _ report: LedgerReport) -> String {
        TerminalSafeText.visible(MarkdownReport(ledger, report).render(), keepingLineBreaks: true)
    }

    public func render() -> String {
        sections().map(\.text).joined(separator: "\n---\n\n")
    }

    /// The document in order; joined with the seed's `---` rules between them.
    public func sections() -> [Section] {
        [
            Section(id: "header", text: header()),
            Section(id: "1", text: adoptionOverview()),
            Section(id: "2", text: inventory()),
            Section(id: "3", text: levels()),
            Section(id: "4", text: qualityMetrics()),
            Section(id: "5", text: ciIntegration()),
            Section(id: "6", text: productionDeployment()),
            Section(id: "7", text: efficiency()),
            Section(id: "8", text: roiAnalysis()),
            Section(id: "9", text: maintenanceLog()),
            Section(id: "10", text: issueTracking()),
            Section(id: "11", text: versionHistory()),
            Section(id: "12", text: changelog()),
            Section(id: "13", text: MarkdownStaticText.relatedDocuments),
            Section(id: "footer", text: MarkdownStaticText.maintenanceSchedule),
        ]
    }

    /// A subsection rule inside a numbered section, as the seed separates 4.1, 4.2 and 4.3.
    static let rule = "\n---\n\n"

    var asOfDay: String { ISODate.day(fromSeconds: report.asOf) }
}
