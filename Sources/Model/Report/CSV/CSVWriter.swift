import Foundation

/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, records end
/// in CRLF. Two guards, since a CSV is opened in spreadsheets and printed to terminals:
/// - formula injection (OWASP): a text cell starting with `=`, `+`, `-`, `@`, TAB or CR is
///   prefixed with `'` so a spreadsheet shows it instead of evaluating it; real numbers
///   (`-3`, `-0.5`) are left alone;
/// - control characters other than TAB, CR and LF are written visibly (`^[`), never raw.
public enum CSVWriter {
    public static func field(_ raw: String) -> String {
        var text = TerminalSafeText.visible(raw, keepingLineBreaks: true)
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), text != "-",
            !isNumber(text)
        {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A plain decimal number as the reports write them: `-12`, `0.5`, `-1.5e+20`.
    static func isNumber(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" || chars.first == "+" { chars = chars.dropFirst() }
        guard let first = chars.first, first.isASCII, first.isNumber else { return false }
        return chars.allSatisfy {
            ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-"
        }
            && Double(text) != nil
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        record(header) + rows.map(record).joined()
    }
}
