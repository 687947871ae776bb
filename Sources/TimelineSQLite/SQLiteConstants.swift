import CTimelineSQLite

// C macros built from casts, such as `SQLITE_TRANSIENT`, are not imported into Swift, so the
// values the wrapper needs are defined here, once.

/// Tells SQLite that a bound text or blob stays valid, unchanged, until the parameter is bound again, the
/// bindings are cleared or the statement is finalized, so that SQLite reads it in place.
///
/// > If the fifth argument is the special value SQLITE_STATIC, then SQLite assumes that the information is in
/// > static, unmanaged space and does not need to be freed.
///
/// Swift strings and arrays only lend their bytes for the duration of a call, so ``Statement`` binds
/// copies that it keeps in a ``BindingBuffer`` of its own.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/bind_blob.html>
var SQLITE_STATIC: sqlite3_destructor_type? { nil }
