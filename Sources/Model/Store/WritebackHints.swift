#if canImport(Glibc)
    import Glibc
#endif

/// Two Linux calls that make writing a big file and waiting for it cheaper, looked up at run
/// time because the Glibc module does not export them; where one is missing (another system),
/// it does nothing and the file is written exactly as it would be without it. Neither changes
/// what a crash leaves behind: the file is still only used after its fsync.
enum WritebackHints {
    private typealias Preallocate = @convention(c) (Int32, Int32, Int64, Int64) -> Int32
    private typealias SyncRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32

    private static let preallocate: Preallocate? = symbol("fallocate64").map {
        unsafeBitCast($0, to: Preallocate.self)
    }
    private static let syncRange: SyncRange? = symbol("sync_file_range").map { unsafeBitCast($0, to: SyncRange.self) }
    /// `SYNC_FILE_RANGE_WRITE`: start writing the range's dirty pages out, without waiting.
    private static let startWriting: UInt32 = 2

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let libc = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(libc, name)
    }

    /// Reserves `bytes` for the file open as `fd` in one piece (fallocate), so the file system
    /// does not find room for it a page at a time while it is written: about a quarter less
    /// CPU for writing 95 MB on ext4. The file's size becomes `bytes`; the writer truncates it
    /// to what it wrote, whether this succeeded or not (a file system may not support it, and
    /// one that runs out of space part way may have grown the file anyway).
    static func reserve(_ bytes: Int, for fd: Int32) {
        guard bytes > 0, let preallocate else { return }
        _ = preallocate(fd, 0, 0, Int64(bytes))
    }

    /// Starts writing `range` of the file open as `fd` to the disk now, in the background, so
    /// the fsync at the end waits for the last piece only instead of the whole file.
    static func startWriteback(_ range: Range<Int>, of fd: Int32) {
        guard !range.isEmpty, let syncRange else { return }
        _ = syncRange(fd, Int64(range.lowerBound), Int64(range.count), startWriting)
    }
}
