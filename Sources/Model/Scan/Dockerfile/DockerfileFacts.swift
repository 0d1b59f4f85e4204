/// A value read from a file and the line it was read on.
public struct LineFinding<Value: Equatable & Sendable>: Equatable, Sendable {
    public let value: Value
    public let line: Int
    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

/// The facts a production Dockerfile states about its image. nil means the file does not say.
public struct DockerfileFacts: Equatable, Sendable {
    public var multiStage: LineFinding<Bool>?
    public var baseImage: LineFinding<String>?
    public var minimalBase: LineFinding<Bool>?
    public var nonRoot: LineFinding<Bool>?
    public var healthcheck: LineFinding<Bool>?
    public var secretsFree: LineFinding<Bool>?

    public init(_ dockerfile: Dockerfile) {
        guard let final = dockerfile.finalStage else { return }
        let fromLines = dockerfile.stages.map(\.line)
        multiStage = LineFinding(fromLines.count > 1, line: fromLines.count > 1 ? fromLines[1] : fromLines[0])
        let root = Self.rootImage(of: final, in: dockerfile)
        if let root {
            baseImage = LineFinding(root.value, line: root.line)
            minimalBase = LineFinding(ImageReference(root.value).isMinimal, line: root.line)
        }
        nonRoot = Self.nonRoot(final, in: dockerfile, root: root)
        healthcheck = Self.healthcheck(final, in: dockerfile) ?? LineFinding(false, line: final.line)
        secretsFree = Self.secretsFree(dockerfile)
    }

    /// The image the stage finally builds on, following earlier stages; the line of that `FROM`.
    static func rootImage(of stage: Dockerfile.Stage, in dockerfile: Dockerfile) -> LineFinding<String>? {
        var stage = stage
        for _ in 0...dockerfile.stages.count {
            switch stage.base {
            case .image(let image): return LineFinding(image, line: stage.line)
            case .unknown: return nil
            case .stage(let index): stage = dockerfile.stages[index]
            }
        }
        return nil
    }

    /// The stage and its ancestors, nearest first.
    static func lineage(of stage: Dockerfile.Stage, in dockerfile: Dockerfile) -> [Dockerfile.Stage] {
        var chain = [stage]
        var current = stage
        while case .stage(let index) = current.base, index < current.index, chain.count <= dockerfile.stages.count {
            current = dockerfile.stages[index]
            chain.append(current)
        }
        return chain
    }

