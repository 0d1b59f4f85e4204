#if canImport(Glibc)
    import Glibc
#endif

/// Where a save streams its bytes: a buffer in front of a file descriptor, so a big ledger is
/// written in pieces and never held whole in memory. Ranges of the previous version of the
/// file can be copied in by the kernel (`copy(_:from:)`, sendfile) without passing through this process.
final class FileSink {
    struct Failure: Error {
        let reason: String
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes handed to the sink so far: the offset in the file of the next byte.
    private(set) var offset = 0
    /// Where the bytes not yet handed to the disk's writeback start (`WritebackHints`).
    private var writebackFrom = 0
    private static let bufferSize = 1 << 20
    /// Written bytes are sent on to the disk in pieces of this size while the rest is written,
    /// and the kernel's copy goes in pieces of this size too, so each piece is sent on at once.
    private static let writebackPiece = 8 << 20

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(Self.bufferSize)
    }

    func append(_ bytes: [UInt8]) throws(Failure) {
        offset += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends `range` of the file open as `source`. A big range is copied inside the kernel
    /// (sendfile); a small one is read into the buffer, saving a system call per piece.
    func copy(_ range: Range<Int>, from source: Int32) throws(Failure) {
        if range.count < 64 * 1024 {
            try readIntoBuffer(range, from: source)
            return
        }
        try flush()
        var from = off_t(range.lowerBound)
        var left = range.count
        while left > 0 {
            let n = sendfile(fd, source, &from, min(left, Self.writebackPiece))
            if n > 0 {
                left -= n
                offset += n
                startWriteback()
                continue
            }
            if n < 0 && errno == EINTR { continue }
            // Not supported here (another file system, an old kernel): read and write instead.
            if n < 0 && [ENOSYS, EXDEV, EINVAL, EOPNOTSUPP, EBADF].contains(errno) {
                let start = Int(from)
                try readIntoBuffer(start..<start + left, from: source)
                return
            }
            throw Failure(reason: n == 0 ? "the previous file is shorter than expected" : "copy failed: \(errnoText())")
        }
    }

    private func readIntoBuffer(_ range: Range<Int>, from source: Int32) throws(Failure) {
        var position = range.lowerBound
        while position < range.upperBound {
            let chunk = min(range.upperBound - position, Self.bufferSize)
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let n = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress! + old, chunk, off_t(position)) }
            if n < 0 && errno == EINTR {
                buffer.removeLast(chunk)
                continue
            }
            guard n > 0 else {
                buffer.removeLast(chunk)
                throw Failure(
                    reason: n == 0 ? "the previous file is shorter than expected" : "read failed: \(errnoText())")
            }
            buffer.removeLast(chunk - n)
            position += n
            offset += n
            if buffer.count >= Self.bufferSize { try flush() }
        }
    }

    /// Writes out what the buffer holds.
    func flush() throws(Failure) {
        var written = 0
        let failed: Bool = buffer.withUnsafeBytes { bytes in
            while written < bytes.count {
                let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                written += n
            }
            return false
        }
        if failed { throw Failure(reason: "write failed: \(errnoText())") }
        buffer.removeAll(keepingCapacity: true)
        startWriteback()
    }

    /// Hands what was written since the last time to the disk's writeback once it is a piece's
    /// worth, so the final fsync has little left to wait for.
    private func startWriteback() {
        let written = offset - buffer.count
        guard written - writebackFrom >= Self.writebackPiece else { return }
        WritebackHints.startWriteback(writebackFrom..<written, of: fd)
        writebackFrom = written
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }
}
