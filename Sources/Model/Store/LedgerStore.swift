import Foundation

/// Why a ledger could not be read or written, naming the file and the place in it.
public enum LedgerError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, JSONSyntaxError)
    case invalid(file: String, [Diagnostic])
    case newerFormat(file: String, version: Int)
    case writeFailed(file: String, reason: String)
    /// Another program wrote the file since it was read; saving would lose its change.
    case changedOnDisk(file: String)
    /// git merged the file line by line and left `<<<<<<<` markers in it.
    case conflictMarkers(file: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .syntax(let file, let e): "\(file):\(e.line):\(e.column): invalid JSON: \(e.reason)"
        case .invalid(let file, let problems):
            "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case .newerFormat(let file, let version):
            "\(file): written by a newer dockledger (formatVersion \(version), this one writes \(Ledger.currentFormatVersion)); refusing to overwrite it"
        case .writeFailed(let file, let reason): "\(file): not saved: \(reason)"
        case .changedOnDisk(let file): "\(file): changed on disk since it was read; not overwritten (reload it first)"
        case .conflictMarkers(let file):
            "\(file): has git conflict markers (git merged it line by line, without the dockledger driver); run `dockledger resolve \(file)` to merge it by identity"
        }
    }
}

/// Identifies the version of a file on disk, to notice when another program wrote it.
public struct FileFingerprint: Equatable, Sendable {
    public let size: Int64
    public let modifiedNanoseconds: Int64
    public let inode: UInt64

    public static func of(_ path: String) -> FileFingerprint? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return FileFingerprint(s)
    }

    /// The version of the file open as `fd` (which stays that file even if renamed over).
    static func of(fd: Int32) -> FileFingerprint? {
        var s = stat()
        guard fstat(fd, &s) == 0 else { return nil }
        return FileFingerprint(s)
    }

    private init(_ s: stat) {
        size = Int64(s.st_size)
        modifiedNanoseconds = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
        inode = UInt64(s.st_ino)
    }
}

public struct LoadedLedger: Sendable {
    public let ledger: Ledger
    public let fingerprint: FileFingerprint?
    /// Where the file's records lie, when the one-pass read found them (a save copies the
    /// unchanged ones from there without scanning the file first).
    var layout: RecordLayout? = nil
}

/// Reading, validating and crash-safely writing ledger files.
public enum LedgerStore {
    /// Parses and validates a ledger; any problem is an error naming its line/column or path.
    public static func decode(_ data: Data, file: String) throws(LedgerError) -> Ledger {
        try decode(bytes: [UInt8](data), file: file)
    }

    /// Reads a valid ledger in one pass (`LedgerDecoder`); only a file it gives up on is read
    /// again strictly, through a `JSONValue` tree, to name every problem.
    public static func decode(bytes: [UInt8], file: String) throws(LedgerError) -> Ledger {
        try decodeNotingRecords(bytes: bytes, file: file).ledger
    }

    /// The ledger, and where its records lie when the one-pass read found them.
    static func decodeNotingRecords(bytes: [UInt8], file: String) throws(LedgerError) -> (
        ledger: Ledger, layout: RecordLayout?
    ) {
        if let decoded = LedgerDecoder.decode(bytes) {
            let records = [RecordArray.projects: decoded.projectRanges, .issues: decoded.issueRanges]
            return (decoded.ledger, RecordLayout(records: records, in: bytes))
        }
        return (try decodeStrictly(bytes: bytes, file: file), nil)
    }

    /// The strict load: parse to a tree, map it to the ledger types collecting every type error,
    /// then validate; every problem is named with its path or line:column.
    static func decodeStrictly(bytes: [UInt8], file: String) throws(LedgerError) -> Ledger {
        let document: JSONValue
        do { document = try JSONParser.parse(bytes: bytes) } catch {
            throw hasConflictMarkers(Data(bytes)) ? .conflictMarkers(file: file) : .syntax(file: file, error)
        }
        let (ledger, problems) = Ledger.decode(document)
        let all = problems + LedgerValidator.validate(ledger)
        if !all.isEmpty { throw .invalid(file: file, all) }
        return ledger
    }

