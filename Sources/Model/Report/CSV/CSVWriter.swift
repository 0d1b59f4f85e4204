import Foundation

/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, records end
/// in CRLF. Spreadsheet formula injection is not guarded: the output is data, not a workbook.
public enum CSVWriter {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        record(header) + rows.map(record).joined()
    }
}
