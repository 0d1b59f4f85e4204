import Foundation
import Testing

@testable import Model

/// "Keys dockledger does not know are kept", for every kind of object the format has, at every
/// depth. The kinds are not listed by hand: they are found by walking the demo ledger (which
/// uses every part of the format), so a new kind of object is covered when the demo shows it.
@Suite struct UnknownKeysTests {
    /// Objects whose keys are data (metric ids), not fields: an unknown key there is an
    /// unknown metric, which the validator refuses by design.
    static let maps: Set<String> = ["targets", "history[*].metrics"]

    /// Every kind of object in `value`, by its path with indices written `[*]`, and the
    /// concrete path of its first instance.
    static func objectKinds(
        _ value: JSONValue, _ pattern: String = "", _ path: [PathStep] = [],
        into kinds: inout [(String, [PathStep])]
    ) {
        switch value {
        case .object(let object):
            if !kinds.contains(where: { $0.0 == pattern }) { kinds.append((pattern, path)) }
            for key in object.keys.sorted() {
                objectKinds(object[key]!, pattern.isEmpty ? key : pattern + "." + key, path + [.key(key)], into: &kinds)
            }
        case .array(let items):
            for (i, item) in items.enumerated() { objectKinds(item, pattern + "[*]", path + [.index(i)], into: &kinds) }
        default: break
        }
    }

    enum PathStep {
        case key(String)
        case index(Int)
    }

    static func modify(
        _ value: inout JSONValue, at path: ArraySlice<PathStep>, _ change: (inout [String: JSONValue]) -> Void
    ) {
        switch (value, path.first) {
        case (.object(var object), nil):
            change(&object)
            value = .object(object)
        case (.object(var object), .key(let k)?):
            modify(&object[k]!, at: path.dropFirst(), change)
            value = .object(object)
        case (.array(var items), .index(let i)?):
            modify(&items[i], at: path.dropFirst(), change)
            value = .array(items)
        default: Issue.record("path does not match the document")
        }
    }

    /// An unknown value whose numbers only survive if their text is kept (issue 9).
    static let probe = #"{"big": 12345678901234567891, "one": 1.0, "exp": 1E+2, "list": [0.10, -0.0], "s": "kept"}"#

    @Test func everyObjectKindKeepsUnknownKeysThroughASave() throws {
        // The demo ledger as dockledger saves it: every default object written out.
        let canonical = LedgerStore.encode(try LedgerStore.load(demoLedgerPath).ledger)
        let document = try JSONParser.parse(canonical)
        var kinds: [(String, [PathStep])] = []
        Self.objectKinds(document, into: &kinds)
        #expect(kinds.count == 26, "object kinds found: \(kinds.map(\.0))")
        let probeValue = try JSONParser.parse(Self.probe)

        for (pattern, path) in kinds where !Self.maps.contains(pattern) {
            var changed = document
            Self.modify(&changed, at: path[...]) { $0["x-unknown"] = probeValue }
            let input = JSONWriter.data(changed)
            let saved = LedgerStore.encode(try LedgerStore.decode(input, file: pattern))
            #expect(
                saved == input, "unknown key under \(pattern.isEmpty ? "the root" : pattern) was not kept byte for byte"
            )
        }
    }

    @Test func numbersKeepTheirTextInUnknownKeys() throws {
        let text = #"{"a": 12345678901234567891, "b": 1.0, "c": 1e2, "d": -0.0, "e": 0.1}"#
        let value = try JSONParser.parse(text)
        #expect(JSONWriter.compact(value) == #"{"a":12345678901234567891,"b":1.0,"c":1e2,"d":-0.0,"e":0.1}"#)
        // Numbers dockledger computes get their shortest text.
        #expect(JSONWriter.compact(.number(2.0)) == "2")
        #expect(JSONWriter.compact(.array([.number(.nan), .number(.infinity)])) == "[null,null]")
    }
}
