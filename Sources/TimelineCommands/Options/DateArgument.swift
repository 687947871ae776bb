import ArgumentParser
import NewsExtraction

/// Parses the date options (`--on`, `--since`, `--until`, `--published`).
///
/// Dates are checked in `validate()` rather than through `ExpressibleByArgument`, so that a bad value gets a
/// message that names the option and shows the expected shapes, not ArgumentParser's generic "invalid value".
enum DateArgument {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a date value, or a `ValidationError` naming the option.
    static func parse(_ text: String, option: String) throws -> DateValue {
        guard let value = DateValue(iso: text) else {
            throw ValidationError(
                "'\(option)' expects a date as YYYY-MM-DD, YYYY-MM or YYYY; '\(text)' is not a valid date."
            )
        }
        return value
    }

    /// A single day (`YYYY-MM-DD`), or a `ValidationError` naming the option.
    static func parseDay(_ text: String, option: String) throws -> Day {
        guard text.count == 10, let day = Day(iso: text) else {
            throw ValidationError("'\(option)' expects a day as YYYY-MM-DD; '\(text)' is not a valid day.")
        }
        return day
    }
}
