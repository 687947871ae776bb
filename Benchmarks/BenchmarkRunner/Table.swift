import Foundation

/// The result table of `make bench`: one row per figure, the measured value, the baseline measured in the same
/// run, and their ratio (value / baseline), with the target beside it.
struct Table {
    private struct Row {
        var figure: String
        var measure: String
        var value: String
        var baseline: String
        var ratio: String
        var target: String
    }

    private var rows: [Row] = []
    private var notes: [String] = []

    mutating func add(
        _ figure: String,
        _ measure: String,
        value: Double,
        baseline: Double? = nil,
        unit: String,
        target: String = ""
    ) {
        let ratio = baseline.map { $0 > 0 && $0.isFinite ? String(format: "%.2fx", value / $0) : "n/a" } ?? ""
        rows.append(
            Row(
                figure: figure,
                measure: measure,
                value: Self.format(value, unit: unit),
                baseline: baseline.map { Self.format($0, unit: unit) } ?? "",
                ratio: ratio,
                target: target
            )
        )
    }

    mutating func note(_ figure: String, _ text: String) {
        notes.append("\(figure): \(text)")
    }

    func render(title: String) -> String {
        let header = Row(
            figure: "figure",
            measure: "measure",
            value: "timeline",
            baseline: "baseline",
            ratio: "ratio",
            target: "target"
        )
        let all = [header] + rows
        func width(_ column: KeyPath<Row, String>) -> Int { all.map { $0[keyPath: column].count }.max() ?? 0 }
        let widths = [width(\.figure), width(\.measure), width(\.value), width(\.baseline), width(\.ratio)]
        func line(_ row: Row) -> String {
            let cells = [
                row.figure.padding(toLength: widths[0], withPad: " ", startingAt: 0),
                row.measure.padding(toLength: widths[1], withPad: " ", startingAt: 0),
                String(repeating: " ", count: widths[2] - row.value.count) + row.value,
                String(repeating: " ", count: widths[3] - row.baseline.count) + row.baseline,
                String(repeating: " ", count: widths[4] - row.ratio.count) + row.ratio,
                row.target,
            ]
            return "| " + cells.joined(separator: " | ") + " |"
        }
        // A Markdown table, so that BENCHMARKS.md can hold the output as printed.
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) + "|" }.joined() + "---|"
        var text = "\(title)\n\n" + line(header) + "\n" + rule + "\n"
        for row in rows { text += line(row) + "\n" }
        for note in notes { text += "\nNote: \(note)" }
        return text + "\n"
    }

    private static func format(_ value: Double, unit: String) -> String {
        guard value.isFinite else { return "n/a" }
        let digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3
        return String(format: "%.\(digits)f", value) + " " + unit
    }
}
