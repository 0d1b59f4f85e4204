import Foundation

/// CI text in which some parts are not known until the pipeline runs (`${{ github.sha }}`,
/// `$CI_REGISTRY`). Unknown parts are kept as one marker character so the literal parts can
/// still be read (`ghcr.io/${{ github.repository }}` is an image on `ghcr.io`).
public enum PartialText {
    /// Stands for one unknown part.
    public static let unknown: Character = "\u{FFFC}"

    public static func isLiteral(_ text: String) -> Bool { !text.contains(unknown) }

    /// Splits a value on commas and newlines, trimmed, empties dropped.
    public static func splitList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Shell variables and command substitutions (`$X`, `${X}`, `$(cmd)`) are unknown: a run
    /// line is read, never run.
    public static func markShellVariables(_ line: String) -> String {
        var out = ""
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            guard chars[i] == "$", i + 1 < chars.count else {
                out.append(chars[i])
                i += 1
                continue
            }
            let next = chars[i + 1]
            if next == "{" || next == "(" {
                let close: Character = next == "{" ? "}" : ")"
                var depth = 0
                var j = i + 1
                while j < chars.count {
                    if chars[j] == next {
                        depth += 1
                    } else if chars[j] == close {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                out.append(unknown)
                i = j + 1
            } else if next == "_" || next.isLetter || next.isNumber {
                var j = i + 1
                while j < chars.count, chars[j] == "_" || (chars[j].isASCII && (chars[j].isLetter || chars[j].isNumber))
                { j += 1 }
                out.append(unknown)
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}

/// The values `${{ env.X }}` and `${{ matrix.X }}` can take where an expression is written.
public struct ExpressionScope: Sendable {
    public var env: [String: String] = [:]
    public var matrix: [String: [String]] = [:]

    public init(env: [String: String] = [:], matrix: [String: [String]] = [:]) {
        self.env = env
        self.matrix = matrix
    }

    /// Every text the value can be: one per matrix value it refers to (each matrix value split
    /// again on commas and newlines). Other expressions become the unknown marker.
    public func resolve(_ text: String, depth: Int = 0) -> [String] {
        var alternatives = [""]
        var rest = Substring(text)
        while let open = rest.range(of: "${{") {
            let literal = String(rest[..<open.lowerBound])
            alternatives = alternatives.map { $0 + literal }
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                alternatives = alternatives.map { $0 + String(rest[open.lowerBound...]) }
                rest = ""
                break
            }
            let expression = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            let values = self.values(of: expression, depth: depth)
            alternatives = alternatives.flatMap { prefix in values.map { prefix + $0 } }
            if alternatives.count > 256 { alternatives = Array(alternatives.prefix(256)) }
        }
        return alternatives.map { $0 + rest }
    }

    private func values(of expression: String, depth: Int) -> [String] {
        if let name = Self.property(expression, of: "env"), let value = env[name] {
            // An env value may itself hold expressions (of the workflow's scope).
            return depth < 4 ? resolve(value, depth: depth + 1) : [String(PartialText.unknown)]
        }
        if let name = Self.property(expression, of: "matrix"), let values = matrix[name], !values.isEmpty {
            return values.flatMap { value in
                let split = PartialText.splitList(value)
                return split.isEmpty ? [value] : split
            }
        }
        return [String(PartialText.unknown)]
    }

    /// `env.NAME` or `env['NAME']` → NAME.
    static func property(_ expression: String, of context: String) -> String? {
        if expression.hasPrefix(context + ".") {
            let name = expression.dropFirst(context.count + 1)
            return name.allSatisfy { $0 == "_" || $0 == "-" || $0.isLetter || $0.isNumber } && !name.isEmpty
                ? String(name) : nil
        }
        for quote in ["'", "\""] where expression.hasPrefix("\(context)[\(quote)") && expression.hasSuffix("\(quote)]")
        {
            return String(expression.dropFirst(context.count + 2).dropLast(2))
        }
        return nil
    }
}
