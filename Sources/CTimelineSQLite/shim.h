#ifndef CTIMELINESQLITE_SHIM_H
#define CTIMELINESQLITE_SHIM_H

#include <sqlite3.h>

/// Turns off double-quoted string literals for DDL and DML. `sqlite3_db_config` is variadic,
/// and Swift cannot call variadic C functions, so this fixed-arity wrapper exists.
static inline int timeline_disable_dqs(sqlite3 *db) {
    int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
}

#endif
