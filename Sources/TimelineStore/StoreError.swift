/// A failure of the timeline store, in one line that names the file and says how to fix it.
///
/// For example:
/// ```swift
/// do {
///     _ = try TimelineStore(path: "x.db", mode: .readOnly)
/// } catch let error as StoreError {
///     print(error)  // Database 'x.db' does not exist; run 'timeline init' or 'timeline load' first.
/// }
/// ```
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message for the user: a full sentence.
    public var message: String

    /// Whether the database itself failed (a full disk, an I/O error, a read-only or damaged file, a lock held too
    /// long), rather than one article: a bulk load stops at the first such error instead of failing every article
    /// after it with the same message.
    public var isDatabaseFailure: Bool

    public init(_ message: String, isDatabaseFailure: Bool = false) {
        self.message = message
        self.isDatabaseFailure = isDatabaseFailure
    }

    public var description: String { message }
}
