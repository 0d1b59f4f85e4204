import Model

extension Form {
    /// A combo's options. Their case-folded text is made once, on the first keystroke that
    /// filters them, and shared by every copy of the form: a project combo offers every project
    /// name, and lowercasing 100,000 names on each keystroke cost more than a frame's budget.
    public struct Options: Equatable, Sendable, ExpressibleByArrayLiteral {
        public let all: [String]
        private let folded = Memo<ByteColumn>()

        public init(_ options: [String]) { all = options }

        public init(arrayLiteral options: String...) { self.init(options) }

        /// The options whose text starts with `typed` (case-insensitively), then those that
        /// contain it elsewhere, each in their own order; every option when nothing is typed.
        func matching(_ typed: String) -> [String] {
            let needle = Array(typed.lowercased().utf8)
            if needle.isEmpty { return all }
            let keys = folded.value { ByteColumn(all.map { $0.lowercased() }) }
            var prefixed: [String] = []
            var containing: [String] = []
            for (row, option) in all.enumerated() {
                if keys.hasPrefix(needle, row: row) {
                    prefixed.append(option)
                } else if keys.contains(needle, row: row) {
                    containing.append(option)
                }
            }
            return prefixed + containing
        }

        public static func == (a: Options, b: Options) -> Bool { a.all == b.all }
    }
}
