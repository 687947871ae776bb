/// How a transaction takes its locks.
///
/// Related SQLite documentation: <https://www.sqlite.org/lang_transaction.html>
public enum TransactionKind: String, Sendable {
    /// Takes no lock until the first read or write. A deferred transaction that later writes can
    /// fail with `SQLITE_BUSY` in the middle, so writers should not use it.
    case deferred = "DEFERRED"
    /// Takes the write lock at once, so that a second writer waits (busy timeout) at `BEGIN`
    /// rather than failing halfway. The default.
    case immediate = "IMMEDIATE"
    /// Like `immediate`; in WAL mode the two are the same.
    case exclusive = "EXCLUSIVE"
}

extension Database {
    /// Runs `body` inside a transaction: commits when it returns, rolls back when it throws.
    ///
    /// When `body` or the commit fails, that first error is rethrown, even if the rollback fails
    /// too. Transactions do not nest: calling this inside a transaction fails; use
    /// ``savepoint(named:_:)`` for a nested unit of work.
    ///
    /// For example:
    ///
    /// ```swift
    /// let articleID = try db.transaction {
    ///     try db.execute(sql: "INSERT INTO article (sha256) VALUES (?)", arguments: [hash])
    ///     return db.lastInsertedRowID
    /// }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/lang_transaction.html>
    ///
    /// - parameters:
    ///   - kind: How the transaction locks the database. The default is `.immediate`.
    ///   - body: The work to do; it may throw any error.
    /// - returns: The value returned by `body`.
    /// - throws: A ``DatabaseError`` when the transaction cannot begin or commit, or whatever
    ///   `body` throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute(sql: "BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute(sql: "COMMIT TRANSACTION")
        } catch {
            rollbackIgnoringErrors()
            throw error
        }
        return result
    }

    /// Sends `ROLLBACK` if a transaction is still open, keeping quiet about its failure so that
    /// the error that caused the rollback is the one reported.
    private func rollbackIgnoringErrors() {
        // > If certain kinds of errors occur within a transaction, the transaction may or may not
        // > be rolled back automatically.
        // Hence the autocommit check: after an automatic rollback, a ROLLBACK would only fail.
        guard !isClosed, isInsideTransaction else { return }
        try? execute(sql: "ROLLBACK TRANSACTION")
    }

    /// Runs `body` inside a savepoint: releases it when `body` returns, rolls back to it and
    /// releases it when `body` throws. Savepoints nest, inside or outside a transaction.
    ///
    /// When `body` or the release fails, that first error is rethrown, even if the rollback fails
    /// too.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.transaction {
    ///     for article in articles {
    ///         // A bad article is skipped without losing the others.
    ///         try? db.savepoint(named: "article") { try load(article) }
    ///     }
    /// }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/lang_savepoint.html>
    ///
    /// - parameters:
    ///   - name: The savepoint name. The default is `timeline`.
    ///   - body: The work to do; it may throw any error.
    /// - returns: The value returned by `body`.
    /// - throws: A ``DatabaseError`` when the savepoint cannot start or be released, or whatever
    ///   `body` throws.
    public func savepoint<T>(named name: String = "timeline", _ body: () throws -> T) throws -> T {
        let quotedName = "\"" + String(name.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
        // Cached: a bulk load opens a savepoint per article, and compiling the two statements each time cost
        // more than running them.
        try cachedStatement(sql: "SAVEPOINT \(quotedName)").execute()
        let result: T
        do {
            result = try body()
            try cachedStatement(sql: "RELEASE SAVEPOINT \(quotedName)").execute()
        } catch {
            // > The ROLLBACK TO command reverts the state of the database back to what it was just
            // > after the corresponding SAVEPOINT. ... Instead of cancelling the transaction, the
            // > ROLLBACK TO command restarts the transaction again at the beginning.
            // The savepoint stays on the stack after ROLLBACK TO, so it is released as well. If
            // SQLite already rolled everything back, both fail, and the first error still wins.
            if !isClosed, isInsideTransaction {
                try? execute(sql: "ROLLBACK TRANSACTION TO SAVEPOINT \(quotedName)")
                try? execute(sql: "RELEASE SAVEPOINT \(quotedName)")
            }
            throw error
        }
        return result
    }
}
