/// Streams a ledger's file bytes (exactly `LedgerStore.encode`'s: pretty-printed, sorted keys)
/// into a sink one record at a time, so a save never holds a second copy of a big ledger.
/// Given the previous file and which records are unchanged since it, those records' bytes are
/// copied from it (the kernel copies runs of neighbours in one call) and only the others are
/// encoded: saving one edited project of 100,000 encodes one project.
enum LedgerWriter {
    /// The file being replaced, and how the new ledger's records match its records.
    struct Previous {
        let fd: Int32
        let layout: RecordLayout
        let matches: [RecordArray: RecordMatch]
    }

    /// Writes `ledger` and returns where its records ended up in what was written.
    static func write(_ ledger: Ledger, into sink: FileSink, reusing previous: Previous? = nil) throws(FileSink.Failure)
        -> RecordLayout
    {
        var shell = ledger
        shell.projects = []
        shell.issues = []
        guard case .object(let top) = shell.json else { preconditionFailure("a ledger is a JSON object") }
        var layout = RecordLayout()
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (n, key) in top.keys.sorted().enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: [0x0A, 0x20, 0x20])
            JSONWriter.writeString(key, into: &out)
            out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
            guard let array = RecordArray(rawValue: key) else {
                JSONWriter.write(top[key]!, indent: 2, into: &out)
                continue
            }
            try sink.append(out)
            out.removeAll(keepingCapacity: true)
            let reuse = previous.flatMap { p in
                p.layout.spans[array].flatMap { spans in p.matches[array].map { (p.fd, spans, $0) } }
            }
            switch array {
            case .projects:
                layout.spans[array] = try writeRecords(ledger.projects.count, into: sink, reusing: reuse) {
                    ledger.projects[$0].json
                }
            case .issues:
                layout.spans[array] = try writeRecords(ledger.issues.count, into: sink, reusing: reuse) {
                    ledger.issues[$0].json
                }
            }
        }
        out.append(contentsOf: [0x0A, UInt8(ascii: "}"), 0x0A])
        try sink.append(out)
        return layout
    }

    /// One top-level array of records, laid out as `JSONWriter` lays out an array at indent 2.
    private static func writeRecords(
        _ count: Int, into sink: FileSink, reusing reuse: (fd: Int32, spans: [Range<Int>], match: RecordMatch)?,
        json: (Int) -> JSONValue
    ) throws(FileSink.Failure) -> [Range<Int>] {
        guard count > 0 else {
            try sink.append(Array("[]".utf8))
            return []
        }
        var spans: [Range<Int>] = []
        spans.reserveCapacity(count)
        var i = 0
        var bytes: [UInt8] = []
        while i < count {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: i == 0 ? RecordLayout.opening : RecordLayout.separator)
            if let reuse, let first = reuse.match.oldIndex[i] {
                // A run of records that were neighbours in the old file too: one copy.
                var last = first
                while i + (last - first) + 1 < count, reuse.match.oldIndex[i + (last - first) + 1] == last + 1 {
                    last += 1
                }
                try sink.append(bytes)
                let shift = sink.offset - reuse.spans[first].lowerBound
                try sink.copy(reuse.spans[first].lowerBound..<reuse.spans[last].upperBound, from: reuse.fd)
                for old in first...last {
                    spans.append(reuse.spans[old].lowerBound + shift..<reuse.spans[old].upperBound + shift)
                }
                i += last - first + 1
            } else {
                let start = sink.offset + bytes.count
                JSONWriter.write(json(i), indent: 4, into: &bytes)
                spans.append(start..<sink.offset + bytes.count)
                try sink.append(bytes)
                i += 1
            }
        }
        try sink.append(RecordLayout.closing)
        return spans
    }
}
