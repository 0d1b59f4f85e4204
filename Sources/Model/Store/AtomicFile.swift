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
    }

    /// - exclusive: fail if `path` exists (for `init`), decided atomically by link(2).
    /// - beforeCommit: a test seam that runs after the temp file is written, before the rename.
    static func write(_ data: Data, to path: String, keepBackup: Bool = true, exclusive: Bool = false,
                      beforeCommit: () throws -> Void = {}) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var existing = stat()
        let exists = stat(path, &existing) == 0
        let mode = exists ? existing.st_mode & 0o7777 : 0o644

        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw Failure(reason: "cannot create a temporary file in \(folder): \(errnoText())") }
        var committed = false
        defer {
            if !committed { unlink(temp) }
        }
        do {
            defer { close(fd) }
            try writeAll(fd, data)
            guard fsync(fd) == 0 else { throw Failure(reason: "fsync failed: \(errnoText())") }
        }
        do { try beforeCommit() } catch { throw Failure(reason: "\(error)") }

        if exclusive {
            // link(2) fails if the target exists: no window where another writer's file is replaced.
            guard link(temp, path) == 0 else {
                throw Failure(reason: errno == EEXIST ? "\(path) already exists" : "cannot create \(path): \(errnoText())")
            }
            unlink(temp)
            committed = true
        } else {
            if exists && keepBackup { try backUp(path) }
            guard rename(temp, path) == 0 else { throw Failure(reason: "cannot replace \(path): \(errnoText())") }
            committed = true
        }
        syncFolder(folder)
    }

    /// Points `path.bak` at the current file (a hard link: no copy, and atomic via rename).
    private static func backUp(_ path: String) throws(Failure) {
        let backup = path + ".bak"
        let staging = backup + ".tmp-\(getpid())"
        unlink(staging)
        if link(path, staging) != 0 {
            // Some file systems have no hard links; fall back to a copy.
            guard let data = FileManager.default.contents(atPath: path) else { return }
            let fd = open(staging, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return }
            defer { close(fd) }
            try writeAll(fd, data)
            fsync(fd)
        }
        if rename(staging, backup) != 0 { unlink(staging) }
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
