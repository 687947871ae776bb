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

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
