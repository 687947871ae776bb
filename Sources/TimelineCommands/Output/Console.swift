#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages for people: warnings, errors, progress and summaries, all on standard error.
///
/// Standard output carries data only, so that `timeline events --format json | jq` always works.
package enum Console {
    /// Writes `text` to standard output as is.
    package static func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes one line to standard error.
    package static func line(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    package static func error(_ text: String) {
        line("Error: " + text)
    }

    package static func warning(_ text: String) {
        line("Warning: " + text)
    }

    /// Whether standard error is a terminal (progress is shown only then).
    package static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Rewrites the current standard-error line (progress).
    package static func status(_ text: String) {
        write("\r\u{1B}[K" + text, to: STDERR_FILENO)
    }

    package static func clearStatus() {
        write("\r\u{1B}[K", to: STDERR_FILENO)
    }

    /// Writes all of `text` to a file descriptor, retrying short writes.
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
