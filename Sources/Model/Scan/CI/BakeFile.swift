import Foundation

/// The targets of a `docker buildx bake` file (HCL or JSON), read for what scan needs: each
/// target's Dockerfile and context, platforms, tags and cache entries. HCL variables and
/// functions are not evaluated: `${...}` inside a string is an unknown part.
struct BakeFile {
    struct Target {
        var name: String
        var line: Int
        var dockerfile: String?
        var context: String?
        var platforms: [String] = []
        var tags: [String] = []
        var cacheEntries: [String] = []
    }

    var targets: [Target] = []

    init(text: String, isJSON: Bool) {
        targets = isJSON ? Self.jsonTargets(text) : Self.hclTargets(text)
    }

    private static func jsonTargets(_ text: String) -> [Target] {
        guard case .object(let root)? = try? JSONParser.parse(text), case .object(let targets)? = root["target"] else {
            return []
        }
        return targets.keys.sorted().compactMap { name in
            guard case .object(let t)? = targets[name] else { return nil }
            func strings(_ key: String) -> [String] {
                switch t[key] {
                case .string(let s)?: [s]
                case .array(let items)?: items.compactMap { if case .string(let s) = $0 { s } else { nil } }
                default: []
                }
            }
            var target = Target(name: name, line: 1)
            target.dockerfile = strings("dockerfile").first
            target.context = strings("context").first
            target.platforms = strings("platforms")
            target.tags = strings("tags")
            target.cacheEntries = strings("cache-from") + strings("cache-to")
            return target
        }
    }

    /// `target "name" { key = "v"  key = ["a", "b"] }` blocks, braces matched outside strings.
    private static func hclTargets(_ text: String) -> [Target] {
        let chars = Array(text)
        var targets: [Target] = []
        var i = 0
        var line = 1
        while i < chars.count {
            if chars[i] == "\n" { line += 1 }
            guard matches("target", at: i, in: chars), i == 0 || !chars[i - 1].isLetter else {
                i += 1
                continue
            }
            var j = i + 6
            while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
            guard j < chars.count, chars[j] == "\"", let nameEnd = chars[(j + 1)...].firstIndex(of: "\"") else {
                i += 1
                continue
            }
            let name = String(chars[(j + 1)..<nameEnd])
            guard let open = chars[nameEnd...].firstIndex(of: "{") else { break }
            var depth = 0
            var k = open
            var inString = false
            while k < chars.count {
                let c = chars[k]
                if inString {
                    if c == "\\" { k += 1 } else if c == "\"" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "{" {
                    depth += 1
                } else if c == "}" {
                    depth -= 1
                    if depth == 0 { break }
                }
                k += 1
            }
            var target = Target(name: name, line: line)
            let body = String(chars[(open + 1)..<min(k, chars.count)])
            for (key, values) in attributes(body) {
                switch key {
                case "dockerfile": target.dockerfile = values.first
                case "context": target.context = values.first
                case "platforms": target.platforms = values
                case "tags": target.tags = values
                case "cache-from", "cache-to": target.cacheEntries += values
                default: break
                }
            }
            targets.append(target)
            line += chars[i..<min(k, chars.count)].filter { $0 == "\n" }.count
            i = k + 1
        }
        return targets
    }

    private static func matches(_ word: String, at i: Int, in chars: [Character]) -> Bool {
        let w = Array(word)
        guard i + w.count <= chars.count else { return false }
        return Array(chars[i..<(i + w.count)]) == w
            && (i + w.count == chars.count || chars[i + w.count] == " " || chars[i + w.count] == "\"")
    }

    /// `key = "v"` or `key = [ "a", "b" ]` (possibly over several lines) → the string values.
    private static func attributes(_ body: String) -> [(String, [String])] {
        var result: [(String, [String])] = []
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                continue
            }
            var value = String(line[line.index(after: eq)...])
            if value.contains("["), !value.contains("]") {
                while index < lines.count {
                    value += "\n" + lines[index]
                    index += 1
                    if lines[index - 1].contains("]") { break }
                }
            }
            result.append((key, quotedStrings(value)))
        }
        return result
    }

    private static func quotedStrings(_ text: String) -> [String] {
        var strings: [String] = []
        var current: String?
        var escaped = false
        for c in text {
            if var s = current {
                if escaped {
                    s.append(c)
                    escaped = false
                    current = s
                    continue
                }
                if c == "\\" {
                    escaped = true
                    continue
                }
                if c == "\"" {
                    strings.append(markInterpolations(s))
                    current = nil
                    continue
                }
                s.append(c)
                current = s
            } else if c == "\"" {
                current = ""
            }
        }
        return strings
    }

    private static func markInterpolations(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.range(of: "${") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                rest = ""
                break
            }
            out.append(PartialText.unknown)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
