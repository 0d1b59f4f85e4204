import Foundation
import Testing

@testable import Model

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5, 3e2, true, false, null, "x\n\u00e9\ud83d\ude9a"], "b": {}}"#)
        #expect(
            value
                == .object([
                    "a": .array([
                        .number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null, .string("x\né🚚"),
                    ]),
                    "b": .object([:]),
                ]))
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let text = "{\n  \"name\": \"a\",\n  \"size\": 12,,\n}"
        #expect(throws: JSONSyntaxError(line: 3, column: 14, reason: "expected a key in quotes, found ','")) {
            try JSONParser.parse(text)
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(throws: JSONSyntaxError(line: 1, column: 8, reason: "expected ',' or '}' in object, found 'x'")) {
            try JSONParser.parse(#"{"é": 1x}"#)
        }
    }

    @Test func duplicateKeysAreAnError() {
        #expect(throws: JSONSyntaxError(line: 1, column: 10, reason: "duplicate key \"a\"")) {
            try JSONParser.parse(#"{"a": 1, "a": 2}"#)
        }
    }

    @Test(arguments: ["", "{", "[1,]", "01", "\"abc", "{\"a\" 1}", "tru", "1 2", "\"\t\"", "\"\\x\"", "\"\\ud800\""])
    func rejectsMalformedDocuments(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func unterminatedStringPointsAtItsStart() {
        #expect(throws: JSONSyntaxError(line: 2, column: 3, reason: "unterminated string")) {
            try JSONParser.parse("{\n  \"name: 1}")
        }
    }

    @Test func writerSortsKeysIndentsAndEscapes() {
        let value = JSONValue.object([
            "b": .array([.number(1.5), .number(2)]), "a": .string("q\"\\\u{1B}"), "c": .array([]), "d": .object([:]),
        ])
        #expect(
            JSONWriter.string(value) == """
                {
                  "a": "q\\"\\\\\\u001b",
                  "b": [
                    1.5,
                    2
                  ],
                  "c": [],
                  "d": {}
                }

                """)
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value = JSONValue.object([
            "x": .array([.number(0.1), .number(1e-7), .number(123_456_789), .string("配送 🚚\u{7F}")])
        ])
        #expect(try JSONParser.parse(JSONWriter.data(value)) == value)
    }

    @Test func numbersPrintShortest() {
        #expect(JSONWriter.format(number: 182.5) == "182.5")
        #expect(JSONWriter.format(number: 160) == "160")
        #expect(JSONWriter.format(number: 0.86) == "0.86")
        #expect(JSONWriter.format(number: -3) == "-3")
    }
}
