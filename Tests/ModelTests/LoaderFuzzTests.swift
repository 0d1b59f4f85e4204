import Foundation
import Testing

@testable import Model

/// A deterministic mutation fuzzer for the loader and everything that reads a loaded ledger.
/// It starts from the seed ledgers in FuzzCorpus/ (a complete small ledger, the red team's
/// crashers, hostile text, invalid UTF-8) and applies seeded random mutations: byte flips,
/// inserted bytes and tokens, deleted and duplicated ranges, truncation. Every input must
/// either be refused naming its place, or be accepted and then report, render and save
/// without trapping, without nan/inf, without raw control characters in Markdown or CSV, and
/// load again to the same bytes. A trap fails the run by crashing it.
///
/// `DOCKLEDGER_FUZZ_CASES` raises the number of cases (default 300, about two seconds);
/// `DOCKLEDGER_FUZZ_SEED` picks another seed, so a longer run explores more.
@Suite struct LoaderFuzzTests {
    static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "FuzzCorpus")

    static func corpus() throws -> [(String, [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path).sorted().map { name in
            (name, [UInt8](try Data(contentsOf: corpusFolder.appendingPathComponent(name))))
        }
    }

    static let interestingBytes: [UInt8] = [
        0x00, 0x07, 0x1B, 0x22, 0x2C, 0x2D, 0x30, 0x39, 0x3A, 0x5B, 0x5C, 0x5D,
        0x65, 0x7B, 0x7D, 0x7F, 0x80, 0x9B, 0xC0, 0xC2, 0xE2, 0xED, 0xF4, 0xFF,
    ]
    static let tokens = [
        "1e308", "-1e308", "-0", "1E400", "99999999999999999999", "9223372036854775807", "0.1", "1.0",
        "null", "true", "[]", "{}", "\"\"", "\"\\ud800\"", "\"\\u001b]0;x\\u0007\"", "\"\\u202e\"",
        "\"0000-01-01\"", "\"2026-02-30\"", "\"=1+1\"", "-", "\"x-unknown\": 1, ", "\u{1F468}\u{200D}\u{1F469}",
    ]

    static func mutate(_ input: [UInt8], _ random: inout SplitMix) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(2) {
            let at = random.below(bytes.count + 1)
            switch random.below(7) {
            case 0 where !bytes.isEmpty:
                bytes[min(at, bytes.count - 1)] ^= UInt8(1 << random.below(8))
            case 1:
                bytes.insert(interestingBytes[random.below(interestingBytes.count)], at: at)
            case 2:
                bytes.insert(contentsOf: Array(tokens[random.below(tokens.count)].utf8), at: at)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + random.below(16))
                bytes.removeSubrange(min(at, bytes.count - 1)..<end)
            case 4 where at < bytes.count:
                let end = min(bytes.count, at + 1 + random.below(64))
                bytes.insert(contentsOf: bytes[at..<end], at: end)
            case 5:
                bytes = Array(bytes.prefix(at))
            default:
                // Replace a number with a token: where most semantic bugs live.
                if let digit = bytes.indices.dropFirst(at).first(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) {
                    var end = digit
                    while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2E { end += 1 }
                    bytes.replaceSubrange(digit..<end, with: Array(tokens[random.below(6)].utf8))
                }
            }
        }
        return bytes
    }

    static func check(_ bytes: [UInt8]) -> String? { LedgerPromises.broken(by: bytes) }

    @Test func theSeedsThemselvesHoldEveryPromise() throws {
        for (name, bytes) in try Self.corpus() {
            #expect(Self.check(bytes) == nil, "\(name)")
        }
    }

    @Test func mutatedLedgersAreRefusedWithAPlaceOrHoldEveryPromise() throws {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["DOCKLEDGER_FUZZ_CASES"].flatMap(Int.init) ?? 300
        var random = SplitMix(seed: environment["DOCKLEDGER_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_127)
        let corpus = try Self.corpus()
        var accepted = 0
        for n in 0..<cases {
            let (name, seed) = corpus[random.below(corpus.count)]
            let input = Self.mutate(seed, &random)
            if let problem = Self.check(input) {
                Issue.record(
                    "case \(n) (from \(name)): \(problem)\n\(String(decoding: input, as: UTF8.self).prefix(2000))")
            } else if (try? LedgerStore.decode(Data(input), file: "")) != nil {
                accepted += 1
            }
        }
        // The mutations must not all be refused at the first byte: some reach the engine.
        #expect(accepted > cases / 20, "only \(accepted) of \(cases) mutated ledgers were accepted")
    }
}
