import CTimelineSQLite

// C macros built from casts, such as `SQLITE_TRANSIENT`, are not imported into Swift, so the
// values the wrapper needs are defined here, once.

/// Tells SQLite to copy a bound text or blob before `sqlite3_bind_*` returns.
///
/// > The constant, SQLITE_TRANSIENT, may be passed to indicate that the object is to be copied
/// > prior to the return from sqlite3_bind_*().
///
/// Swift strings and arrays only lend their bytes for the duration of a call, so every text and
/// blob is bound with this destructor.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/bind_blob.html>
var SQLITE_TRANSIENT: sqlite3_destructor_type {
    unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
