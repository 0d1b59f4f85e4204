import Foundation
import Glibc

/// Runs a program and waits for it, with stdin from /dev/null and output in temporary files.
/// Plain posix_spawn + waitpid: a tmux server started by the child inherits no pipe of ours,
/// so nothing waits for it to close one.
enum Spawn {
    struct Result {
        let status: Int32
        let out: String
        let err: String
    }

    static func run(
        _ argv: [String], in folder: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result {
        let tmp = FileManager.default.temporaryDirectory.path
        let outPath = "\(tmp)/dl-spawn-\(getpid())-\(UUID().uuidString).out"
        let errPath = outPath + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The shell changes folder, then becomes the program.
        let full = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder] + argv
        let cArgs = full.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        // Default signal handling and no blocked signals, whatever the test runner set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArgs, cEnv) == 0 else {
            return Result(status: -1, out: "", err: "spawn failed")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: exitStatus, out: read(outPath), err: read(errPath))
    }
}
