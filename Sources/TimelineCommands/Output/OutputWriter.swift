#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a table column aligns its cells.
package enum ColumnAlignment: Sendable {
    case left
    case right
}

/// One column of the table format: its header, how to render a row's cell, and whether it may shrink.
package struct TableColumn: Sendable {
    package var header: String
    package var alignment: ColumnAlignment
    /// Columns that may be truncated to fit the terminal, shrunk in order of `shrinkPriority` (lowest first),
    /// each down to `minimumWidth` before the next one shrinks.
    package var shrinkPriority: Int?
    package var minimumWidth: Int
    package var cell: @Sendable (JSONValue) -> String

    package init(
        _ header: String,
        alignment: ColumnAlignment = .left,
        shrinkPriority: Int? = nil,
        minimumWidth: Int = 8,
        cell: @escaping @Sendable (JSONValue) -> String
    ) {
        self.header = header
        self.alignment = alignment
        self.shrinkPriority = shrinkPriority
        self.minimumWidth = minimumWidth
        self.cell = cell
    }

    /// A column showing the object's value for `key` as text.
    package static func key(
        _ key: String,
        header: String? = nil,
        alignment: ColumnAlignment = .left,
        shrinkPriority: Int? = nil,
        minimumWidth: Int = 8
    ) -> TableColumn {
        TableColumn(header ?? key, alignment: alignment, shrinkPriority: shrinkPriority, minimumWidth: minimumWidth) {
            row in
            row[key].plainText
        }
    }
}

/// Rows to print: JSON objects in a fixed key order, plus how the table format shows them.
///
/// Every read command builds one of these; the four formats are writers over the same rows, so a new command gets
/// every format and its key order is defined once.
package struct OutputRows: Sendable {
    package var objects: [JSONValue]
    package var columns: [TableColumn]
    /// The keys of the CSV header, in order (the object keys, when empty).
    package var csvKeys: [String]
    /// What the table format says on standard error when there are no rows ("No events match.").
    package var emptyMessage: String

    package init(objects: [JSONValue], columns: [TableColumn], csvKeys: [String], emptyMessage: String) {
        self.objects = objects
        self.columns = columns
        self.csvKeys = csvKeys
        self.emptyMessage = emptyMessage
    }

    /// The rows rendered in `format`; `width` is the terminal width the table format fits into.
    package func render(_ format: OutputFormat, width: Int) -> String {
        switch format {
        case .json:
            return JSONValue.array(objects).prettySerialized() + "\n"
        case .ndjson:
            return objects.map { $0.serialized() + "\n" }.joined()
        case .csv:
            return CSVWriter.render(objects, keys: csvKeys)
        case .table:
            return objects.isEmpty ? "" : TableWriter.render(objects, columns: columns, width: width)
        }
    }
}

extension JSONValue {
    /// The member named `key` of an object, `.null` otherwise.
    package subscript(key: String) -> JSONValue {
        if case .object(let members) = self {
            for (name, value) in members where name == key { return value }
        }
        return .null
    }

    /// The value as a cell of text: empty for null, "; "-joined for arrays of scalars, JSON for the rest.
    package var plainText: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .string(let value): return value
        case .array(let values):
            if values.allSatisfy({ !$0.isContainer }) {
                return values.map(\.plainText).joined(separator: "; ")
            }
            return serialized()
        case .object: return serialized()
        }
    }

    var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}

/// RFC 4180 CSV: a header row, fields quoted when they hold a comma, a quote or a line break, CRLF line ends.
package enum CSVWriter {
    package static func render(_ objects: [JSONValue], keys: [String]) -> String {
        var out = keys.map(field).joined(separator: ",") + "\r\n"
        for object in objects {
            out += keys.map { field(object[$0].plainText) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The "simple" table layout: a header, a dashed rule, columns separated by two spaces, numbers right-aligned,
/// long text truncated with "…" so that each line fits the terminal width.
package enum TableWriter {
    package static func render(_ objects: [JSONValue], columns: [TableColumn], width: Int) -> String {
        let cells = objects.map { object in columns.map { singleLine($0.cell(object)) } }
        var widths = columns.indices.map { index in
            max(displayWidth(columns[index].header), cells.map { displayWidth($0[index]) }.max() ?? 0)
        }
        let separators = 2 * max(0, columns.count - 1)
        var excess = widths.reduce(0, +) + separators - width
        let shrinkable = columns.indices.filter { columns[$0].shrinkPriority != nil }
            .sorted { columns[$0].shrinkPriority! < columns[$1].shrinkPriority! }
        // Two passes: first every shrinkable column down to its minimum in priority order; then, if the line is
        // still too long, the columns are cut further in the same order down to their header width.
        for index in shrinkable where excess > 0 {
            let minimum = max(displayWidth(columns[index].header), columns[index].minimumWidth)
            let cut = min(excess, max(0, widths[index] - minimum))
            widths[index] -= cut
            excess -= cut
        }
        for index in shrinkable where excess > 0 {
            let cut = min(excess, max(0, widths[index] - max(displayWidth(columns[index].header), 4)))
            widths[index] -= cut
            excess -= cut
        }
        var lines: [String] = []
        lines.append(line(columns.map(\.header), columns: columns, widths: widths))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in cells {
            lines.append(line(row, columns: columns, widths: widths))
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    private static func line(_ values: [String], columns: [TableColumn], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, value) in values.enumerated() {
            let text = truncated(value, to: widths[index])
            let padding = String(repeating: " ", count: max(0, widths[index] - displayWidth(text)))
            let isLast = index == values.count - 1
            switch columns[index].alignment {
            case .left: parts.append(isLast ? text : text + padding)
            case .right: parts.append(padding + text)
            }
        }
        return parts.joined(separator: "  ")
    }

    private static func truncated(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let next = displayWidth(character)
            if used + next > width - 1 { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// Terminal columns a text takes: wide East Asian characters and emoji take two, combining marks none.
    package static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + displayWidth($1) }
    }

    static func displayWidth(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x1100 { return 1 }
        if first.properties.isEmojiPresentation || (0x1F1E6...0x1F1FF).contains(value) { return 2 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    private static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The width to fit tables into: `$COLUMNS` when set, else the terminal's width, else 120.
    package static func terminalWidth(environment: [String: String]) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
