import Foundation

/// Prints rows on standard output in the chosen format, and the empty-result message on standard error.
package enum Printer {
    package static func print(_ rows: OutputRows, format: OutputFormat) {
        if rows.objects.isEmpty && format == .table {
            Console.line(rows.emptyMessage)
            return
        }
        // Only the table format fits a width; the others need not read the environment and the terminal.
        let width = format == .table ? TableWriter.terminalWidth(environment: ProcessInfo.processInfo.environment) : 0
        Console.out(rows.render(format, width: width))
    }
}
