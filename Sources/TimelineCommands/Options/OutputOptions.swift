import ArgumentParser

/// The output formats of every read command.
package enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Aligned columns for people, fitted to the terminal width.
    case table
    /// One JSON array of objects with keys in a fixed order.
    case json
    /// One JSON object per line.
    case ndjson
    /// RFC 4180 comma-separated values with a header row.
    case csv
}

/// `--format`, shared by the read commands.
package struct OutputOptions: ParsableArguments {
    /// How rows are printed on standard output.
    @Option(help: "Output format.")
    package var format: OutputFormat = .table

    package init() {}
}
