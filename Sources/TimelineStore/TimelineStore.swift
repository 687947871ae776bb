import Foundation
import NewsExtraction
import TimelineSQLite

/// The timeline database: it creates and migrates the schema, loads extractions, and answers the named queries.
///
/// One store owns one SQLite connection and is used from one thread, as the command-line tool does; it is not
/// `Sendable`. Every method throws a ``StoreError`` whose message names the file and says how to fix the problem.
///
/// For example:
/// ```swift
/// let store = try TimelineStore(path: "timeline.db")
/// _ = try store.load(extraction)
/// let events = try store.events(EventQuery(on: DateValue(iso: "2022-01-07"), actors: ["Tokayev"]))
/// ```
public final class TimelineStore {
    /// How the store opens its file.
    public enum Mode: Sendable, Hashable {
        /// Create the file when it is missing, and migrate its schema to this version.
        case readWrite
        /// The file must exist and hold the current schema; nothing is written.
        case readOnly
    }

    /// The database file, as given.
    public let path: String

    let database: Database
    private let busyTimeout: Double
    /// Inside ``batch(_:)``: the full-text rows of the articles stored so far, written just before the batch
    /// commits (``load(_:replace:format:deferMatching:)`` says why).
    var pendingIndex: PendingIndex?
    /// Compiled once by the first load (``loadStatements()``).
    var preparedLoadStatements: LoadStatements?
    /// Compiled once by the first merge (``mergeStatements()``).
    var preparedMergeStatements: MergeStatements?
    /// Emptied events the merge deletes per statement (``deleteEmptied(_:)``): SQLite journals in memory every page
    /// one statement changes. Tests set a few to cross many chunk boundaries.
    var emptiedDeletionChunk = 1_000

