import Foundation

/// Runs git for the features that read a ledger's history or a merge's index stages. git is an
/// outside program, so every failure is an error carrying git's own message.
public struct Git: Sendable {
    /// The folder git runs in (git finds the repository from there).
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// The folder of a file, for running git next to it.
    public init(beside file: String) {
        let folder = (file as NSString).deletingLastPathComponent
        self.folder = folder.isEmpty ? "." : folder
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `git ARGS` and returns its standard output; a non-zero exit is a failure naming the
    /// command and git's message.
    @discardableResult
    public func run(_ arguments: [String], input: Data? = nil) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inPipe = input.map { _ in Pipe() }
        process.standardInput = inPipe ?? FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        if let inPipe, let input {
            // Write from another thread: git may fill its output pipe before it has read all input.
            let writer = inPipe.fileHandleForWriting
            Thread.detachNewThread {
                writer.write(input)
                try? writer.close()
            }
        }
        // stderr is drained on another thread so neither pipe can fill up and stall git.
        let errorOutput = DataBox()
        let done = DispatchSemaphore(value: 0)
        let errorHandle = err.fileHandleForReading
        Thread.detachNewThread {
            errorOutput.data = errorHandle.readDataToEndOfFile()
            done.signal()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorOutput.data, as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            throw Failure(
                description:
                    "git \(arguments.joined(separator: " ")): \(message.isEmpty ? "exit \(process.terminationStatus)" : message)"
            )
        }
        return output
    }

    public func text(_ arguments: [String]) throws(Failure) -> String {
        String(decoding: try run(arguments), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the folder is inside a git work tree.
    public var isRepository: Bool { (try? text(["rev-parse", "--is-inside-work-tree"])) == "true" }

    /// The top folder of the work tree.
    public func topLevel() throws(Failure) -> String { try text(["rev-parse", "--show-toplevel"]) }

    /// A file's contents at a revision (`HEAD`, `main~2`) or index stage (`:1`), the path
    /// relative to `folder`.
    public func show(_ revision: String, _ path: String) throws(Failure) -> Data {
        try run(["show", "\(revision):./\(path)"])
    }
}

/// Output one thread fills and another reads after waiting on a semaphore.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
