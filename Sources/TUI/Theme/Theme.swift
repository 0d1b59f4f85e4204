/// The named roles everything on screen is drawn with. Views pick roles; only the theme knows
/// what a role looks like.
public enum Role: Int, CaseIterable, Sendable {
    case normal, title, tabActive, tabInactive, sectionTitle, header, selection, statusBar, hint,
        statusMet, statusProgressing, statusBehind, statusNoData, dim, error, key,
        /// Text matching the `/` search, and the match the search is on.
        searchMatch, searchCurrent,
        /// The header cell under a column cursor, and a cell being edited in place.
        headerCursor, cellEditor
}

/// The eight basic curses colours, so the theme stays free of curses types.
public enum TerminalColor: Int16, Sendable {
    case black = 0
    case red, green, yellow, blue, magenta, cyan, white
}

public enum Attribute: Sendable {
    case bold, dim, reverse, underline
}

/// One role's look: colours when the terminal has them (and NO_COLOR is unset), attributes
/// always. `monochrome` is what it falls back to without colour.
public struct Look: Sendable {
    public let foreground: TerminalColor?
    public let background: TerminalColor?
    public let attributes: [Attribute]
    public let monochrome: [Attribute]
}

/// The one theme table (htop-style colour roles).
public enum Theme {
    public static func look(_ role: Role) -> Look {
        switch role {
        case .normal: Look(foreground: nil, background: nil, attributes: [], monochrome: [])
        case .title: Look(foreground: .white, background: .blue, attributes: [.bold], monochrome: [.reverse, .bold])
        case .tabActive:
            Look(foreground: .black, background: .cyan, attributes: [.bold], monochrome: [.reverse, .bold])
        case .tabInactive: Look(foreground: nil, background: nil, attributes: [], monochrome: [])
        case .sectionTitle:
            Look(foreground: .cyan, background: nil, attributes: [.bold], monochrome: [.bold, .underline])
        case .header:
            Look(foreground: nil, background: nil, attributes: [.bold, .underline], monochrome: [.bold, .underline])
        case .selection: Look(foreground: nil, background: nil, attributes: [.reverse], monochrome: [.reverse])
        case .statusBar: Look(foreground: .black, background: .white, attributes: [], monochrome: [.reverse])
        case .hint: Look(foreground: nil, background: nil, attributes: [.dim], monochrome: [.dim])
        case .statusMet: Look(foreground: .green, background: nil, attributes: [.bold], monochrome: [.bold])
        case .statusProgressing: Look(foreground: .yellow, background: nil, attributes: [], monochrome: [])
        case .statusBehind:
            Look(foreground: .red, background: nil, attributes: [.bold], monochrome: [.bold, .underline])
        case .statusNoData: Look(foreground: nil, background: nil, attributes: [.dim], monochrome: [.dim])
        case .dim: Look(foreground: nil, background: nil, attributes: [.dim], monochrome: [.dim])
        case .error: Look(foreground: .red, background: nil, attributes: [.bold], monochrome: [.bold, .reverse])
        case .key: Look(foreground: .cyan, background: nil, attributes: [.bold], monochrome: [.bold])
        case .searchMatch: Look(foreground: .black, background: .yellow, attributes: [], monochrome: [.underline])
        case .searchCurrent:
            Look(foreground: .black, background: .green, attributes: [.bold], monochrome: [.underline, .bold])
        case .headerCursor:
            Look(
                foreground: .black, background: .cyan, attributes: [.bold, .underline], monochrome: [.reverse, .bold])
        case .cellEditor:
            Look(foreground: .black, background: .yellow, attributes: [], monochrome: [.reverse, .underline])
        }
    }
}