    /// Opens (or, in `.readWrite` mode, creates) the database at `path` and brings its schema up to date.
    ///
    /// - parameters:
    ///   - path: the database file.
    ///   - mode: `.readWrite` creates and migrates; `.readOnly` requires an existing, current database.
    ///   - busyTimeout: how many seconds to wait for another process that holds the database's lock.
    /// - throws: A ``StoreError`` when the file is missing (read-only), its folder is missing, it is not a SQLite
    ///   database, it was written by a newer version of timeline, or it stays locked.
    public init(path: String, mode: Mode = .readWrite, busyTimeout: Double = 5) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        try Self.checkFile(path: path, mode: mode)
        let milliseconds = Int((max(0, busyTimeout) * 1000).rounded())
        do {
            database = try Database(
                path: path,
                mode: mode == .readOnly ? .readOnly : .readWriteCreate,
                busyTimeout: .milliseconds(milliseconds)
            )
        } catch let error as DatabaseError
            where mode == .readOnly && error.resultCode == .SQLITE_CANTOPEN && Self.isOnReadOnlyMedia(path)
        {
            // A WAL database whose folder cannot be written (a read-only mount): SQLite cannot create the -shm
            // file that readers share, so it is read as immutable. Nobody can be writing to it anyway.
            do {
                database = try Database(path: path, mode: .immutable, busyTimeout: .milliseconds(milliseconds))
            } catch let error as DatabaseError {
                throw Self.openingError(error, path: path)
            }
        } catch let error as DatabaseError {
            throw Self.openingError(error, path: path)
        }
        do {
            try migrate(mode: mode)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw Self.openingError(error, path: path) }
            throw storeError(error)
        }
    }

    // MARK: Opening

    /// Refuses what SQLite would either refuse with a vague message or silently create.
    private static func checkFile(path: String, mode: Mode) throws {
        guard path != ":memory:", !path.isEmpty, !path.hasPrefix("file:") else { return }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw StoreError("'\(path)' is a folder, not a database file; pass the path of a '.db' file.")
        }
        guard !exists else { return }
        switch mode {
        case .readOnly:
            throw StoreError("Database '\(path)' does not exist; run 'timeline init' or 'timeline load' first.")
        case .readWrite:
            let folder = folderName(of: path)
            var folderIsDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsDirectory)
                || !folderIsDirectory.boolValue
            {
                throw StoreError("Cannot create database '\(path)': folder '\(folder)' does not exist.")
            }
        }
    }

    /// Whether the database file exists but neither it nor its folder can be written, as on a read-only mount.
    static func isOnReadOnlyMedia(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        return !FileManager.default.isWritableFile(atPath: folderName(of: path))
            || !FileManager.default.isWritableFile(atPath: path)
    }

    /// The folder part of a path: "a/b.db" → "a", "b.db" → ".", "/b.db" → "/".
    static func folderName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    private static func openingError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError("'\(path)' is not a SQLite database; pass the path of a timeline database.")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return lockedError(path: path)
        case .SQLITE_CANTOPEN where isOnReadOnlyMedia(path), .SQLITE_READONLY where isOnReadOnlyMedia(path):
            return StoreError(
                "Database '\(path)' is on a read-only disk or folder: it can be read but not written; "
                    + "load into a copy in a writable folder.",
                isDatabaseFailure: true
            )
        default:
            return StoreError("Cannot open database '\(path)': \(error.message ?? "\(error)").")
        }
    }

    private static func lockedError(path: String) -> StoreError {
        StoreError(
            "Database '\(path)' is locked by another process; try again when it has finished."
        )
    }

    /// Brings the schema to `Schema.version`, or refuses a schema this build cannot read.
    private func migrate(mode: Mode) throws {
        var version = try userVersion()
        if version > Schema.version { throw newerVersionError(version) }
        guard version < Schema.version else { return }
        if mode == .readOnly {
            if version == 0 {
                throw StoreError("Database '\(path)' has no timeline tables; run 'timeline init' first.")
            }
            throw StoreError(
                "Database '\(path)' uses schema version \(version) (this version of timeline uses "
                    + "\(Schema.version)); run 'timeline init' to upgrade it."
            )
        }
        try database.transaction(.immediate) {
            // Another process may have migrated the file while this one waited for the lock.
            version = try userVersion()
            if version > Schema.version { throw newerVersionError(version) }
            if version == 0 {
                let tables = try database.fetchValue(
                    Int.self,
                    sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
                if let tables, tables > 0 {
                    throw StoreError(
                        "'\(path)' is a SQLite database but not a timeline database; pass another path."
                    )
                }
            }
            for (index, migration) in Schema.migrations.enumerated().dropFirst(version) {
                do {
                    try database.execute(sql: migration.sql)
                    if let rewrite = migration.tableRewrite { try rewriteTables(rewrite) }
                } catch let error as DatabaseError {
                    throw StoreError(
                        "Cannot migrate database '\(path)' to schema version \(index + 1) "
                            + "(\(migration.name)): \(error.message ?? "\(error)")."
                    )
                }
                try database.setUserVersion(Int32(index + 1))
            }
        }
    }

    /// Rewrites the `CREATE TABLE` text of every table with `rewrite`, inside the migration's transaction:
    /// SQLite's procedure for a schema change without ALTER TABLE. Raising `schema_version` tells other connections
    /// to read the schema again, and `writable_schema = RESET` makes this one do so at once.
    private func rewriteTables(_ rewrite: (String) -> String) throws {
        let tables = try database.fetchAll(
            sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"
        )
        let schemaVersion = try database.fetchValue(Int.self, sql: "PRAGMA schema_version") ?? 0
        try database.execute(sql: "PRAGMA writable_schema = ON")
        do {
            for table in tables {
                let sql = try table[1, as: String.self]
                let rewritten = rewrite(sql)
                guard rewritten != sql else { continue }
                try database.execute(
                    sql: "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                    arguments: [rewritten, try table[0, as: String.self]]
                )
            }
            try database.execute(sql: "PRAGMA schema_version = \(schemaVersion + 1)")
        } catch {
            try? database.execute(sql: "PRAGMA writable_schema = RESET")
            throw error
        }
        try database.execute(sql: "PRAGMA writable_schema = RESET")
    }

    private func userVersion() throws -> Int {
        try database.userVersion
    }

    private func newerVersionError(_ version: Int) -> StoreError {
        StoreError(
            "Database '\(path)' was created by a newer version of timeline (schema version \(version); "
                + "this version knows \(Schema.version)). Upgrade timeline to open it."
        )
    }

    // MARK: Errors

    /// Runs `body`, turning every error it throws into a ``StoreError`` about this file.
    ///
    /// - parameter context: what the store was doing, to start the message ("Cannot load 'x.txt'").
    func translatingErrors<T>(_ context: String? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw storeError(error, context: context)
        } catch {
            throw StoreError("\(context ?? "Database '\(path)'"): \(error).")
        }
    }

    func storeError(_ error: DatabaseError, context: String? = nil) -> StoreError {
        let detail = error.message ?? "\(error)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            let seconds = busyTimeout == busyTimeout.rounded() ? "\(Int(busyTimeout))" : "\(busyTimeout)"
            return StoreError(
                "Database '\(path)' is locked by another process (waited \(seconds) s); "
                    + "try again when it has finished.",
                isDatabaseFailure: true
            )
        case .SQLITE_READONLY:
            return StoreError(
                "Database '\(path)' is read-only (\(detail)); load into a writable copy or folder.",
                isDatabaseFailure: true
            )
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(
                "'\(path)' is damaged or not a SQLite database: \(detail).",
                isDatabaseFailure: true
            )
        case .SQLITE_FULL:
            return StoreError(
                "Database '\(path)': the disk is full; free some space and load again "
                    + "(the articles stored so far are kept).",
                isDatabaseFailure: true
            )
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_NOMEM:
            return StoreError(
                "Database '\(path)': \(detail) (\(error.extendedResultCode)); check the disk and load again.",
                isDatabaseFailure: true
            )
        default:
            if let context { return StoreError("\(context): \(detail).") }
            return StoreError("Database '\(path)': \(detail).")
        }
    }
}