    /// Whether a line starts with git's `<<<<<<< ` conflict marker (or is `=======` / `>>>>>>> `).
    public static func hasConflictMarkers(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
            line.hasPrefix("<<<<<<< ") || line.hasPrefix(">>>>>>> ")
        }
    }

    public static func load(_ path: String) throws(LedgerError) -> LoadedLedger {
        // Fingerprint first: if the file changes while we read, the next check sees a difference.
        let fingerprint = FileFingerprint.of(path)
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw .unreadable(file: path, reason: "is a directory, not a ledger file")
        }
        let bytes: [UInt8]
        do { bytes = try readBytes(path) } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "\(error.localizedDescription)" : "no such file"
            throw .unreadable(file: path, reason: reason)
        }
        let (ledger, layout) = try decodeNotingRecords(bytes: bytes, file: path)
        return LoadedLedger(ledger: ledger, fingerprint: fingerprint, layout: layout)
    }

    /// A file's bytes, read straight into the array the decoder reads (a big ledger is not held
    /// twice, as a `Data` and its copy). Where that fails, Foundation reads it and names the error.
    static func readBytes(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard descriptor >= 0 else { return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0, let bytes = readAll(descriptor, expected: Int(info.st_size)) else {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return bytes
    }

    /// Everything `descriptor` reads to its end (`expected` bytes unless the file changes meanwhile),
    /// or nil on a read error.
    private static func readAll(_ descriptor: Int32, expected: Int) -> [UInt8]? {
        var failed = false
        // One byte more than expected: reading it tells a file that grew while it was read.
        var bytes = [UInt8](unsafeUninitializedCapacity: max(expected, 0) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { break }
                count += got
            }
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !failed, bytes.count > expected {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { failed = true }
            if got <= 0 { break }
            bytes += chunk[0..<got]
        }
        return failed ? nil : bytes
    }

    /// The bytes a ledger is saved as: pretty-printed, sorted keys, trailing newline.
    public static func encode(_ ledger: Ledger) -> Data {
        JSONWriter.data(ledger.json)
    }

    /// A version of a ledger file a writer knows: what it holds (valid: it was loaded or saved)
    /// and, once found, where its records lie. Saving over it validates and writes only what
    /// changed (see `save(_:to:createOnly:keepBackup:over:beforeCommit:)`).
    struct StoredVersion: Sendable {
        let ledger: Ledger
        let fingerprint: FileFingerprint?
        var layout: RecordLayout?

        init(ledger: Ledger, fingerprint: FileFingerprint?, layout: RecordLayout? = nil) {
            self.ledger = ledger
            self.fingerprint = fingerprint
            self.layout = layout
        }

        /// Gets ready for the first save: finds where the records lie in the file, if it is still
        /// this version and the read did not note them.
        mutating func prepare(path: String) {
            guard layout == nil else { return }
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return }
            defer { close(fd) }
            layout = layoutOfFile(fd)
        }

        /// The layout of the open file if it is this version, keeping only arrays whose element
        /// count is this version's record count.
        func layoutOfFile(_ fd: Int32) -> RecordLayout? {
            guard let fingerprint, FileFingerprint.of(fd: fd) == fingerprint else { return nil }
            var found = layout ?? RecordLayout.scan(fd: fd, size: Int(fingerprint.size))
            if found.spans[.projects]?.count != ledger.projects.count { found.spans[.projects] = nil }
            if found.spans[.issues]?.count != ledger.issues.count { found.spans[.issues] = nil }
            return found
        }
    }

    /// Validates, then replaces the file atomically, keeping the old one as `.bak`. Refuses a
    /// ledger that does not validate or whose format is newer than this program writes.
    @discardableResult
    public static func save(_ ledger: Ledger, to path: String, createOnly: Bool = false) throws(LedgerError)
        -> FileFingerprint?
    {
        try save(ledger, to: path, createOnly: createOnly, beforeCommit: {})
    }

    /// Writes a merge result over git's temporary file: validated and crash-safe like a save,
    /// but without a `.bak` beside it (git's temporary files live in the work tree).
    public static func writeMerged(_ ledger: Ledger, to path: String) throws(LedgerError) {
        try save(ledger, to: path, createOnly: false, keepBackup: false, beforeCommit: {})
    }

    @discardableResult
    static func save(
        _ ledger: Ledger, to givenPath: String, createOnly: Bool, keepBackup: Bool = true,
        beforeCommit: () throws -> Void
    ) throws(LedgerError) -> FileFingerprint? {
        try save(
            ledger, to: givenPath, createOnly: createOnly, keepBackup: keepBackup, over: nil, beforeCommit: beforeCommit
        )
        .version.fingerprint
    }

    /// Validates and writes `ledger`, streamed to the temp file. Given `known`, the version of
    /// the file this ledger was made from, only what differs from it is validated (it is known
    /// valid), and records equal to its records are copied from the file instead of encoded.
    /// Returns the version written, and the one the backup held before (see `AtomicFile`).
    static func save(
        _ ledger: Ledger, to givenPath: String, createOnly: Bool, keepBackup: Bool = true, over known: StoredVersion?,
        beforeCommit: () throws -> Void
    ) throws(LedgerError) -> (version: StoredVersion, retired: RetiredFile?) {
        let path = LedgerFile.resolved(givenPath)
        if ledger.isNewerFormat { throw .newerFormat(file: path, version: ledger.formatVersion) }
        var matches: [RecordArray: RecordMatch] = [:]
        let problems: [Diagnostic]
        if let known {
            matches[.projects] = RecordMatch(old: known.ledger.projects, new: ledger.projects, key: \.name)
            matches[.issues] = RecordMatch(old: known.ledger.issues, new: ledger.issues, key: \.id)
            problems = ChangeValidation.problems(of: ledger, since: known.ledger, projects: matches[.projects]!)
        } else {
            problems = LedgerValidator.validate(ledger)
        }
        if !problems.isEmpty { throw .invalid(file: path, problems) }

        // The file being replaced, open before the rename so its records can be copied.
        let source = known == nil ? -1 : open(path, O_RDONLY | O_CLOEXEC)
        defer { if source >= 0 { close(source) } }
        let previous = known.flatMap { known in
            known.layoutOfFile(source).map { LedgerWriter.Previous(fd: source, layout: $0, matches: matches) }
        }
        var written = RecordLayout()
        let retired: RetiredFile?
        do {
            retired = try AtomicFile.write(
                to: path, keepBackup: keepBackup, exclusive: createOnly, beforeCommit: beforeCommit
            ) {
                sink in written = try LedgerWriter.write(ledger, into: sink, reusing: previous)
            }
        } catch {
            if let refused = error.cause as? LedgerError { throw refused }
            throw .writeFailed(file: path, reason: error.reason)
        }
        return (StoredVersion(ledger: ledger, fingerprint: FileFingerprint.of(path), layout: written), retired)
    }
}
