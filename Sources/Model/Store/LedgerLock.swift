import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One writer at a time: an flock(2) on `LEDGER.lock`, held while a dashboard
/// or a scripted edit has the ledger. The kernel drops the lock when its process dies, so a lock
/// left by a crash is simply taken over; the file's text names the holder for the others.
public final class LedgerLock: Sendable {
    /// Who holds (or held) a lock, as written in the lock file.
    public struct Holder: Equatable, Sendable, CustomStringConvertible {
        public let pid: Int32
        public let command: String
        public let since: String

        public var description: String { "process \(pid) (\(command), since \(since))" }
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Another live process holds the lock.
        case heldBy(Holder?, lockFile: String)
        case cannotLock(lockFile: String, reason: String)

        public var description: String {
            switch self {
            case .heldBy(let holder, let file):
                "the ledger is open for writing by \(holder?.description ?? "another process") (lock \(file))"
            case .cannotLock(let file, let reason): "cannot lock \(file): \(reason)"
            }
        }
    }

    public let lockFile: String
    /// The holder named in a lock file whose process had died: its lock was taken over.
    public let tookOverFrom: Holder?
    private let fd: Int32

    private init(lockFile: String, fd: Int32, tookOverFrom: Holder?) {
        self.lockFile = lockFile
        self.fd = fd
        self.tookOverFrom = tookOverFrom
    }

    public static func lockFile(for ledgerPath: String) -> String { ledgerPath + ".lock" }

    /// Takes the lock or says who has it. `command` names this holder for the others.
    public static func acquire(for givenPath: String, command: String) throws(Failure) -> LedgerLock {
        // Lock the file a symlink points to, so every way of naming the ledger meets one lock.
        let ledgerPath = LedgerFile.resolved(givenPath)
        let path = lockFile(for: ledgerPath)
        for _ in 0..<5 {
            // O_NOFOLLOW: a lock file planted as a symlink must not make us truncate its target.
            let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let reason =
                    errno == ELOOP ? "it is a symbolic link; refusing to follow it (remove it)" : AtomicFile.errnoText()
                throw .cannotLock(lockFile: path, reason: reason)
            }
            var opened = stat()
            guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                throw .cannotLock(lockFile: path, reason: "it is not a regular file (remove it)")
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let busy = errno == EWOULDBLOCK
                let reason = AtomicFile.errnoText()
                let holder = readHolder(fd)
                close(fd)
                throw busy ? .heldBy(holder, lockFile: path) : .cannotLock(lockFile: path, reason: reason)
            }
            // A releasing holder unlinks the file; if we locked an unlinked inode, try again.
            var mine = stat()
            var named = stat()
            guard fstat(fd, &mine) == 0, stat(path, &named) == 0, mine.st_ino == named.st_ino else {
                close(fd)
                continue
            }
            let previous = readHolder(fd)
            let me = Holder(
                pid: getpid(), command: command, since: ISODate.instant(fromSeconds: Date().timeIntervalSince1970))
            let text = "pid=\(me.pid)\ncommand=\(me.command)\nsince=\(me.since)\n"
            ftruncate(fd, 0)
            _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
            // Sole writer now: temp files beside the ledger are leftovers of a killed save.
            AtomicFile.removeLeftovers(of: ledgerPath)
            return LedgerLock(lockFile: path, fd: fd, tookOverFrom: previous)
        }
        throw .cannotLock(lockFile: path, reason: "the lock file kept changing")
    }

    /// The file a waiting writer creates to ask an open dashboard to lend it the lock.
    public static func requestFile(for ledgerPath: String) -> String { ledgerPath + ".lock.wanted" }

    /// Takes the lock, waiting up to `seconds` while another process holds it. While it waits,
    /// a request file asks an open dashboard to lend the lock for the length of one edit.
    public static func acquire(for ledgerPath: String, command: String, waitingUpTo seconds: Double) throws(Failure)
        -> LedgerLock
    {
        let deadline = Date().timeIntervalSince1970 + max(0, seconds)
        let request = requestFile(for: ledgerPath)
        var asked = false
        defer { if asked { unlink(request) } }
        while true {
            do {
                return try acquire(for: ledgerPath, command: command)
            } catch {
                guard case .heldBy = error, Date().timeIntervalSince1970 < deadline else { throw error }
                if !asked {
                    asked = FileManager.default.createFile(atPath: request, contents: Data("pid=\(getpid())\n".utf8))
                }
                usleep(50_000)
            }
        }
    }

    /// Whether a live process is waiting for this ledger's lock (see `acquire(waitingUpTo:)`).
    public static func isRequested(for ledgerPath: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: requestFile(for: ledgerPath)) else { return false }
        let text = String(decoding: data, as: UTF8.self)
        guard
            let pid = text.split(separator: "\n").first.flatMap({ $0.split(separator: "=").last }).flatMap({ Int32($0) }
            ),
            pid > 0
        else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    deinit {
        unlink(lockFile)
        close(fd)
    }

    /// The holder a lock file names, if it names one.
    static func readHolder(_ fd: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
        return Holder(pid: pid, command: fields["command"] ?? "unknown", since: fields["since"] ?? "unknown")
    }
}
