import Foundation
import Glibc
import Model

/// Everything the command line prints can carry text from a ledger file: names, notes, dates,
/// the values quoted in error messages. Nothing in it may drive the terminal (retitle it, write
/// the clipboard through OSC 52, clear the screen), so:
/// - standard output is made visible (`TerminalSafeText`) when it is a terminal; piped or
///   redirected it stays exact (JSON escapes control characters itself; Markdown and CSV never
///   contain raw ones);
/// - messages on standard error are made visible always.
enum TerminalOutput {
    static let stdoutIsTerminal = isatty(1) == 1

    static func forStdout(_ text: String) -> String {
        stdoutIsTerminal ? TerminalSafeText.visible(text, keepingLineBreaks: true) : text
    }

    static func forMessage(_ text: String) -> String {
        TerminalSafeText.visible(text, keepingLineBreaks: true)
    }
}

/// This module's `print` goes through `TerminalOutput`, so no command can forget to: every
/// `print` in the command-line target resolves to this one, not `Swift.print`.
func print(_ text: String, terminator: String = "\n") {
    Swift.print(TerminalOutput.forStdout(text), terminator: terminator)
}

/// Prints text that a writer hands over in pieces of UTF-8 (the JSON report, which escapes
/// control characters itself): to a file or a pipe piece by piece as it comes, never held whole;
/// to a terminal whole and made visible, as `print` does.
func printPieces(_ write: (_ piece: (UnsafeRawBufferPointer) -> Void) -> Void) {
    guard TerminalOutput.stdoutIsTerminal else {
        write { FileHandle.standardOutput.write(Data($0)) }
        return
    }
    var whole: [UInt8] = []
    write { whole.append(contentsOf: $0) }
    print(String(decoding: whole, as: UTF8.self), terminator: "")
}

/// Writes one message line to standard error, made visible.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalOutput.forMessage(message) + "\n").utf8))
}

/// An error the command line reports as one plain line on stderr (made visible: it often
/// quotes a value from the file).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = TerminalOutput.forMessage(description) }
}
