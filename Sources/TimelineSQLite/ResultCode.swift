import CTimelineSQLite

/// An SQLite result code, primary or extended.
///
/// The constants are named exactly as SQLite names them, so that each one can be looked up in
/// SQLite's documentation as is. A primary code is the low byte of an extended code:
/// ``primaryResultCode`` of `.SQLITE_CONSTRAINT_UNIQUE` is `.SQLITE_CONSTRAINT`.
///
/// For example:
///
/// ```swift
/// switch error.extendedResultCode {
/// case .SQLITE_CONSTRAINT_FOREIGNKEY: // an unknown parent row
/// case .SQLITE_CONSTRAINT: // any other constraint
/// default: break
/// }
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/rescode.html>
public struct ResultCode: RawRepresentable, Hashable, Sendable {
    /// The raw SQLite code, as returned by the C API.
    public let rawValue: CInt

    /// Creates a result code from a raw SQLite code.
    public init(rawValue: CInt) {
        self.rawValue = rawValue
    }

    /// Builds an extended code the way `sqlite3.h` does: `(primary | (extended << 8))`.
    private init(primary: ResultCode, extended: CInt) {
        self.rawValue = primary.rawValue | (extended << 8)
    }

    /// The primary result code: the least significant 8 bits of the code.
    ///
    /// > Given a full 32-bit extended result code, the application can always find the
    /// > corresponding primary result code merely by extracting the least significant 8 bits of
    /// > the extended result code.
    ///
    /// For example:
    ///
    /// ```swift
    /// ResultCode.SQLITE_CONSTRAINT_UNIQUE.primaryResultCode == .SQLITE_CONSTRAINT // true
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/rescode.html#extrc>
    public var primaryResultCode: ResultCode {
        ResultCode(rawValue: rawValue & 0xFF)
    }

    /// Whether this code is a primary code (it has no extended bits).
    public var isPrimary: Bool {
        self == primaryResultCode
    }

