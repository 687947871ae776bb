/*
 * timeline-baseline: the storage side of timeline written directly against the SQLite C API.
 *
 * It is the physical limit that `make bench` compares TimelineStore with: the same schema (schema.sql,
 * read at run time), the same pragmas, the same statements, the same pre-extracted rows, and nothing else
 * (no hashing, no name normalisation, no Swift values). Only the SQL work is timed; reading the row file
 * happens before the clock starts.
 *
 *   timeline-baseline insert SCHEMA.sql DB ROWS     store the rows of ROWS, one transaction per batch of 256
 *                                                   articles (as `timeline load` commits on two cores)
 *   timeline-baseline query DB QUERIES              run every query of QUERIES, print median and p99 per kind
 *
 * ROWS and QUERIES are written by BenchmarkRunner: one record per line, fields separated by tabs, with
 * "\\", "\t", "\n" escaped and a lone "\N" for NULL. Output is `key=value` lines that BenchmarkRunner reads.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_FIELDS 20
#define BATCH_ARTICLES 256

typedef struct {
    int count;
    char *fields[MAX_FIELDS]; /* NULL for SQL NULL; fields[0] is the record type */
} record;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(sqlite3 *db, const char *what) {
    fprintf(stderr, "timeline-baseline: %s: %s\n", what, db ? sqlite3_errmsg(db) : "failed");
    exit(1);
}

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "timeline-baseline: cannot open %s\n", path);
        exit(1);
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "timeline-baseline: cannot read %s\n", path);
        exit(1);
    }
    text[size] = 0;
    fclose(file);
    if (length) *length = (size_t)size;
    return text;
}

/* Unescapes one field in place; returns NULL for the NULL marker. */
static char *unescape(char *field) {
    if (strcmp(field, "\\N") == 0) return NULL;
    char *out = field;
    for (char *in = field; *in; in++) {
        if (*in == '\\' && in[1]) {
            in++;
            *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in;
        } else {
            *out++ = *in;
        }
    }
    *out = 0;
    return field;
}

/* Splits the whole file into records (modifying it in place). */
static record *parse_records(char *text, size_t *count) {
    size_t capacity = 1024, used = 0;
    record *records = malloc(capacity * sizeof(record));
    char *line = text;
    while (*line) {
        char *end = strchr(line, '\n');
        if (end) *end = 0;
        if (*line) {
            if (used == capacity) {
                capacity *= 2;
                records = realloc(records, capacity * sizeof(record));
            }
            record *r = &records[used++];
            r->count = 0;
            char *field = line;
            for (;;) {
                char *tab = strchr(field, '\t');
                if (tab) *tab = 0;
                if (r->count < MAX_FIELDS) r->fields[r->count++] = unescape(field);
                if (!tab) break;
                field = tab + 1;
            }
        }
        if (!end) break;
        line = end + 1;
    }
    *count = used;
    return records;
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql) {
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL) != SQLITE_OK)
        die(db, sql);
    return statement;
}

static void bind_text(sqlite3_stmt *s, int index, const char *value) {
    if (value)
        sqlite3_bind_text(s, index, value, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, index);
}

static void bind_int(sqlite3_stmt *s, int index, const char *value) {
    if (value)
        sqlite3_bind_int64(s, index, strtoll(value, NULL, 10));
    else
        sqlite3_bind_null(s, index);
}

/* Steps to the end, reading every column as the Swift side reads it into values. */
static long run(sqlite3 *db, sqlite3_stmt *s) {
    long rows = 0;
    int code;
    while ((code = sqlite3_step(s)) == SQLITE_ROW) {
        int columns = sqlite3_column_count(s);
        for (int i = 0; i < columns; i++) {
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_INTEGER: (void)sqlite3_column_int64(s, i); break;
            case SQLITE_FLOAT: (void)sqlite3_column_double(s, i); break;
            case SQLITE_NULL: break;
            default: (void)sqlite3_column_text(s, i); (void)sqlite3_column_bytes(s, i); break;
            }
        }
        rows++;
    }
    if (code != SQLITE_DONE) die(db, sqlite3_sql(s));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rows;
}

/* The connection set-up of TimelineSQLite.Database: busy timeout, no DQS, foreign keys; for a writer WAL,
 * synchronous NORMAL, journals in memory and a 32 MiB cache. */
