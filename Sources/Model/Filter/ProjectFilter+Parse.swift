extension ProjectFilter {
    /// Reads a filter as typed on the Inventory's filter line; the error names the first bad term.
    public static func parse(_ text: String) throws(FilterError) -> ProjectFilter {
        var terms: [Term] = []
        for token in tokens(text) {
            terms.append(try term(token))
        }
        return ProjectFilter(terms: terms)
    }

    /// Space-separated terms; a quoted part keeps its spaces (an unclosed quote runs to the end,
    /// so a quote being typed is not an error).
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if c.isWhitespace && !quoted {
                if !current.isEmpty { out.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func term(_ token: String) throws(FilterError) -> Term {
        var body = Substring(token)
        let negated = body.first == "!"
        if negated { body = body.dropFirst() }
        if body.isEmpty { throw FilterError(term: token, reason: "nothing after ! (write !archived, !owner:data)") }
        if body.first == "\"" {
            let inner = body.dropFirst().prefix { $0 != "\"" }
            if inner.isEmpty { throw FilterError(term: token, reason: "nothing between the quotes") }
            return Term(negated: negated, test: .text(inner.lowercased()))
        }
        if let keyword = Keyword(rawValue: body.lowercased()) { return Term(negated: negated, test: .keyword(keyword)) }
        let name = body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
        let rest = body.dropFirst(name.count)
        guard !name.isEmpty, let op = Operator.prefixing(rest) else {
            return Term(negated: negated, test: .text(body.lowercased()))
        }
        let value = String(rest.dropFirst(op.rawValue.count)).trimmingCharacters(in: .whitespaces)
        let error = { (reason: String) in FilterError(term: token, reason: reason) }
        if value.isEmpty { throw error("a value is missing after \(op.rawValue)") }
        if name.lowercased() == "level" {
            guard let level = Int(value) else { throw error("\"\(value)\" is not a level (0-4)") }
            return Term(negated: negated, test: .level(op.relation, level))
        }
        let field = try self.field(named: String(name), in: token)
        if value == "?" || value.lowercased() == "unknown" {
            switch op {
            case .colon, .equal: return Term(negated: negated, test: .field(id: field.id, .isUnknown))
            case .notEqual: return Term(negated: !negated, test: .field(id: field.id, .isUnknown))
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                throw error("? (unknown) is compared with : or =, not \(op.rawValue)")
            }
        }
        let comparison: Comparison
        do throws(FieldError) {
            comparison = try self.comparison(field, op, value)
        } catch {
            throw FilterError(term: token, reason: error.reason)
        }
        return Term(negated: negated, test: .field(id: field.id, comparison))
    }

    /// The comparison a field term asks for, by the field's kind.
    static func comparison(_ field: ProjectField, _ op: Operator, _ value: String) throws(FieldError) -> Comparison {
        let name = field.option
        func equality(_ v: String) throws(FieldError) -> Comparison {
            switch op {
            case .colon, .equal: return .equals(v)
            case .notEqual: return .notEquals(v)
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                throw FieldError("\(name) is not a number: use \(name):\(v) or \(name)!=\(v)")
            }
        }
        switch field.kind {
        case .flag:
            return try equality(yesOrNo(value, "must be yes, no or ? (unknown), got \"\(value)\""))
        case .choice where field.id == .usesDocker:
            return try equality(yesOrNo(value, "must be yes or no, got \"\(value)\""))
        case .choice(let options):
            let v = value.lowercased()
            let allowed = options.filter { !$0.isEmpty }
            guard allowed.contains(v) else {
                throw FieldError("must be one of \(allowed.joined(separator: ", ")), got \"\(value)\"")
            }
            return try equality(v)
        case .text, .requiredText, .list:
            let v = value.lowercased()
            switch op {
            case .colon: return .contains(v)
            case .equal: return .equals(v)
            case .notEqual: return .notEquals(v)
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                throw FieldError("\(name) is text: use \(name):TEXT (contains) or \(name)=TEXT")
            }
        case .number, .wholeNumber, .rate:
            let number: Double?
            if field.kind == .rate {
                number = try ProjectField.parseRate(value)
            } else {
                number = try ProjectField.parseNumber(value)
            }
            guard let number else { throw FieldError("\"\(value)\" is not a number") }
            return .number(op.relation, number)
        case .day:
            guard let day = try ProjectField.parseDay(value) else { throw FieldError("a day YYYY-MM-DD is missing") }
            return .day(op.relation, day)
        }
    }

    /// "yes" or "no" for the words a flag field takes (y, true, on, 1...).
    static func yesOrNo(_ value: String, _ reason: String) throws(FieldError) -> String {
        let flag: Bool?
        do throws(FieldError) {
            flag = try ProjectField.parseFlag(value)
        } catch {
            throw FieldError(reason)
        }
        guard let flag else { throw FieldError(reason) }
        return flag ? "yes" : "no"
    }

    /// A project field by a name a person types: its `project set` option with or without
    /// hyphens (`non-root`, `nonroot`), its path (`docker.nonRoot`), a one-word label (`critical`),
    /// or the first word of exactly one option (`image` for image-size-mb).
    static func field(named name: String, in token: String) throws(FilterError) -> ProjectField {
        let wanted = normalized(name)
        let exact = ProjectField.all.filter { f in
            normalized(f.option) == wanted || normalized(f.path) == wanted
                || (!f.label.contains(" ") && normalized(f.label) == wanted)
        }
        if let field = exact.first { return field }
        let byFirstWord = ProjectField.all.filter { $0.option.split(separator: "-").first.map(String.init) == wanted }
        if byFirstWord.count == 1 { return byFirstWord[0] }
        if byFirstWord.count > 1 {
            throw FilterError(
                term: token, reason: "\(name) could be \(byFirstWord.map(\.option).joined(separator: ", "))")
        }
        throw FilterError(
            term: token,
            reason: "no field \"\(name)\" (fields: level and the options of project set --help; "
                + "quote text with \":\" in it)")
    }

    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != "." })
    }

    /// The operator between a field and its value; `:` is "contains" on text, "is" otherwise.
    enum Operator: String, CaseIterable {
        // Two-character operators first, so `<=` is not read as `<` and `=...`.
        case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", less = "<", greater = ">", equal = "=", colon =
            ":"

        static func prefixing(_ text: Substring) -> Operator? { allCases.first { text.hasPrefix($0.rawValue) } }

        var relation: Relation {
            switch self {
            case .colon, .equal: .equal
            case .notEqual: .notEqual
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            }
        }
    }
}
