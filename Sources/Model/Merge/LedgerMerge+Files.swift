import Foundation

extension LedgerMerge {
    /// Why three files could not be merged into a valid ledger.
    public enum FileFailure: Error, CustomStringConvertible {
        case unreadable(side: String, LedgerError)
        case invalidResult([Diagnostic])

        public var description: String {
            switch self {
            case .unreadable(let side, let error): "\(side): \(error)"
            case .invalidResult(let problems):
                "the merged ledger would not be valid, so nothing was written:\n"
                    + problems.map { "  \($0)" }.joined(separator: "\n")
            }
        }
    }

    public struct FileResult: Sendable {
        public let ledger: Ledger
        public let conflicts: [MergeConflict]
        public let renumberedIssues: [(from: Int, to: Int)]
    }

    /// Merges three versions of a ledger file. An empty base (no common ancestor) merges as an
    /// empty ledger. The result is decoded and validated; one that would not be valid is an error.
    public static func merge(base: Data, ours: Data, theirs: Data, names: (base: String, ours: String, theirs: String))
        throws(FileFailure) -> FileResult
    {
        let b = try parse(base, side: names.base, emptyAllowed: true)
        let o = try parse(ours, side: names.ours, emptyAllowed: false)
        let t = try parse(theirs, side: names.theirs, emptyAllowed: false)
        let result = merge(base: b, ours: o, theirs: t)
        let (ledger, problems) = Ledger.decode(result.document)
        let all = problems + LedgerValidator.validate(ledger)
        if !all.isEmpty { throw .invalidResult(all) }
        return FileResult(ledger: ledger, conflicts: result.conflicts, renumberedIssues: result.renumberedIssues)
    }

    private static func parse(_ data: Data, side: String, emptyAllowed: Bool) throws(FileFailure) -> JSONValue {
        if emptyAllowed, data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .object([:])
        }
        do { return try JSONParser.parse(data) } catch {
            let failure: LedgerError =
                LedgerStore.hasConflictMarkers(data)
                ? .conflictMarkers(file: side) : .syntax(file: side, error)
            throw .unreadable(side: side, failure)
        }
    }
}
