/// The instruction words a Dockerfile may use. Matched case-insensitively, as BuildKit does;
/// a word this program does not know is kept as `other` so nothing is lost.
public enum DockerfileKeyword: Equatable, Sendable {
    case from, arg, env, user, healthcheck, copy, add, run, cmd, entrypoint, onbuild, shell, workdir, expose, label,
        volume, stopsignal, maintainer
    case other(String)

    init(_ word: String) {
        switch word.lowercased() {
        case "from": self = .from
        case "arg": self = .arg
        case "env": self = .env
        case "user": self = .user
        case "healthcheck": self = .healthcheck
        case "copy": self = .copy
        case "add": self = .add
        case "run": self = .run
        case "cmd": self = .cmd
        case "entrypoint": self = .entrypoint
        case "onbuild": self = .onbuild
        case "shell": self = .shell
        case "workdir": self = .workdir
        case "expose": self = .expose
        case "label": self = .label
        case "volume": self = .volume
        case "stopsignal": self = .stopsignal
        case "maintainer": self = .maintainer
        default: self = .other(word.lowercased())
        }
    }

    /// BuildKit reads heredocs only for these (and only in shell form).
    var takesHeredocs: Bool { self == .run || self == .copy || self == .add }
}

/// A here-document attached to an instruction (`<<EOF` ... `EOF`).
public struct DockerfileHeredoc: Equatable, Sendable {
    public let name: String
    /// `<<-EOF`: leading tabs are stripped from the body and the terminator.
    public let stripsTabs: Bool
    /// `<<"EOF"` / `<<'EOF'`: the body is not expanded.
    public let quoted: Bool
    public let content: String
}

/// One logical instruction: continuation lines joined, comment lines inside it dropped,
/// heredoc bodies attached instead of being read as instructions.
public struct DockerfileInstruction: Equatable, Sendable {
    public let keyword: DockerfileKeyword
    /// Everything after the keyword, continuations joined, leading/trailing blanks trimmed.
    public let arguments: String
    /// 1-based line of the instruction's first line.
    public let line: Int
    public let heredocs: [DockerfileHeredoc]
}

/// The parsed syntax of a Dockerfile: its parser directives and its instructions in order.
public struct DockerfileSyntax: Equatable, Sendable {
    /// Lower-cased directive name (`escape`, `syntax`, `check`) → value.
    public let directives: [String: String]
    /// `\` unless an `# escape=` directive says a backtick.
    public let escape: Character
    public let instructions: [DockerfileInstruction]
}