    /// The variables a stage's instruction sees: ENV inherited from parent stages, the stage's
    /// own ARGs (a bare `ARG NAME` takes the global default) and ENVs before `line`.
    static func variables(before line: Int, in stage: Dockerfile.Stage, of dockerfile: Dockerfile) -> [String: String] {
        let globals = Dictionary(
            dockerfile.globalArguments.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        var values: [String: String] = [:]
        for ancestor in lineage(of: stage, in: dockerfile).reversed() {
            let inherited = values
            values = [:]
            for (name, value) in inherited { values[name] = value }
            for instruction in ancestor.instructions where ancestor.index != stage.index || instruction.line < line {
                switch instruction.keyword {
                case .arg:
                    for word in ShellWords.split(instruction.arguments, escape: dockerfile.syntax.escape) {
                        let (name, defaultText) = Dockerfile.splitAssignment(word)
                        if let defaultText {
                            let e = VariableExpansion.expand(defaultText, values)
                            values[name] = e.unresolved ? nil : e.text
                        } else if let global = globals[name] {
                            values[name] = global
                        }
                    }
                case .env:
                    for (name, text) in Dockerfile.environmentPairs(
                        instruction.arguments, escape: dockerfile.syntax.escape)
                    {
                        let e = VariableExpansion.expand(text, values)
                        values[name] = e.unresolved ? nil : e.text
                    }
                default: break
                }
            }
        }
        return values
    }

    static func nonRoot(_ final: Dockerfile.Stage, in dockerfile: Dockerfile, root: LineFinding<String>?)
        -> LineFinding<Bool>?
    {
        for stage in lineage(of: final, in: dockerfile) {
            guard let user = stage.instructions.last(where: { $0.keyword == .user }) else { continue }
            let words = ShellWords.split(user.arguments, escape: dockerfile.syntax.escape)
            let expansion = VariableExpansion.expand(
                words.first ?? "", variables(before: user.line, in: stage, of: dockerfile))
            if expansion.unresolved { return nil }
            let name =
                expansion.text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(
                    String.init) ?? ""
            return LineFinding(!name.isEmpty && name != "root" && name != "0", line: user.line)
        }
        guard let root else { return nil }
        return LineFinding(ImageReference(root.value).isNonRootByDefault, line: root.line)
    }

    /// The effective HEALTHCHECK: true for CMD, false for NONE; nil when no stage sets one.
    static func healthcheck(_ final: Dockerfile.Stage, in dockerfile: Dockerfile) -> LineFinding<Bool>? {
        for stage in lineage(of: final, in: dockerfile) {
            guard let check = stage.instructions.last(where: { $0.keyword == .healthcheck }) else { continue }
            let words = ShellWords.split(check.arguments, escape: dockerfile.syntax.escape).filter {
                !$0.hasPrefix("--")
            }
            return LineFinding(words.first?.uppercased() == "CMD", line: check.line)
        }
        return nil
    }

    private static let secretWords = [
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY",
    ]

    static func isSecretName(_ name: String) -> Bool {
        let upper = name.uppercased()
        return secretWords.contains { upper.contains($0) }
    }

    static func isSecretFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name == ".env" || name == "id_rsa" || name == "id_ed25519" || name.hasSuffix(".pem")
            || name.hasSuffix(".key")
    }

    /// false at the first secret-looking ENV value, ARG default or copied key file; else true.
    static func secretsFree(_ dockerfile: Dockerfile) -> LineFinding<Bool> {
        for argument in dockerfile.globalArguments where isSecretName(argument.name) {
            if let text = argument.defaultText, VariableExpansion.expand(text, [:]).hasLiteral {
                return LineFinding(false, line: argument.line)
            }
        }
        let escape = dockerfile.syntax.escape
        for stage in dockerfile.stages {
            for instruction in stage.instructions {
                switch instruction.keyword {
                case .env:
                    if Dockerfile.environmentPairs(instruction.arguments, escape: escape).contains(where: {
                        isSecretName($0.0) && !$0.1.isEmpty
                    }) {
                        return LineFinding(false, line: instruction.line)
                    }
                case .arg:
                    let leaks = Dockerfile.arguments(of: instruction, escape: escape, values: [:]).contains {
                        isSecretName($0.name)
                            && $0.defaultText.map { VariableExpansion.expand($0, [:]).hasLiteral } == true
                    }
                    if leaks { return LineFinding(false, line: instruction.line) }
                case .copy, .add:
                    if copiedSources(instruction, escape: escape).contains(where: isSecretFile) {
                        return LineFinding(false, line: instruction.line)
                    }
                default: break
                }
            }
        }
        return LineFinding(true, line: dockerfile.stages.first?.line ?? 1)
    }

    /// The source paths of a COPY/ADD (flags, heredoc markers and the destination left out).
    static func copiedSources(_ instruction: DockerfileInstruction, escape: Character) -> [String] {
        var words: [String]
        var rest = Substring(instruction.arguments)
        while rest.hasPrefix("--") {
            rest = rest.drop { $0 != " " && $0 != "\t" }.trimmingBlanks()
        }
        if DockerfileLexer.isJSONForm(String(rest)), case .array(let items)? = try? JSONParser.parse(String(rest)) {
            words = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        } else {
            words = ShellWords.split(instruction.arguments, escape: escape).filter { !$0.hasPrefix("--") }
        }
        guard words.count >= 2 else { return [] }
        words.removeLast()
        return words.filter { !$0.hasPrefix("<<") }
    }
}
