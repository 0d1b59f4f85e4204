/// Substitutes `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and
/// `${VAR+alt}` from known values, as BuildKit does for FROM, ARG, ENV and USER. Only text is
/// substituted: nothing is ever evaluated or run.
struct VariableExpansion {
    /// The text with every reference replaced; references with no value become empty.
    let text: String
    /// Whether a reference had no value and no default (the result is then not what a build
    /// would see with build arguments given, so callers treat it as unknown).
    let unresolved: Bool
    /// Whether the text had any literal part (text outside references, or a default).
    let hasLiteral: Bool

    /// `values`: name → value; a name missing from it is unset.
    static func expand(_ input: String, _ values: [String: String]) -> VariableExpansion {
        var out = ""
        var unresolved = false
        var hasLiteral = false
        let chars = Array(input)
        var i = 0
        func isNameChar(_ c: Character) -> Bool { c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }
        while i < chars.count {
            let c = chars[i]
            guard c == "$", i + 1 < chars.count else {
                out.append(c)
                hasLiteral = true
                i += 1
                continue
            }
            if chars[i + 1] == "{" {
                guard let close = chars[(i + 2)...].firstIndex(of: "}") else {
                    out.append(contentsOf: chars[i...])
                    hasLiteral = true
                    break
                }
                let inner = String(chars[(i + 2)..<close])
                i = close + 1
                let name = String(inner.prefix(while: isNameChar))
                let modifier = inner.dropFirst(name.count)
                let value = values[name]
                if modifier.hasPrefix(":-") || modifier.hasPrefix("-") {
                    let fallback = String(modifier.dropFirst(modifier.hasPrefix(":-") ? 2 : 1))
                    let useFallback = modifier.hasPrefix(":-") ? (value ?? "").isEmpty : value == nil
                    if useFallback {
                        let inner = expand(fallback, values)
                        out += inner.text
                        unresolved = unresolved || inner.unresolved
                        hasLiteral = hasLiteral || inner.hasLiteral
                    } else {
                        out += value!
                    }
                } else if modifier.hasPrefix(":+") || modifier.hasPrefix("+") {
                    let alternative = String(modifier.dropFirst(modifier.hasPrefix(":+") ? 2 : 1))
                    let useAlternative = modifier.hasPrefix(":+") ? !(value ?? "").isEmpty : value != nil
                    if useAlternative {
                        let inner = expand(alternative, values)
                        out += inner.text
                        unresolved = unresolved || inner.unresolved
                        hasLiteral = hasLiteral || inner.hasLiteral
                    }
                } else if let value {
                    out += value
                } else {
                    unresolved = true
                }
            } else if isNameChar(chars[i + 1]) {
                var end = i + 1
                while end < chars.count, isNameChar(chars[end]) { end += 1 }
                let name = String(chars[(i + 1)..<end])
                i = end
                if let value = values[name] { out += value } else { unresolved = true }
            } else {
                out.append(c)
                hasLiteral = true
                i += 1
            }
        }
        return VariableExpansion(text: out, unresolved: unresolved, hasLiteral: hasLiteral)
    }
}
