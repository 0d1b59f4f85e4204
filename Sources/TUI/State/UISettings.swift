import Foundation
import Model

/// What the dashboard remembers between runs, in `.dockledger/ui.json` beside the ledger (never
/// in the ledger itself): the Inventory columns turned off and whether archived projects are hidden.
public struct UISettings: Equatable, Sendable {
    public var hiddenColumns: Set<InventoryColumn> = []
    public var hidesArchived = false

    public init(hiddenColumns: Set<InventoryColumn> = [], hidesArchived: Bool = false) {
        self.hiddenColumns = hiddenColumns
        self.hidesArchived = hidesArchived
    }
}

/// `.dockledger/ui.json`: `{"inventory": {"hiddenColumns": ["arch", ...], "hideArchived": false}}`.
/// Column names are `InventoryColumn` raw values; keys and names it does not know are skipped
/// (a newer dockledger may write more), anything else wrong is refused with its place.
extension UISettings {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    public var json: JSONValue {
        .object([
            "inventory": .object([
                "hiddenColumns": .array(
                    InventoryColumn.allCases.filter(hiddenColumns.contains).map { .string($0.rawValue) }),
                "hideArchived": .bool(hidesArchived),
            ])
        ])
    }

    public var fileData: Data { JSONWriter.data(json) }

    public init(fileData data: Data) throws(Problem) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw Problem(error.description)
        }
        try self.init(json: value)
    }

    public init(json value: JSONValue) throws(Problem) {
        guard case .object(let root) = value else { throw Problem("not a JSON object but \(value.typeName)") }
        self.init()
        guard let inventory = root["inventory"] else { return }
        guard case .object(let fields) = inventory else {
            throw Problem("inventory: not an object but \(inventory.typeName)")
        }
        if let hidden = fields["hiddenColumns"] {
            guard case .array(let names) = hidden else {
                throw Problem("inventory.hiddenColumns: not a list but \(hidden.typeName)")
            }
            for (i, name) in names.enumerated() {
                guard case .string(let text) = name else {
                    throw Problem("inventory.hiddenColumns[\(i)]: not a column name but \(name.typeName)")
                }
                if let column = InventoryColumn(rawValue: text), column.canHide { hiddenColumns.insert(column) }
            }
        }
        if let archived = fields["hideArchived"] {
            guard case .bool(let hides) = archived else {
                throw Problem("inventory.hideArchived: not true or false but \(archived.typeName)")
            }
            hidesArchived = hides
        }
    }
}
