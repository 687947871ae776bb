import CTimelineSQLite

/// The SQLite library version this build runs against ("3.40.1").
public var sqliteLibraryVersion: String { String(cString: sqlite3_libversion()) }