    /// Returns whether `code` matches `pattern`: a primary pattern matches itself and all of its
    /// extended codes, and an extended pattern matches only itself.
    ///
    /// For example:
    ///
    /// ```swift
    /// ResultCode.SQLITE_CONSTRAINT ~= .SQLITE_CONSTRAINT_UNIQUE // true
    /// ResultCode.SQLITE_CONSTRAINT_CHECK ~= .SQLITE_CONSTRAINT_UNIQUE // false
    /// ```
    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        if pattern.isPrimary {
            return pattern == code.primaryResultCode
        }
        return pattern == code
    }

    /// Returns whether `error` is a ``DatabaseError`` whose extended code matches `pattern`, so
    /// that result codes can be caught directly.
    ///
    /// For example:
    ///
    /// ```swift
    /// do {
    ///     try db.execute(sql: "INSERT INTO actor (name) VALUES (?)", arguments: ["Tokayev"])
    /// } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
    ///     // already there
    /// }
    /// ```
    public static func ~= (pattern: ResultCode, error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return pattern ~= error.extendedResultCode
    }

    // Primary result codes: <https://www.sqlite.org/rescode.html#primary_result_code_list>
    public static let SQLITE_OK = ResultCode(rawValue: 0)
    public static let SQLITE_ERROR = ResultCode(rawValue: 1)
    public static let SQLITE_INTERNAL = ResultCode(rawValue: 2)
    public static let SQLITE_PERM = ResultCode(rawValue: 3)
    public static let SQLITE_ABORT = ResultCode(rawValue: 4)
    public static let SQLITE_BUSY = ResultCode(rawValue: 5)
    public static let SQLITE_LOCKED = ResultCode(rawValue: 6)
    public static let SQLITE_NOMEM = ResultCode(rawValue: 7)
    public static let SQLITE_READONLY = ResultCode(rawValue: 8)
    public static let SQLITE_INTERRUPT = ResultCode(rawValue: 9)
    public static let SQLITE_IOERR = ResultCode(rawValue: 10)
    public static let SQLITE_CORRUPT = ResultCode(rawValue: 11)
    public static let SQLITE_NOTFOUND = ResultCode(rawValue: 12)
    public static let SQLITE_FULL = ResultCode(rawValue: 13)
    public static let SQLITE_CANTOPEN = ResultCode(rawValue: 14)
    public static let SQLITE_PROTOCOL = ResultCode(rawValue: 15)
    public static let SQLITE_EMPTY = ResultCode(rawValue: 16)
    public static let SQLITE_SCHEMA = ResultCode(rawValue: 17)
    public static let SQLITE_TOOBIG = ResultCode(rawValue: 18)
    public static let SQLITE_CONSTRAINT = ResultCode(rawValue: 19)
    public static let SQLITE_MISMATCH = ResultCode(rawValue: 20)
    public static let SQLITE_MISUSE = ResultCode(rawValue: 21)
    public static let SQLITE_NOLFS = ResultCode(rawValue: 22)
    public static let SQLITE_AUTH = ResultCode(rawValue: 23)
    public static let SQLITE_FORMAT = ResultCode(rawValue: 24)
    public static let SQLITE_RANGE = ResultCode(rawValue: 25)
    public static let SQLITE_NOTADB = ResultCode(rawValue: 26)
    public static let SQLITE_NOTICE = ResultCode(rawValue: 27)
    public static let SQLITE_WARNING = ResultCode(rawValue: 28)
    public static let SQLITE_ROW = ResultCode(rawValue: 100)
    public static let SQLITE_DONE = ResultCode(rawValue: 101)

    // Extended result codes: <https://www.sqlite.org/rescode.html#extended_result_code_list>
    public static let SQLITE_OK_LOAD_PERMANENTLY = ResultCode(primary: .SQLITE_OK, extended: 1)
    public static let SQLITE_ERROR_MISSING_COLLSEQ = ResultCode(primary: .SQLITE_ERROR, extended: 1)
    public static let SQLITE_ERROR_RETRY = ResultCode(primary: .SQLITE_ERROR, extended: 2)
    public static let SQLITE_ERROR_SNAPSHOT = ResultCode(primary: .SQLITE_ERROR, extended: 3)
    public static let SQLITE_ABORT_ROLLBACK = ResultCode(primary: .SQLITE_ABORT, extended: 2)
    public static let SQLITE_BUSY_RECOVERY = ResultCode(primary: .SQLITE_BUSY, extended: 1)
    public static let SQLITE_BUSY_SNAPSHOT = ResultCode(primary: .SQLITE_BUSY, extended: 2)
    public static let SQLITE_BUSY_TIMEOUT = ResultCode(primary: .SQLITE_BUSY, extended: 3)
    public static let SQLITE_LOCKED_SHAREDCACHE = ResultCode(primary: .SQLITE_LOCKED, extended: 1)
    public static let SQLITE_LOCKED_VTAB = ResultCode(primary: .SQLITE_LOCKED, extended: 2)
    public static let SQLITE_READONLY_RECOVERY = ResultCode(primary: .SQLITE_READONLY, extended: 1)
    public static let SQLITE_READONLY_CANTLOCK = ResultCode(primary: .SQLITE_READONLY, extended: 2)
    public static let SQLITE_READONLY_ROLLBACK = ResultCode(primary: .SQLITE_READONLY, extended: 3)
    public static let SQLITE_READONLY_DBMOVED = ResultCode(primary: .SQLITE_READONLY, extended: 4)
    public static let SQLITE_READONLY_CANTINIT = ResultCode(primary: .SQLITE_READONLY, extended: 5)
    public static let SQLITE_READONLY_DIRECTORY = ResultCode(primary: .SQLITE_READONLY, extended: 6)
    public static let SQLITE_IOERR_READ = ResultCode(primary: .SQLITE_IOERR, extended: 1)
    public static let SQLITE_IOERR_SHORT_READ = ResultCode(primary: .SQLITE_IOERR, extended: 2)
    public static let SQLITE_IOERR_WRITE = ResultCode(primary: .SQLITE_IOERR, extended: 3)
    public static let SQLITE_IOERR_FSYNC = ResultCode(primary: .SQLITE_IOERR, extended: 4)
    public static let SQLITE_IOERR_DIR_FSYNC = ResultCode(primary: .SQLITE_IOERR, extended: 5)
    public static let SQLITE_IOERR_TRUNCATE = ResultCode(primary: .SQLITE_IOERR, extended: 6)
    public static let SQLITE_IOERR_FSTAT = ResultCode(primary: .SQLITE_IOERR, extended: 7)
    public static let SQLITE_IOERR_UNLOCK = ResultCode(primary: .SQLITE_IOERR, extended: 8)
    public static let SQLITE_IOERR_RDLOCK = ResultCode(primary: .SQLITE_IOERR, extended: 9)
    public static let SQLITE_IOERR_DELETE = ResultCode(primary: .SQLITE_IOERR, extended: 10)
    public static let SQLITE_IOERR_BLOCKED = ResultCode(primary: .SQLITE_IOERR, extended: 11)
    public static let SQLITE_IOERR_NOMEM = ResultCode(primary: .SQLITE_IOERR, extended: 12)
    public static let SQLITE_IOERR_ACCESS = ResultCode(primary: .SQLITE_IOERR, extended: 13)
    public static let SQLITE_IOERR_CHECKRESERVEDLOCK = ResultCode(primary: .SQLITE_IOERR, extended: 14)
    public static let SQLITE_IOERR_LOCK = ResultCode(primary: .SQLITE_IOERR, extended: 15)
    public static let SQLITE_IOERR_CLOSE = ResultCode(primary: .SQLITE_IOERR, extended: 16)
    public static let SQLITE_IOERR_DIR_CLOSE = ResultCode(primary: .SQLITE_IOERR, extended: 17)
    public static let SQLITE_IOERR_SHMOPEN = ResultCode(primary: .SQLITE_IOERR, extended: 18)
    public static let SQLITE_IOERR_SHMSIZE = ResultCode(primary: .SQLITE_IOERR, extended: 19)
    public static let SQLITE_IOERR_SHMLOCK = ResultCode(primary: .SQLITE_IOERR, extended: 20)
    public static let SQLITE_IOERR_SHMMAP = ResultCode(primary: .SQLITE_IOERR, extended: 21)
    public static let SQLITE_IOERR_SEEK = ResultCode(primary: .SQLITE_IOERR, extended: 22)
    public static let SQLITE_IOERR_DELETE_NOENT = ResultCode(primary: .SQLITE_IOERR, extended: 23)
    public static let SQLITE_IOERR_MMAP = ResultCode(primary: .SQLITE_IOERR, extended: 24)
    public static let SQLITE_IOERR_GETTEMPPATH = ResultCode(primary: .SQLITE_IOERR, extended: 25)
    public static let SQLITE_IOERR_CONVPATH = ResultCode(primary: .SQLITE_IOERR, extended: 26)
    public static let SQLITE_IOERR_VNODE = ResultCode(primary: .SQLITE_IOERR, extended: 27)
    public static let SQLITE_IOERR_AUTH = ResultCode(primary: .SQLITE_IOERR, extended: 28)
    public static let SQLITE_IOERR_BEGIN_ATOMIC = ResultCode(primary: .SQLITE_IOERR, extended: 29)
    public static let SQLITE_IOERR_COMMIT_ATOMIC = ResultCode(primary: .SQLITE_IOERR, extended: 30)
    public static let SQLITE_IOERR_ROLLBACK_ATOMIC = ResultCode(primary: .SQLITE_IOERR, extended: 31)
    public static let SQLITE_IOERR_DATA = ResultCode(primary: .SQLITE_IOERR, extended: 32)
    public static let SQLITE_IOERR_CORRUPTFS = ResultCode(primary: .SQLITE_IOERR, extended: 33)
    public static let SQLITE_IOERR_IN_PAGE = ResultCode(primary: .SQLITE_IOERR, extended: 34)
    public static let SQLITE_CORRUPT_VTAB = ResultCode(primary: .SQLITE_CORRUPT, extended: 1)
    public static let SQLITE_CORRUPT_SEQUENCE = ResultCode(primary: .SQLITE_CORRUPT, extended: 2)
    public static let SQLITE_CORRUPT_INDEX = ResultCode(primary: .SQLITE_CORRUPT, extended: 3)
    public static let SQLITE_CANTOPEN_NOTEMPDIR = ResultCode(primary: .SQLITE_CANTOPEN, extended: 1)
    public static let SQLITE_CANTOPEN_ISDIR = ResultCode(primary: .SQLITE_CANTOPEN, extended: 2)
    public static let SQLITE_CANTOPEN_FULLPATH = ResultCode(primary: .SQLITE_CANTOPEN, extended: 3)
    public static let SQLITE_CANTOPEN_CONVPATH = ResultCode(primary: .SQLITE_CANTOPEN, extended: 4)
    public static let SQLITE_CANTOPEN_DIRTYWAL = ResultCode(primary: .SQLITE_CANTOPEN, extended: 5)
    public static let SQLITE_CANTOPEN_SYMLINK = ResultCode(primary: .SQLITE_CANTOPEN, extended: 6)
    public static let SQLITE_CONSTRAINT_CHECK = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 1)
    public static let SQLITE_CONSTRAINT_COMMITHOOK = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 2)
    public static let SQLITE_CONSTRAINT_FOREIGNKEY = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 3)
    public static let SQLITE_CONSTRAINT_FUNCTION = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 4)
    public static let SQLITE_CONSTRAINT_NOTNULL = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 5)
    public static let SQLITE_CONSTRAINT_PRIMARYKEY = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 6)
    public static let SQLITE_CONSTRAINT_TRIGGER = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 7)
    public static let SQLITE_CONSTRAINT_UNIQUE = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 8)
    public static let SQLITE_CONSTRAINT_VTAB = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 9)
    public static let SQLITE_CONSTRAINT_ROWID = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 10)
    public static let SQLITE_CONSTRAINT_PINNED = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 11)
    public static let SQLITE_CONSTRAINT_DATATYPE = ResultCode(primary: .SQLITE_CONSTRAINT, extended: 12)
    public static let SQLITE_AUTH_USER = ResultCode(primary: .SQLITE_AUTH, extended: 1)
    public static let SQLITE_NOTICE_RECOVER_WAL = ResultCode(primary: .SQLITE_NOTICE, extended: 1)
    public static let SQLITE_NOTICE_RECOVER_ROLLBACK = ResultCode(primary: .SQLITE_NOTICE, extended: 2)
    public static let SQLITE_NOTICE_RBU = ResultCode(primary: .SQLITE_NOTICE, extended: 3)
    public static let SQLITE_WARNING_AUTOINDEX = ResultCode(primary: .SQLITE_WARNING, extended: 1)
}

