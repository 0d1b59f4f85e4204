import Foundation

/// A throwaway git repository holding a copy of the demo ledger, with the built dockledger on
/// PATH so git can run it as the merge driver.
struct GitSandbox {
    let folder: String
    var ledger: String { folder + "/ledger.json" }

    init() throws {
        folder = CLI.temporaryFolder()
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Test")
        try git("config", "user.email", "test@example.com")
        try FileManager.default.copyItem(atPath: CLI.demoLedger, toPath: ledger)
        try Data("*.bak\n*.lock\n".utf8).write(to: URL(fileURLWithPath: folder + "/.gitignore"))
        try commit("base", date: "2026-11-01T12:00:00Z")
    }

    /// Runs git in the repository; a failure throws unless `allowFailure`.
    @discardableResult
    func git(_ arguments: String..., allowFailure: Bool = false, date: String? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            CLI.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = CLIResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
        if result.status != 0 && !allowFailure {
            throw SandboxError(description: "git \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result
    }

    func commit(_ message: String, date: String = "2026-11-02T12:00:00Z") throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message, date: date)
    }

    /// Runs dockledger in the repository.
    @discardableResult
    func dockledger(_ arguments: String...) throws -> CLIResult {
        try CLI.run(arguments, in: folder)
    }

    func ledgerJSON() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ledger))) as! [String: Any]
    }
}

struct SandboxError: Error, CustomStringConvertible {
    let description: String
}
