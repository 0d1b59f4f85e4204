import Foundation

/// What one run of a program cost, from `wait4`: wall time as the parent saw it, the child's own
/// CPU time (user + system) and its peak resident memory.
struct ChildCost {
    /// When the child was spawned, on the monotonic clock (nanoseconds), for figures the child
    /// stamps itself (the dashboard probe's first frame).
    let spawnedAt: UInt64
    let wallSeconds: Double
    let cpuSeconds: Double
    let maxResidentKiB: Int
}

struct ChildFailure: Error, CustomStringConvertible {
    let description: String
}

/// The monotonic clock in nanoseconds; the same clock in every process, so a child's stamp can be
/// compared with the moment its parent spawned it.
func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

/// Runs `executable` (a path, or a name looked up in PATH) with stdout and stderr sent to files,
/// and waits for it with `wait4`, whose rusage is this child's alone. Throws, with the end of its
/// stderr, when it does not exit 0.
func runChild(_ executable: String, _ arguments: [String], stdout: String, stderr: String) throws -> ChildCost {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = monotonicNanoseconds()
    let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else {
        throw ChildFailure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
        guard errno == EINTR else { throw ChildFailure(description: "wait4 failed for \(executable)") }
    }
    let wall = Double(monotonicNanoseconds() - start) / 1e9
    let exitedNormally = status & 0x7f == 0
    let code = (status >> 8) & 0xff
    guard exitedNormally, code == 0 else {
        let text = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
        let how = exitedNormally ? "exit \(code)" : "signal \(status & 0x7f)"
        throw ChildFailure(
            description: "\(([executable] + arguments).joined(separator: " ")) failed (\(how)): \(text.suffix(600))")
    }
    return ChildCost(
        spawnedAt: start, wallSeconds: wall, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        maxResidentKiB: usage.ru_maxrss)
}

func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