static sqlite3 *open_database(const char *path, int flags) {
    sqlite3 *db;
    if (sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        die(db, "open");
    sqlite3_busy_timeout(db, 5000);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (void *)0);
    if (sqlite3_exec(db, "SELECT * FROM sqlite_master LIMIT 1", NULL, NULL, NULL) != SQLITE_OK) die(db, "read");
    if (sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK) die(db, "foreign_keys");
    if (!(flags & SQLITE_OPEN_READONLY) &&
        (sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA temp_store = MEMORY", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA cache_size = -32768", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 8000", NULL, NULL, NULL) != SQLITE_OK))
        die(db, "pragmas");
    return db;
}

static void exec(sqlite3 *db, const char *sql) {
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) die(db, sql);
}

/* ---- insert ---------------------------------------------------------------------------------------- */

/* Full-text rows of the open batch, for one FTS5 table: a rowid and one or two text columns. */
typedef struct {
    sqlite3_int64 id;
    const char *first, *second;
} index_row;

typedef struct {
    index_row *rows;
    size_t count, capacity;
} pending_index;

static void pending_add(pending_index *index, sqlite3_int64 id, const char *first, const char *second) {
    if (index->count == index->capacity) {
        index->capacity = index->capacity ? index->capacity * 2 : 1024;
        index->rows = realloc(index->rows, index->capacity * sizeof(index_row));
        if (!index->rows) { fprintf(stderr, "out of memory\n"); exit(1); }
    }
    index->rows[index->count++] = (index_row){id, first, second};
}

/* Indexes the rows with `insert` (rowid, then one or two columns) and empties the list, as TimelineStore does
 * before a batch commits. */
static void write_index(sqlite3 *db, pending_index *index, sqlite3_stmt *insert, int columns) {
    for (size_t i = 0; i < index->count; i++) {
        sqlite3_bind_int64(insert, 1, index->rows[i].id);
        bind_text(insert, 2, index->rows[i].first);
        if (columns == 2) bind_text(insert, 3, index->rows[i].second);
        run(db, insert);
    }
    index->count = 0;
}

static int insert_rows(const char *schema_path, const char *db_path, const char *rows_path) {
    char *schema = read_file(schema_path, NULL);
    char *text = read_file(rows_path, NULL);
    size_t count;
    record *records = parse_records(text, &count);

    sqlite3 *db = open_database(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    exec(db, "BEGIN IMMEDIATE");
    exec(db, schema);
    exec(db, "PRAGMA user_version = 1");
    exec(db, "COMMIT");

    sqlite3_stmt *find = prepare(db, "SELECT id, sha256 FROM article WHERE sha256 = ? OR (? AND url = ?) ORDER BY id");
    sqlite3_stmt *article = prepare(db,
        "INSERT INTO article (sha256, url, title, source, author, published_on, body, format) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *upsert = prepare(db,
        "INSERT INTO actor (name, kind) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET "
        "kind = CASE WHEN actor.kind = 'other' THEN excluded.kind ELSE actor.kind END, "
        "name = CASE WHEN excluded.name COLLATE BINARY > actor.name THEN excluded.name ELSE actor.name END");
    sqlite3_stmt *lookup = prepare(db, "SELECT id FROM actor WHERE name = ?");
    sqlite3_stmt *alias = prepare(db, "INSERT INTO actor_alias (actor_id, alias) VALUES (?, ?) "
        "ON CONFLICT (actor_id, alias) DO UPDATE SET alias = excluded.alias "
        "WHERE excluded.alias COLLATE BINARY > actor_alias.alias");
    sqlite3_stmt *role = prepare(db,
        "INSERT INTO actor_role (actor_id, title, started_on, ended_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
    sqlite3_stmt *event = prepare(db,
        "INSERT INTO event (occurred_on, precision, occurred_until, date_from, date_to, date_basis, type, location, "
        "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *source = prepare(db,
        "INSERT INTO event_source (event_id, article_id, quote, start, end, occurred_on, precision, occurred_until, "
        "date_from, date_to, date_basis, type, location, summary, actor_ids, group_names) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *pending = prepare(db, "INSERT OR IGNORE INTO match_pending (type, year) VALUES (?, ?)");
    sqlite3_stmt *retraction = prepare(db,
        "INSERT INTO retraction (article_id, value, quote, start, end) VALUES (?, ?, ?, ?, ?)");
    char ids[4096];
    /* No trigger indexes an inserted row (schema.sql): the store indexes the batch's articles and sentences
     * itself, just before the batch commits, as here. */
    sqlite3_stmt *article_fts = prepare(db, "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)");
    sqlite3_stmt *source_fts = prepare(db, "INSERT INTO event_source_fts (rowid, quote) VALUES (?, ?)");
    sqlite3_stmt *participant = prepare(db,
        "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *figure = prepare(db,
        "INSERT INTO figure (article_id, category, group_name, low, high, approximate, as_of, as_of_from, as_of_to, "
        "attributed_to, location, quote, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    sqlite3_int64 *actor_ids = malloc(sizeof(sqlite3_int64) * 4096);
    int actors = 0;
    sqlite3_int64 article_id = 0, actor_id = 0, event_id = 0;
    long articles = 0, rows = 0;
    int skipping = 0;
    int in_batch = 0; /* articles in the open transaction */
    pending_index article_index = {0}, sentence_index = {0};

    double started = now_seconds();
    for (size_t i = 0; i < count; i++) {
        record *r = &records[i];
        char **f = r->fields;
        switch (f[0][0]) {
        case 'A': /* A sha256 url title source author published body format */
            if (in_batch == 0) exec(db, "BEGIN IMMEDIATE TRANSACTION");
            /* Each article is a savepoint of the batch, as in the store: a failing article is undone alone. */
            exec(db, "SAVEPOINT article");
            actors = 0;
            bind_text(find, 1, f[1]);
            sqlite3_bind_int64(find, 2, 0);
            bind_text(find, 3, f[2]);
            skipping = run(db, find) > 0;
            if (skipping) break;
            for (int k = 1; k <= 8; k++) bind_text(article, k, f[k]);
            run(db, article);
            article_id = sqlite3_last_insert_rowid(db);
            pending_add(&article_index, article_id, f[3], f[7]);
            rows++;
            break;
        case 'R': /* R name kind */
            if (skipping) break;
            bind_text(upsert, 1, f[1]);
            bind_text(upsert, 2, f[2]);
            run(db, upsert);
            bind_text(lookup, 1, f[1]);
            if (sqlite3_step(lookup) != SQLITE_ROW) die(db, "actor lookup");
            actor_id = sqlite3_column_int64(lookup, 0);
            sqlite3_reset(lookup);
            if (actors < 4096) actor_ids[actors++] = actor_id;
            rows++;
            break;
        case 'L': /* L alias */
            if (skipping) break;
            sqlite3_bind_int64(alias, 1, actor_id);
            bind_text(alias, 2, f[1]);
            run(db, alias);
            rows++;
            break;
        case 'O': /* O title from until */
            if (skipping) break;
            sqlite3_bind_int64(role, 1, actor_id);
            for (int k = 1; k <= 3; k++) bind_text(role, k + 1, f[k]);
            run(db, role);
            rows++;
            break;
        case 'E': /* E occurred_on precision until from to basis type location summary quote start end
                   * source-location actor-record-numbers group-names-json */
            if (skipping) break;
            for (int k = 1; k <= 9; k++) bind_text(event, k, f[k]);
            run(db, event);
            event_id = sqlite3_last_insert_rowid(db);
            sqlite3_bind_int64(source, 1, event_id);
            sqlite3_bind_int64(source, 2, article_id);
            bind_text(source, 3, f[10]);
            bind_int(source, 4, f[11]);
            bind_int(source, 5, f[12]);
            for (int k = 1; k <= 7; k++) bind_text(source, k + 5, f[k]);
            bind_text(source, 13, f[13]);
            bind_text(source, 14, f[9]);
            /* "[12,40]": the ids of the actor records the event names, as the store writes them. */
            {
                size_t used = 0;
                ids[used++] = '[';
                for (char *cursor = f[14]; cursor && *cursor && used < sizeof ids - 24;) {
                    long index = strtol(cursor, &cursor, 10);
                    if (*cursor == ',') cursor++;
                    if (index < 0 || index >= actors) continue;
                    if (used > 1) ids[used++] = ',';
                    used += (size_t)snprintf(ids + used, sizeof ids - used, "%lld", (long long)actor_ids[index]);
                }
                ids[used++] = ']';
                ids[used] = 0;
            }
            sqlite3_bind_text(source, 15, ids, -1, SQLITE_TRANSIENT);
            bind_text(source, 16, f[15]);
            run(db, source);
            pending_add(&sentence_index, sqlite3_last_insert_rowid(db), f[10], NULL);
            rows += 2;
            break;
        case 'P': /* P actor-index-or-(-1) group position */
            if (skipping) break;
            sqlite3_bind_int64(participant, 1, event_id);
            {
                long index = strtol(f[1], NULL, 10);
                if (index >= 0 && index < actors)
                    sqlite3_bind_int64(participant, 2, actor_ids[index]);
                else
                    sqlite3_bind_null(participant, 2);
            }
            bind_text(participant, 3, f[2]);
            bind_int(participant, 4, f[3]);
            run(db, participant);
            rows++;
            break;
        case 'F': /* F category group low high approximate as_of from to attributed location quote start end */
            if (skipping) break;
            sqlite3_bind_int64(figure, 1, article_id);
            bind_text(figure, 2, f[1]);
            bind_text(figure, 3, f[2]);
            bind_int(figure, 4, f[3]);
            bind_int(figure, 5, f[4]);
            bind_int(figure, 6, f[5]);
            for (int k = 6; k <= 11; k++) bind_text(figure, k + 1, f[k]);
            bind_int(figure, 13, f[12]);
            bind_int(figure, 14, f[13]);
            run(db, figure);
            rows++;
            break;
        case 'M': /* M type year: a block whose matching the load defers */
            if (skipping) break;
            bind_text(pending, 1, f[1]);
            bind_int(pending, 2, f[2]);
            run(db, pending);
            break;
        case 'X': /* X value quote start end: a retraction */
            if (skipping) break;
            sqlite3_bind_int64(retraction, 1, article_id);
            bind_int(retraction, 2, f[1]);
            bind_text(retraction, 3, f[2]);
            bind_int(retraction, 4, f[3]);
            bind_int(retraction, 5, f[4]);
            run(db, retraction);
            rows++;
            break;
        case 'T':
            exec(db, "RELEASE SAVEPOINT article");
            if (++in_batch == BATCH_ARTICLES) {
                write_index(db, &article_index, article_fts, 2);
                write_index(db, &sentence_index, source_fts, 1);
                exec(db, "COMMIT TRANSACTION");
                in_batch = 0;
            }
            if (!skipping) articles++;
            break;
        }
    }
    if (in_batch > 0) {
        write_index(db, &article_index, article_fts, 2);
        write_index(db, &sentence_index, source_fts, 1);
        exec(db, "COMMIT TRANSACTION");
    }
    double seconds = now_seconds() - started;
    printf("articles=%ld\nrows=%ld\nseconds=%.6f\n", articles, rows, seconds);

    sqlite3_finalize(find); sqlite3_finalize(article); sqlite3_finalize(upsert); sqlite3_finalize(lookup);
    sqlite3_finalize(alias); sqlite3_finalize(role); sqlite3_finalize(event); sqlite3_finalize(source);
    sqlite3_finalize(participant); sqlite3_finalize(figure); sqlite3_finalize(article_fts); sqlite3_finalize(source_fts);
    sqlite3_finalize(pending); sqlite3_finalize(retraction);
    sqlite3_close(db);
    free(actor_ids); free(article_index.rows); free(sentence_index.rows); free(records); free(text); free(schema);
    return 0;
}

/* ---- query ----------------------------------------------------------------------------------------- */

#define EVENT_COLUMNS \
    "event.id, event.occurred_on, event.occurred_until, event.date_basis, event.type, event.location, event.summary"
#define EVENT_ORDER " ORDER BY event.date_from, event.date_to, event.id LIMIT ? OFFSET ?"
#define SEARCH_CONDITION \
    "(event.id IN (SELECT event_source.event_id FROM event_source_fts " \
    "JOIN event_source ON event_source.id = event_source_fts.rowid WHERE event_source_fts MATCH ?) OR " \
    "event.id IN (SELECT event_source.event_id FROM event_source WHERE event_source.article_id IN " \
    "(SELECT rowid FROM article_fts WHERE article_fts MATCH ?)))"

typedef struct {
    sqlite3_stmt *on, *range, *match, *actor, *actor_frequent, *total, *count, *search, *casualties, *participants,
        *sources;
} query_statements;

/* TimelineStore.isFrequent: count the actor's events up to sqrt(limit x total) and walk the events in date order
 * (EXISTS) when count^2 > limit x total, else collect them (IN). One actor id, as the benchmark's names match. */
static int is_frequent(sqlite3 *db, query_statements *q, sqlite3_int64 id, sqlite3_int64 limit) {
    if (limit < 0) return 0;
    if (sqlite3_step(q->total) != SQLITE_ROW) die(db, "max(id)");
    double product = (double)(limit > 1 ? limit : 1) * (double)sqlite3_column_int64(q->total, 0);
    sqlite3_reset(q->total);
    sqlite3_int64 bound = (sqlite3_int64)ceil(sqrt(product)) + 1;
    sqlite3_bind_int64(q->count, 1, id);
    sqlite3_bind_int64(q->count, 2, bound);
    if (sqlite3_step(q->count) != SQLITE_ROW) die(db, "count");
    double count = (double)sqlite3_column_int64(q->count, 0);
    sqlite3_reset(q->count);
    return count * count > product;
}

/* Runs an event statement, then the participants and sources of the events it returned (as fetchEvents). */
static long run_events(sqlite3 *db, query_statements *q, sqlite3_stmt *s) {
    static char ids[1 << 20];
    size_t used = 0;
    long rows = 0;
    int code;
    ids[used++] = '[';
    while ((code = sqlite3_step(s)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(s, 0);
        for (int i = 1; i < 7; i++) (void)sqlite3_column_text(s, i);
        if (used < sizeof(ids) - 32) used += (size_t)snprintf(ids + used, 32, rows ? ",%lld" : "%lld", (long long)id);
        rows++;
    }
    if (code != SQLITE_DONE) die(db, sqlite3_sql(s));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rows == 0) return 0;
    ids[used++] = ']';
    ids[used] = 0;
    sqlite3_bind_text(q->participants, 1, ids, (int)used, SQLITE_STATIC);
    run(db, q->participants);
    sqlite3_bind_text(q->sources, 1, ids, (int)used, SQLITE_STATIC);
    run(db, q->sources);
    return rows;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static const char *kinds[] = {"on", "range", "actor-frequent", "actor-rare", "casualties", "search"};
#define KIND_COUNT 6

static int run_queries(const char *db_path, const char *queries_path) {
    char *text = read_file(queries_path, NULL);
    size_t count;
    record *records = parse_records(text, &count);
    sqlite3 *db = open_database(db_path, SQLITE_OPEN_READONLY);
    query_statements q = {
        .on = prepare(db, "SELECT " EVENT_COLUMNS " FROM event WHERE event.date_from >= ? AND event.date_from <= ? "
                          "AND event.date_to <= ?" EVENT_ORDER),
        .range = prepare(db, "SELECT " EVENT_COLUMNS " FROM event WHERE event.date_from >= ? AND event.date_to <= ? "
                             "AND event.date_from <= ?" EVENT_ORDER),
        .match = prepare(db, "SELECT id, name FROM actor WHERE name = ?1 UNION SELECT actor.id, actor.name FROM "
                             "actor_alias JOIN actor ON actor.id = actor_alias.actor_id WHERE actor_alias.alias = ?1 "
                             "ORDER BY 2"),
        .actor = prepare(db, "SELECT " EVENT_COLUMNS " FROM event WHERE event.id IN (SELECT event_id FROM event_actor "
                             "WHERE actor_id IN (?)) AND event.date_from IS NOT NULL" EVENT_ORDER),
        .actor_frequent = prepare(db, "SELECT " EVENT_COLUMNS " FROM event WHERE EXISTS (SELECT 1 FROM event_actor "
                                      "WHERE event_actor.event_id = event.id AND event_actor.actor_id IN (?)) AND "
                                      "event.date_from IS NOT NULL" EVENT_ORDER),
        .total = prepare(db, "SELECT max(id) FROM event"),
        .count = prepare(db, "SELECT count(*) FROM (SELECT 1 FROM event_actor WHERE actor_id IN (?) LIMIT ?)"),
        .search = prepare(db, "SELECT " EVENT_COLUMNS " FROM event WHERE " SEARCH_CONDITION
                              " AND event.date_from IS NOT NULL" EVENT_ORDER),
        .casualties = prepare(db,
            "SELECT figure.id, figure.category, figure.group_name, figure.low, figure.high, figure.approximate, "
            "figure.location, figure.as_of, figure.attributed_to, figure.quote, article.id, article.title, "
            "article.url, article.source, article.published_on FROM figure JOIN article ON article.id = "
            "figure.article_id ORDER BY coalesce(figure.as_of_from, article.published_on) IS NULL, "
            "coalesce(figure.as_of_from, article.published_on), figure.id"),
        .participants = prepare(db,
            "SELECT event_actor.event_id, coalesce(actor.name, event_actor.group_name) FROM event_actor LEFT JOIN "
            "actor ON actor.id = event_actor.actor_id WHERE event_actor.event_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY event_actor.event_id, event_actor.position"),
        .sources = prepare(db,
            "SELECT event_source.event_id, article.id, article.title, article.url, article.source, "
            "article.published_on, event_source.quote, event_source.start, event_source.end, "
            "event_source.occurred_on, event_source.date_basis FROM event_source JOIN "
            "article ON article.id = event_source.article_id WHERE event_source.event_id IN (SELECT value FROM "
            "json_each(?)) ORDER BY event_source.event_id, event_source.id"),
    };
    double *times[KIND_COUNT];
    size_t used[KIND_COUNT] = {0};
    long results[KIND_COUNT] = {0};
    for (int k = 0; k < KIND_COUNT; k++) times[k] = malloc(sizeof(double) * (count + 1));

    for (size_t i = 0; i < count; i++) {
        char **f = records[i].fields;
        int kind = -1;
        for (int k = 0; k < KIND_COUNT; k++)
            if (strcmp(f[0], kinds[k]) == 0) kind = k;
        if (kind < 0) continue;
        double started = now_seconds();
        long rows = 0;
        switch (kind) {
        case 0: /* on FIRST LAST */
        case 1: /* range SINCE UNTIL */
        {
            sqlite3_stmt *s = kind == 0 ? q.on : q.range;
            bind_text(s, 1, f[1]);
            bind_text(s, 2, f[2]);
            bind_text(s, 3, f[2]);
            sqlite3_bind_int64(s, 4, -1);
            sqlite3_bind_int64(s, 5, 0);
            rows = run_events(db, &q, s);
            break;
        }
        case 2:
        case 3: /* actor-* NAME LIMIT */
        {
            /* Swift writes one placeholder per matching actor; names that match several get their own statement. */
            sqlite3_int64 ids[64];
            int matches = 0;
            bind_text(q.match, 1, f[1]);
            while (sqlite3_step(q.match) == SQLITE_ROW) {
                if (matches < 64) ids[matches++] = sqlite3_column_int64(q.match, 0);
                (void)sqlite3_column_text(q.match, 1);
            }
            sqlite3_reset(q.match);
            sqlite3_stmt *s = matches == 1 && is_frequent(db, &q, ids[0], atoll(f[2])) ? q.actor_frequent : q.actor;
            if (matches != 1) {
                char sql[2048] = "SELECT " EVENT_COLUMNS " FROM event WHERE event.id IN (SELECT event_id FROM "
                                 "event_actor WHERE actor_id IN (";
                for (int m = 0; m < matches; m++) strcat(sql, m ? ", ?" : "?");
                strcat(sql, ")) AND event.date_from IS NOT NULL" EVENT_ORDER);
                s = prepare(db, sql);
            }
            for (int m = 0; m < matches; m++) sqlite3_bind_int64(s, m + 1, ids[m]);
            bind_int(s, matches + 1, f[2]);
            sqlite3_bind_int64(s, matches + 2, 0);
            rows = run_events(db, &q, s);
            if (s != q.actor && s != q.actor_frequent) sqlite3_finalize(s);
            break;
        }
        case 4:
            rows = run(db, q.casualties);
            break;
        case 5: /* search PATTERN LIMIT */
            bind_text(q.search, 1, f[1]);
            bind_text(q.search, 2, f[1]);
            bind_int(q.search, 3, f[2]);
            sqlite3_bind_int64(q.search, 4, 0);
            rows = run_events(db, &q, q.search);
            break;
        }
        times[kind][used[kind]++] = now_seconds() - started;
        results[kind] += rows;
    }
    for (int k = 0; k < KIND_COUNT; k++) {
        if (used[k] == 0) continue;
        qsort(times[k], used[k], sizeof(double), compare_doubles);
        size_t p99 = (size_t)((double)(used[k] - 1) * 0.99 + 0.5);
        printf("%s.count=%zu\n%s.median=%.9f\n%s.p99=%.9f\n%s.rows=%ld\n", kinds[k], used[k], kinds[k],
               times[k][(used[k] - 1) / 2], kinds[k], times[k][p99], kinds[k], results[k]);
        free(times[k]);
    }
    sqlite3_stmt *all[] = {q.on, q.range, q.match, q.actor, q.actor_frequent, q.total, q.count, q.search,
        q.casualties, q.participants, q.sources};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) sqlite3_finalize(all[i]);
    sqlite3_close(db);
    free(records);
    free(text);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 5 && strcmp(argv[1], "insert") == 0) return insert_rows(argv[2], argv[3], argv[4]);
    if (argc == 4 && strcmp(argv[1], "query") == 0) return run_queries(argv[2], argv[3]);
    fprintf(stderr, "usage: timeline-baseline insert SCHEMA.sql DB ROWS | query DB QUERIES\n");
    return 64;
}