extension ResultCode: CustomStringConvertible {
    /// The SQLite name of the code followed by its value, such as `SQLITE_CONSTRAINT_UNIQUE (2067)`,
    /// or SQLite's English text for codes this version does not name.
    public var description: String {
        if let name = Self.names[rawValue] {
            return "\(name) (\(rawValue))"
        }
        return "\(rawValue) (\(String(cString: sqlite3_errstr(rawValue))))"
    }

    private static let names: [CInt: String] = [
        SQLITE_OK.rawValue: "SQLITE_OK",
        SQLITE_ERROR.rawValue: "SQLITE_ERROR",
        SQLITE_INTERNAL.rawValue: "SQLITE_INTERNAL",
        SQLITE_PERM.rawValue: "SQLITE_PERM",
        SQLITE_ABORT.rawValue: "SQLITE_ABORT",
        SQLITE_BUSY.rawValue: "SQLITE_BUSY",
        SQLITE_LOCKED.rawValue: "SQLITE_LOCKED",
        SQLITE_NOMEM.rawValue: "SQLITE_NOMEM",
        SQLITE_READONLY.rawValue: "SQLITE_READONLY",
        SQLITE_INTERRUPT.rawValue: "SQLITE_INTERRUPT",
        SQLITE_IOERR.rawValue: "SQLITE_IOERR",
        SQLITE_CORRUPT.rawValue: "SQLITE_CORRUPT",
        SQLITE_NOTFOUND.rawValue: "SQLITE_NOTFOUND",
        SQLITE_FULL.rawValue: "SQLITE_FULL",
        SQLITE_CANTOPEN.rawValue: "SQLITE_CANTOPEN",
        SQLITE_PROTOCOL.rawValue: "SQLITE_PROTOCOL",
        SQLITE_EMPTY.rawValue: "SQLITE_EMPTY",
        SQLITE_SCHEMA.rawValue: "SQLITE_SCHEMA",
        SQLITE_TOOBIG.rawValue: "SQLITE_TOOBIG",
        SQLITE_CONSTRAINT.rawValue: "SQLITE_CONSTRAINT",
        SQLITE_MISMATCH.rawValue: "SQLITE_MISMATCH",
        SQLITE_MISUSE.rawValue: "SQLITE_MISUSE",
        SQLITE_NOLFS.rawValue: "SQLITE_NOLFS",
        SQLITE_AUTH.rawValue: "SQLITE_AUTH",
        SQLITE_FORMAT.rawValue: "SQLITE_FORMAT",
        SQLITE_RANGE.rawValue: "SQLITE_RANGE",
        SQLITE_NOTADB.rawValue: "SQLITE_NOTADB",
        SQLITE_NOTICE.rawValue: "SQLITE_NOTICE",
        SQLITE_WARNING.rawValue: "SQLITE_WARNING",
        SQLITE_ROW.rawValue: "SQLITE_ROW",
        SQLITE_DONE.rawValue: "SQLITE_DONE",
        SQLITE_OK_LOAD_PERMANENTLY.rawValue: "SQLITE_OK_LOAD_PERMANENTLY",
        SQLITE_ERROR_MISSING_COLLSEQ.rawValue: "SQLITE_ERROR_MISSING_COLLSEQ",
        SQLITE_ERROR_RETRY.rawValue: "SQLITE_ERROR_RETRY",
        SQLITE_ERROR_SNAPSHOT.rawValue: "SQLITE_ERROR_SNAPSHOT",
        SQLITE_ABORT_ROLLBACK.rawValue: "SQLITE_ABORT_ROLLBACK",
        SQLITE_BUSY_RECOVERY.rawValue: "SQLITE_BUSY_RECOVERY",
        SQLITE_BUSY_SNAPSHOT.rawValue: "SQLITE_BUSY_SNAPSHOT",
        SQLITE_BUSY_TIMEOUT.rawValue: "SQLITE_BUSY_TIMEOUT",
        SQLITE_LOCKED_SHAREDCACHE.rawValue: "SQLITE_LOCKED_SHAREDCACHE",
        SQLITE_LOCKED_VTAB.rawValue: "SQLITE_LOCKED_VTAB",
        SQLITE_READONLY_RECOVERY.rawValue: "SQLITE_READONLY_RECOVERY",
        SQLITE_READONLY_CANTLOCK.rawValue: "SQLITE_READONLY_CANTLOCK",
        SQLITE_READONLY_ROLLBACK.rawValue: "SQLITE_READONLY_ROLLBACK",
        SQLITE_READONLY_DBMOVED.rawValue: "SQLITE_READONLY_DBMOVED",
        SQLITE_READONLY_CANTINIT.rawValue: "SQLITE_READONLY_CANTINIT",
        SQLITE_READONLY_DIRECTORY.rawValue: "SQLITE_READONLY_DIRECTORY",
        SQLITE_IOERR_READ.rawValue: "SQLITE_IOERR_READ",
        SQLITE_IOERR_SHORT_READ.rawValue: "SQLITE_IOERR_SHORT_READ",
        SQLITE_IOERR_WRITE.rawValue: "SQLITE_IOERR_WRITE",
        SQLITE_IOERR_FSYNC.rawValue: "SQLITE_IOERR_FSYNC",
        SQLITE_IOERR_DIR_FSYNC.rawValue: "SQLITE_IOERR_DIR_FSYNC",
        SQLITE_IOERR_TRUNCATE.rawValue: "SQLITE_IOERR_TRUNCATE",
        SQLITE_IOERR_FSTAT.rawValue: "SQLITE_IOERR_FSTAT",
        SQLITE_IOERR_UNLOCK.rawValue: "SQLITE_IOERR_UNLOCK",
        SQLITE_IOERR_RDLOCK.rawValue: "SQLITE_IOERR_RDLOCK",
        SQLITE_IOERR_DELETE.rawValue: "SQLITE_IOERR_DELETE",
        SQLITE_IOERR_BLOCKED.rawValue: "SQLITE_IOERR_BLOCKED",
        SQLITE_IOERR_NOMEM.rawValue: "SQLITE_IOERR_NOMEM",
        SQLITE_IOERR_ACCESS.rawValue: "SQLITE_IOERR_ACCESS",
        SQLITE_IOERR_CHECKRESERVEDLOCK.rawValue: "SQLITE_IOERR_CHECKRESERVEDLOCK",
        SQLITE_IOERR_LOCK.rawValue: "SQLITE_IOERR_LOCK",
        SQLITE_IOERR_CLOSE.rawValue: "SQLITE_IOERR_CLOSE",
        SQLITE_IOERR_DIR_CLOSE.rawValue: "SQLITE_IOERR_DIR_CLOSE",
        SQLITE_IOERR_SHMOPEN.rawValue: "SQLITE_IOERR_SHMOPEN",
        SQLITE_IOERR_SHMSIZE.rawValue: "SQLITE_IOERR_SHMSIZE",
        SQLITE_IOERR_SHMLOCK.rawValue: "SQLITE_IOERR_SHMLOCK",
        SQLITE_IOERR_SHMMAP.rawValue: "SQLITE_IOERR_SHMMAP",
        SQLITE_IOERR_SEEK.rawValue: "SQLITE_IOERR_SEEK",
        SQLITE_IOERR_DELETE_NOENT.rawValue: "SQLITE_IOERR_DELETE_NOENT",
        SQLITE_IOERR_MMAP.rawValue: "SQLITE_IOERR_MMAP",
        SQLITE_IOERR_GETTEMPPATH.rawValue: "SQLITE_IOERR_GETTEMPPATH",
        SQLITE_IOERR_CONVPATH.rawValue: "SQLITE_IOERR_CONVPATH",
        SQLITE_IOERR_VNODE.rawValue: "SQLITE_IOERR_VNODE",
        SQLITE_IOERR_AUTH.rawValue: "SQLITE_IOERR_AUTH",
        SQLITE_IOERR_BEGIN_ATOMIC.rawValue: "SQLITE_IOERR_BEGIN_ATOMIC",
        SQLITE_IOERR_COMMIT_ATOMIC.rawValue: "SQLITE_IOERR_COMMIT_ATOMIC",
        SQLITE_IOERR_ROLLBACK_ATOMIC.rawValue: "SQLITE_IOERR_ROLLBACK_ATOMIC",
        SQLITE_IOERR_DATA.rawValue: "SQLITE_IOERR_DATA",
        SQLITE_IOERR_CORRUPTFS.rawValue: "SQLITE_IOERR_CORRUPTFS",
        SQLITE_IOERR_IN_PAGE.rawValue: "SQLITE_IOERR_IN_PAGE",
        SQLITE_CORRUPT_VTAB.rawValue: "SQLITE_CORRUPT_VTAB",
        SQLITE_CORRUPT_SEQUENCE.rawValue: "SQLITE_CORRUPT_SEQUENCE",
        SQLITE_CORRUPT_INDEX.rawValue: "SQLITE_CORRUPT_INDEX",
        SQLITE_CANTOPEN_NOTEMPDIR.rawValue: "SQLITE_CANTOPEN_NOTEMPDIR",
        SQLITE_CANTOPEN_ISDIR.rawValue: "SQLITE_CANTOPEN_ISDIR",
        SQLITE_CANTOPEN_FULLPATH.rawValue: "SQLITE_CANTOPEN_FULLPATH",
        SQLITE_CANTOPEN_CONVPATH.rawValue: "SQLITE_CANTOPEN_CONVPATH",
        SQLITE_CANTOPEN_DIRTYWAL.rawValue: "SQLITE_CANTOPEN_DIRTYWAL",
        SQLITE_CANTOPEN_SYMLINK.rawValue: "SQLITE_CANTOPEN_SYMLINK",
        SQLITE_CONSTRAINT_CHECK.rawValue: "SQLITE_CONSTRAINT_CHECK",
        SQLITE_CONSTRAINT_COMMITHOOK.rawValue: "SQLITE_CONSTRAINT_COMMITHOOK",
        SQLITE_CONSTRAINT_FOREIGNKEY.rawValue: "SQLITE_CONSTRAINT_FOREIGNKEY",
        SQLITE_CONSTRAINT_FUNCTION.rawValue: "SQLITE_CONSTRAINT_FUNCTION",
        SQLITE_CONSTRAINT_NOTNULL.rawValue: "SQLITE_CONSTRAINT_NOTNULL",
        SQLITE_CONSTRAINT_PRIMARYKEY.rawValue: "SQLITE_CONSTRAINT_PRIMARYKEY",
        SQLITE_CONSTRAINT_TRIGGER.rawValue: "SQLITE_CONSTRAINT_TRIGGER",
        SQLITE_CONSTRAINT_UNIQUE.rawValue: "SQLITE_CONSTRAINT_UNIQUE",
        SQLITE_CONSTRAINT_VTAB.rawValue: "SQLITE_CONSTRAINT_VTAB",
        SQLITE_CONSTRAINT_ROWID.rawValue: "SQLITE_CONSTRAINT_ROWID",
        SQLITE_CONSTRAINT_PINNED.rawValue: "SQLITE_CONSTRAINT_PINNED",
        SQLITE_CONSTRAINT_DATATYPE.rawValue: "SQLITE_CONSTRAINT_DATATYPE",
        SQLITE_AUTH_USER.rawValue: "SQLITE_AUTH_USER",
        SQLITE_NOTICE_RECOVER_WAL.rawValue: "SQLITE_NOTICE_RECOVER_WAL",
        SQLITE_NOTICE_RECOVER_ROLLBACK.rawValue: "SQLITE_NOTICE_RECOVER_ROLLBACK",
        SQLITE_NOTICE_RBU.rawValue: "SQLITE_NOTICE_RBU",
        SQLITE_WARNING_AUTOINDEX.rawValue: "SQLITE_WARNING_AUTOINDEX",
    ]
}
