/// A Dockerfile read into build stages: the global `ARG`s before the first `FROM`, then one stage
/// per `FROM` with its instructions. `ONBUILD` instructions belong to images built later from
/// this one, so they are left out of the stage.
public struct Dockerfile: Equatable, Sendable {
    public struct Argument: Equatable, Sendable {
        public let name: String
        /// The default as written (`ARG A=text`), nil for `ARG A`.
        public let defaultText: String?
        /// The default after substituting earlier arguments; nil when there is none or it needs a
        /// value nobody gave (`ARG U=${U}`).
        public let value: String?
        public let line: Int
    }

    /// What a stage builds on.
    public enum Base: Equatable, Sendable {
        case image(String)
        /// An earlier stage, by its index.
        case stage(Int)
        /// A reference whose value is not known (an `ARG` without a default).
        case unknown
    }

    public struct Stage: Equatable, Sendable {
        public let index: Int
        /// Lower-cased, as BuildKit matches stage names.
        public let name: String?
        public let base: Base
        /// The `FROM` line.
        public let line: Int
        public let instructions: [DockerfileInstruction]
    }

    public let syntax: DockerfileSyntax
    public let globalArguments: [Argument]
    public let stages: [Stage]

    public init(_ text: String) { self.init(syntax: DockerfileLexer.parse(text)) }

    public init(syntax: DockerfileSyntax) {
        self.syntax = syntax
        var globals: [Argument] = []
        var globalValues: [String: String] = [:]
        var stages: [Stage] = []
        var current: (name: String?, base: Base, line: Int, instructions: [DockerfileInstruction])?
        func close() {
            if let c = current {
                stages.append(
                    Stage(index: stages.count, name: c.name, base: c.base, line: c.line, instructions: c.instructions))
            }
        }
        for instruction in syntax.instructions {
            switch instruction.keyword {
            case .from:
                close()
                let (reference, name) = Self.fromParts(instruction.arguments, escape: syntax.escape)
                let base = Self.base(of: reference, globals: globalValues, stages: stages)
                current = (name, base, instruction.line, [])
            case .onbuild:
                continue
            case .arg where current == nil:
                for argument in Self.arguments(of: instruction, escape: syntax.escape, values: globalValues) {
                    globals.append(argument)
                    if let value = argument.value {
                        globalValues[argument.name] = value
                    } else {
                        globalValues[argument.name] = nil
                    }
                }
            default:
                current?.instructions.append(instruction)
            }
        }
        close()
        self.globalArguments = globals
        self.stages = stages
    }

    public var finalStage: Stage? { stages.last }

    /// `FROM [--flag=v]... IMAGE [AS name]` → the image reference and the lower-cased name.
    static func fromParts(_ arguments: String, escape: Character) -> (String, String?) {
        let words = ShellWords.split(arguments, escape: escape).filter { !$0.hasPrefix("--") }
        guard let reference = words.first else { return ("", nil) }
        if words.count >= 3, words[1].lowercased() == "as" { return (reference, words[2].lowercased()) }
        return (reference, nil)
    }

    static func base(of reference: String, globals: [String: String], stages: [Stage]) -> Base {
        let expansion = VariableExpansion.expand(reference, globals)
        let text = expansion.text
        if expansion.unresolved || text.isEmpty { return .unknown }
        if let stage = stages.last(where: { $0.name == text.lowercased() }) { return .stage(stage.index) }
        if let index = Int(text), index >= 0, index < stages.count { return .stage(index) }
        return .image(text)
    }

    /// The declarations of one `ARG` line (`ARG A=1 B C="x y"`), defaults substituted with `values`.
    static func arguments(of instruction: DockerfileInstruction, escape: Character, values: [String: String])
        -> [Argument]
    {
        var values = values
        var result: [Argument] = []
        for word in ShellWords.split(instruction.arguments, escape: escape) {
            let (name, defaultText) = splitAssignment(word)
            guard !name.isEmpty else { continue }
            var value: String?
            if let defaultText {
                let expansion = VariableExpansion.expand(defaultText, values)
                value = expansion.unresolved ? nil : expansion.text
            }
            values[name] = value
            result.append(Argument(name: name, defaultText: defaultText, value: value, line: instruction.line))
        }
        return result
    }

    /// `NAME=value` → (NAME, value); `NAME` → (NAME, nil).
    static func splitAssignment(_ word: String) -> (String, String?) {
        guard let eq = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<eq]), String(word[word.index(after: eq)...]))
    }

    /// `ENV A=1 B=2` or the old `ENV A 1 2` form → (name, value text) pairs.
    static func environmentPairs(_ arguments: String, escape: Character) -> [(String, String)] {
        let words = ShellWords.split(arguments, escape: escape)
        guard let first = words.first else { return [] }
        if !first.contains("=") {
            return [(first, words.dropFirst().joined(separator: " "))]
        }
        return words.compactMap { word in
            let (name, value) = splitAssignment(word)
            return name.isEmpty ? nil : (name, value ?? "")
        }
    }
}
