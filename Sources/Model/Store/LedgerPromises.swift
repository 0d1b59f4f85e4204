import Foundation

/// What dockledger promises about any file given to it as a ledger, as one check a fuzzer runs
/// on every input (the mutation fuzz test in the suite; a coverage-guided target can call it too):
/// the file is refused naming its place, or it loads, reports (valid JSON without nan/inf,
/// Markdown and CSV without raw control characters) and saves to bytes that load again to the
/// same bytes.
public enum LedgerPromises {
    /// The first promise `bytes` (a ledger file's content) breaks, or nil when it keeps them all.
    public static func broken(by bytes: [UInt8]) -> String? {
        if let disagreement = loadsDisagree(on: bytes) { return disagreement }
        let ledger: Ledger
        do {
            ledger = try LedgerStore.decode(Data(bytes), file: "fuzz")
        } catch {
            switch error {
            case .syntax(_, let e):
                return e.line >= 1 && e.column >= 1 && !e.reason.isEmpty ? nil : "syntax error without a place: \(e)"
            case .invalid(_, let problems):
                return problems.allSatisfy { !$0.path.isEmpty } ? nil : "refusal without a path: \(problems)"
            default:
                return "unexpected refusal: \(error)"
            }
        }
        let report = MetricEngine.report(ledger, asOf: ISODate.seconds("2026-11-26")!)
        let json = JSONReport.render(ledger, report)
        guard (try? JSONParser.parse(json)) != nil else { return "the JSON report is not valid JSON" }
        for bad in [": nan", ": -nan", ": inf", ": -inf"] where json.contains(bad) {
            return "the JSON report has \(bad)"
        }
        let markdown = MarkdownReport.render(ledger, report)
        let csv = CSVReport.render(.inventory, ledger, report)
        _ = TextReport.render(ledger, report)
        for (name, text) in [("markdown", markdown), ("csv", csv)]
        where text.unicodeScalars.contains(where: {
            ($0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value)) || (0x7F..<0xA0).contains($0.value)
        }) {
            return "raw control character in the \(name) report"
        }
        // A newer format is readable but never written by this version.
        if ledger.isNewerFormat { return nil }
        let saved = LedgerStore.encode(ledger)
        guard let again = try? LedgerStore.decode(saved, file: "saved") else {
            return "the saved ledger does not load again"
        }
        guard LedgerStore.encode(again) == saved else { return "load and save is not stable" }
        return nil
    }

    /// The one-pass load (`LedgerDecoder`) must read exactly the ledger the strict load reads
    /// (to the saved byte), and give up exactly on the files the strict load refuses.
    static func loadsDisagree(on bytes: [UInt8]) -> String? {
        let strict = try? LedgerStore.decodeStrictly(bytes: bytes, file: "fuzz")
        let onePass = LedgerDecoder.decode(bytes)?.ledger
        switch (strict, onePass) {
        case (nil, nil): return nil
        case (nil, .some): return "the one-pass load accepts a ledger the strict load refuses"
        case (.some, nil): return "the one-pass load gives up on a ledger the strict load accepts"
        case (let strict?, let onePass?):
            guard strict == onePass, LedgerStore.encode(strict) == LedgerStore.encode(onePass) else {
                return "the one-pass load reads another ledger than the strict load"
            }
            return nil
        }
    }
}
