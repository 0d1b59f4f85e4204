/// Reads `run:`/`script:` shell text for image builds, pushes and buildx use. The text is only
/// split into words: nothing in it is run or expanded.
struct RunLines {
    struct Found {
        var builds: [ImageBuild] = []
        /// `docker push IMAGE` lines, in order.
        var pushes: [(image: String, line: Int)] = []
        var usesBuildx = false
    }

    /// Flags of `docker build` that take a value.
    private static let valueFlags: Set<String> = [
        "-f", "--file", "-t", "--tag", "--platform", "--build-arg", "--cache-from", "--cache-to", "--target",
        "--label", "--secret", "--ssh", "-o", "--output", "--progress", "--network", "--builder", "--iidfile",
        "--metadata-file", "--build-context", "--add-host", "--allow", "--annotation", "--attest", "--cgroup-parent",
        "--shm-size", "--ulimit", "--provenance", "--sbom", "-m", "--memory", "--cpu-shares", "--isolation", "--call",
    ]
    private static let composeValueFlags: Set<String> = [
        "-f", "--file", "-p", "--project-name", "--env-file", "--profile", "--project-directory", "--progress",
    ]

    /// `text` is one `run:` value (already resolved for `${{ }}` expressions); `firstLine` is the
    /// file line its first line is on.
    static func read(_ text: String, file: String, firstLine: Int) -> Found {
        var found = Found()
        for (offset, line) in logicalLines(text) {
            let lineNumber = firstLine + offset
            let words = ShellWords.split(PartialText.markShellVariables(line), escape: "\\")
            for command in commands(words) {
                read(command, file: file, line: lineNumber, into: &found)
            }
        }
        return found
    }

    /// Lines with `\` continuations joined, each with its offset from the first line.
    static func logicalLines(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var current = ""
        var start = 0
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if current.isEmpty { start = i }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("\\") {
                current += String(trimmed.dropLast()) + " "
            } else {
                current += line
                result.append((start, current))
                current = ""
            }
        }
        if !current.isEmpty { result.append((start, current)) }
        return result
    }

    /// Words grouped into commands at `&&`, `||`, `;` and `|`.
    static func commands(_ words: [String]) -> [[String]] {
        var commands: [[String]] = [[]]
        for word in words {
            if ["&&", "||", ";", "|", "&"].contains(word) {
                commands.append([])
                continue
            }
            if word.hasSuffix(";") {
                commands[commands.count - 1].append(String(word.dropLast()))
                commands.append([])
                continue
            }
            commands[commands.count - 1].append(word)
        }
        return commands.filter { !$0.isEmpty }
    }

    private static func read(_ words: [String], file: String, line: Int, into found: inout Found) {
        guard let dockerIndex = words.firstIndex(where: { $0 == "docker" || $0.hasSuffix("/docker") }) else { return }
        let rest = Array(words[(dockerIndex + 1)...])
        guard let sub = rest.first else { return }
        if rest.contains("buildx") { found.usesBuildx = true }
        let location = SourceLocation(file, line: line)
        switch sub {
        case "build":
            found.builds.append(build(Array(rest.dropFirst()), location: location, kind: .runLine))
        case "buildx" where rest.count > 1 && rest[1] == "build":
            found.builds.append(build(Array(rest.dropFirst(2)), location: location, kind: .runLine))
        case "compose":
            var i = 1
            while i < rest.count, rest[i].hasPrefix("-") {
                i += composeValueFlags.contains(rest[i]) ? 2 : 1
            }
            if i < rest.count, rest[i] == "build" {
                var b = ImageBuild(kind: .runLine, location: location)
                b.pushes = rest[(i + 1)...].contains("--push")
                found.builds.append(b)
            }
        case "push":
            if let image = rest.dropFirst().first(where: { !$0.hasPrefix("-") }) { found.pushes.append((image, line)) }
        default:
            break
        }
    }

    private static func build(_ arguments: [String], location: SourceLocation, kind: ImageBuild.Kind) -> ImageBuild {
        var build = ImageBuild(kind: kind, location: location)
        var positional: [String] = []
        var i = 0
        while i < arguments.count {
            var flag = arguments[i]
            var value: String?
            if flag.hasPrefix("--"), let eq = flag.firstIndex(of: "=") {
                value = String(flag[flag.index(after: eq)...])
                flag = String(flag[..<eq])
            } else if valueFlags.contains(flag), i + 1 < arguments.count {
                value = arguments[i + 1]
                i += 1
            }
            i += 1
            guard flag.hasPrefix("-") else {
                positional.append(flag)
                continue
            }
            switch (flag, value) {
            case ("-f", let v?), ("--file", let v?):
                build.namesDockerfile = true
                build.dockerfile = RepositoryPath.normalize(v)
            case ("-t", let v?), ("--tag", let v?): build.tags.append(v)
            case ("--platform", let v?): build.platforms += PartialText.splitList(v).filter(PartialText.isLiteral)
            case ("--push", _): build.pushes = true
            case ("-o", let v?), ("--output", let v?):
                if v.contains("push=true") || v.contains("type=registry") { build.pushes = true }
            case ("--cache-from", let v?), ("--cache-to", let v?):
                if v.contains("type=gha") { build.ghaCache = true }
            default: break
            }
        }
        build.context = positional.first.flatMap(RepositoryPath.normalize)
        if positional.first == nil { build.context = nil }
        return build
    }
}
