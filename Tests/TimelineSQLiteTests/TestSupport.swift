import Foundation
import TimelineSQLite

/// Opens a fresh private in-memory database, the way every test starts.
func makeDatabase() throws -> Database {
    try Database(path: ":memory:")
}

/// A fresh folder under the system temporary directory, for tests where file behaviour matters.
/// The caller removes it.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("TimelineSQLiteTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs `body` with the path of a database file in a fresh temporary folder, then removes the
/// folder.
func withTemporaryDatabasePath<T>(_ body: (String) throws -> T) throws -> T {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory.appendingPathComponent("test.sqlite").path)
}

/// Records the SQL statements a connection runs, through ``Database/trace(_:)``.
final class StatementRecorder {
    private(set) var statements: [String] = []

    init(_ database: Database) {
        database.trace { [unowned self] sql in statements.append(sql) }
    }
}
