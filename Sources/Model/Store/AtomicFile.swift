import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Crash-safe replacement of a file: write a temp file in the same folder,
/// fsync it, keep the old file as `.bak`, rename the temp over the target, fsync the folder.
/// A crash at any moment leaves the old file or the new one, whole.
enum AtomicFile {
    struct Failure: Error {
        let reason: String
        /// What `beforeCommit` threw, for callers that turn it back into their own error.
        var cause: (any Error)? = nil
    }

    /// - exclusive: fail if `path` exists (for `init`), decided atomically by link(2).
    /// - beforeCommit: runs after the temp file is written, right before the backup link and
    ///   the rename: the last moment to refuse (the store re-checks the file's version there).
    @discardableResult
    static func write(
        _ data: Data, to givenPath: String, keepBackup: Bool = true, exclusive: Bool = false,
        beforeCommit: () throws -> Void = {}
    ) throws(Failure) -> RetiredFile? {
        try write(to: givenPath, keepBackup: keepBackup, exclusive: exclusive, beforeCommit: beforeCommit) { sink in
            try sink.append(Array(data))
        }
    }

    /// Like `write(_:to:)`, with the content streamed by `contents` into the temp file.
    /// Returns the version the `.bak` held before, when there was one: it is gone from the
    /// folder but still open, and freeing its blocks (tens of milliseconds for a big ledger)
    /// waits until the caller lets go of it, after the new file is safely in place.
    @discardableResult
    static func write(
        to givenPath: String, keepBackup: Bool = true, exclusive: Bool = false,
        beforeCommit: () throws -> Void = {}, contents: (FileSink) throws -> Void
    ) throws(Failure) -> RetiredFile? {
        // A symlinked ledger is written through: the link stays, its target gets the new text.
        let path = LedgerFile.resolved(givenPath)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-" + unpredictableSuffix()
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists {
            if existing.st_mode & S_IFMT == S_IFDIR { throw Failure(reason: "\(path) is a directory") }
            if existing.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
                throw Failure(
                    reason:
                        "\(path) is read-only (mode \(String(existing.st_mode & 0o7777, radix: 8))); make it writable to save changes"
                )
            }
        }

        // O_EXCL|O_NOFOLLOW: never opens something planted under the temp name.
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, exists ? 0o600 : 0o644)
        guard fd >= 0 else { throw Failure(reason: "cannot create a temporary file in \(folder): \(errnoText())") }
        var committed = false
        defer {
            if !committed { unlink(temp) }
        }
        do {
            defer { close(fd) }
            if exists { keepOwnerAndMode(of: existing, on: fd) }
            // The new version is usually about as big as the old one.
            if exists { WritebackHints.reserve(Int(existing.st_size), for: fd) }
            do {
                let sink = FileSink(fd: fd)
                try contents(sink)
                try sink.flush()
                // Whatever was reserved beyond what was written goes, before the fsync. Always:
                // a reservation that failed part way may have grown the file too.
                if ftruncate(fd, off_t(sink.offset)) != 0 {
                    throw Failure(reason: "cannot set the file's size: \(errnoText())")
                }
            } catch let failure as FileSink.Failure {
                throw Failure(reason: failure.reason)
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure(reason: "\(error)", cause: error)
            }
            guard fsync(fd) == 0 else { throw Failure(reason: "fsync failed: \(errnoText())") }
        }

        var retired: RetiredFile?
        if exclusive {
            do { try beforeCommit() } catch { throw Failure(reason: "\(error)", cause: error) }
            // link(2) fails if the target exists: no window where another writer's file is replaced.
            guard link(temp, path) == 0 else {
                throw Failure(
                    reason: errno == EEXIST ? "\(path) already exists" : "cannot create \(path): \(errnoText())")
            }
            unlink(temp)
            committed = true
        } else {
            // The last check, then two syscalls: the window for an outside write is microseconds.
            do { try beforeCommit() } catch { throw Failure(reason: "\(error)", cause: error) }
            if exists && keepBackup { retired = try backUp(path) }
            guard rename(temp, path) == 0 else { throw Failure(reason: "cannot replace \(path): \(errnoText())") }
            committed = true
        }
        syncFolder(folder)
        return retired
    }

    /// The replacement keeps the old file's owner, group and mode (umask would narrow 0664 to
    /// 0644; a save by root would make the file root's). Owner and group only where permitted:
    /// an ordinary user cannot give a file away, and then keeps at least the group if allowed.
    private static func keepOwnerAndMode(of existing: stat, on fd: Int32) {
        if fchown(fd, existing.st_uid, existing.st_gid) != 0 {
            _ = fchown(fd, uid_t.max, existing.st_gid)
        }
        // After chown, which may clear set-id bits.
        _ = fchmod(fd, existing.st_mode & 0o7777)
    }

    /// Points `path.bak` at the current file (a hard link: no copy, and atomic via rename).
    /// Returns the file the backup named before, kept open so that replacing it does not free it.
    private static func backUp(_ path: String) throws(Failure) -> RetiredFile? {
        let backup = path + ".bak"
        let staging = backup + ".tmp-" + unpredictableSuffix()
        let retired = RetiredFile(opening: backup)
        if link(path, staging) != 0 {
            // Some file systems have no hard links; fall back to a copy.
            guard let data = FileManager.default.contents(atPath: path) else { return retired }
            let fd = open(staging, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return retired }
            defer { close(fd) }
            do { try writeAll(fd, data) } catch {
                unlink(staging)
                throw error
            }
            fsync(fd)
        }
        // rename(2) between two names of one file (a `.bak` left linked to the ledger by a save
        // killed before its rename) succeeds and does nothing, so the staging name is removed
        // either way; after an ordinary rename it is already gone.
        _ = rename(staging, backup)
        unlink(staging)
        return retired
    }

    /// A name part no other process can guess ahead of time.
    private static func unpredictableSuffix() -> String {
        "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    /// Removes temp files a killed save left beside `path`. Only safe while holding its lock.
    static func removeLeftovers(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix("." + name + ".tmp-") || entry.hasPrefix(name + ".bak.tmp-") {
            unlink(folder + "/" + entry)
        }
    }

    private static func writeAll(_ fd: Int32, _ data: Data) throws(Failure) {
        let result: Int = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                offset += n
            }
            return offset
        }
        if result < 0 { throw Failure(reason: "write failed: \(errnoText())") }
    }

    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// A file replaced in its folder but still open: its blocks are freed when this is let go of.
final class RetiredFile: Sendable {
    private let fd: Int32

    /// Nil when there is no regular file at `path`.
    init?(opening path: String) {
        // Non-blocking: a FIFO planted under that name must not hang the save.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.fd = fd
    }

    deinit { close(fd) }
}

/// Where a ledger really is: a symlink is resolved once, so the lock, the fingerprint and the
/// save all concern the file it points to, and the link itself is never replaced.
public enum LedgerFile {
    /// The file a symlink at `path` points to (through any chain of links); `path` unchanged
    /// when it is not a symlink, so messages keep naming the file as the user did.
    public static func resolved(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
            let real = realpath(path, nil)
        else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
