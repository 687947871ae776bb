-- The timeline database schema, version 6.
--
-- This file is for people: it is the full, current schema, with comments. The binary embeds the
-- same text (Sources/TimelineStore/Schema.swift) and a test fails if the two differ. A new
-- database runs every migration in order and records the count in PRAGMA user_version; this
-- file is kept equal to the result.
--
-- Conventions:
-- * Singular table names, snake_case columns, STRICT tables, an explicit INTEGER PRIMARY KEY.
-- * A column's allowed values are a chain of OR, not an IN list: SQLite checks `x IN ('a', 'b',
--   'c')` against a temporary index it builds again for every row inserted, a fifth of the time
--   of storing rows (BENCHMARKS.md).
-- * Dates are TEXT. A day is 'YYYY-MM-DD', so text order is date order. A date known only to a
--   month or a year is written at its precision ('2022-01', '2019') in the column that keeps it
--   as reported, and as the range of days it covers in date_from/date_to, which queries use.
-- * Closed sets are CHECK constraints whose values equal the Swift enums' raw values.
-- * Offsets (start, end) count Unicode scalars from the start of article.body.

-- One loaded article. sha256 is the hash of the UTF-8 body: loading the same text twice is a
-- no-op.
CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    url TEXT,
    title TEXT,
    source TEXT,
    author TEXT,
    published_on TEXT CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    body TEXT NOT NULL,
    -- When the article was loaded, UTC, 'YYYY-MM-DDTHH:MM:SSZ'.
    loaded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- The input format the reader recognised, when the loader knows it.
    format TEXT CHECK (format = 'text' OR format = 'html' OR format = 'json' OR format = 'ndjson')
) STRICT;

-- `load --replace` finds the previous version of an article by its address.
CREATE INDEX article_by_url ON article (url);
CREATE INDEX article_by_published_on ON article (published_on);

-- Full-text search over articles: an external-content FTS5 table. Both full-text tables are
-- written the way sqlite-utils writes them (`enable_fts`), because Datasette recognises an FTS
-- table by the exact text `content=[article]` and then searches with `rowid IN (SELECT rowid
-- FROM article_fts WHERE article_fts MATCH ?)`; article.id is the rowid.
--
-- Unlike sqlite-utils there is no AFTER INSERT trigger: `timeline load` indexes each row it
-- inserts with a statement of its own. A trigger that writes an FTS5 table makes every insert
-- a write to two tables, which SQLite wraps in a statement savepoint, and FTS5 writes its
-- pending index to disk at every savepoint: one index segment per row instead of one per batch,
-- a third of the work of storing rows. A program that inserts articles or sources itself must
-- index them the same way (`INSERT INTO article_fts (rowid, title, body) VALUES (...)`);
-- `timeline check` reports rows that are missing from an index. Updates and deletes keep their
-- triggers: the index must forget the old text, and only `load --replace` does either.
CREATE VIRTUAL TABLE [article_fts] USING FTS5 (
    [title], [body],
    tokenize='unicode61 remove_diacritics 2',
    content=[article],
    content_rowid=[id]
);

CREATE TRIGGER [article_ad] AFTER DELETE ON [article] BEGIN
  INSERT INTO [article_fts] ([article_fts], rowid, [title], [body])
    VALUES('delete', old.rowid, old.[title], old.[body]);
END;

CREATE TRIGGER [article_au] AFTER UPDATE ON [article] BEGIN
  INSERT INTO [article_fts] ([article_fts], rowid, [title], [body])
    VALUES('delete', old.rowid, old.[title], old.[body]);
  INSERT INTO [article_fts] (rowid, [title], [body]) VALUES (new.rowid, new.[title], new.[body]);
END;

-- A named actor: a person, an organisation, a state, a named group. Actors are shared by every
-- article; a load upserts them by canonical name (compared without regard to ASCII case).
-- Generic groups ("protesters", "police") are not actors: see event_actor.group_name.
CREATE TABLE actor (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (
        kind = 'person' OR kind = 'organization' OR kind = 'country' OR kind = 'group'
        OR kind = 'other'
    )
) STRICT;

-- Every other name an actor goes by: the surface forms it was mentioned under ("Tokayev",
-- "the president"), dictionary aliases, and the surname of a person. `--actor NAME` looks names up
-- here, without regard to ASCII case, through actor_alias_by_alias.
CREATE TABLE actor_alias (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias TEXT NOT NULL COLLATE NOCASE CHECK (alias <> ''),
    UNIQUE (actor_id, alias)
) STRICT;

CREATE INDEX actor_alias_by_alias ON actor_alias (alias);

-- Roles an actor held ("President of Kazakhstan" from 2019-03-20), as the dictionary knows them.
CREATE TABLE actor_role (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    started_on TEXT CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ended_on TEXT CHECK (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

-- A NULL is distinct from every other NULL in a UNIQUE constraint, so the index compares ''.
CREATE UNIQUE INDEX actor_role_unique
    ON actor_role (actor_id, title, ifnull(started_on, ''), ifnull(ended_on, ''));

-- One event of the timeline. An event found in several articles has one row here and one
-- event_source row per sentence that reports it.
--
-- occurred_on is the date as reported, at its precision ('2022-01-07', '2022-01', '2022');
-- occurred_until is the end of a reported range ("from 2 to 11 January"), at its own precision.
-- date_from/date_to are the first and last day covered; date queries use them. An undated event
-- has all five date columns NULL.
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    occurred_on TEXT,
    precision TEXT CHECK (precision = 'day' OR precision = 'month' OR precision = 'year'),
    occurred_until TEXT,
    date_from TEXT CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_to TEXT CHECK (date_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- 'text' when the article's words date the event, 'publication' when it took the date of
    -- the article, post or live-blog entry that reports it as the day's news.
    date_basis TEXT CHECK (date_basis IN ('text', 'publication')),
    type TEXT NOT NULL CHECK (
        type = 'protest' OR type = 'riot' OR type = 'clash' OR type = 'crackdown' OR type = 'arrest'
        OR type = 'deployment' OR type = 'decree' OR type = 'statement' OR type = 'request'
        OR type = 'resignation' OR type = 'other'
    ),
    location TEXT,
    summary TEXT NOT NULL,
    -- A date is either complete or absent.
    CHECK ((occurred_on IS NULL) = (precision IS NULL)),
    CHECK ((occurred_on IS NULL) = (date_from IS NULL) AND (occurred_on IS NULL) = (date_to IS NULL)),
    CHECK (occurred_until IS NULL OR occurred_on IS NOT NULL),
    -- occurred_on is written at its precision.
    CHECK (
        length(occurred_on) = CASE precision WHEN 'day' THEN 10 WHEN 'month' THEN 7 WHEN 'year' THEN 4 END
    ),
    CHECK (date_from <= date_to)
) STRICT;

-- `--on`, `--since` and `--until` are range scans of this index; its implicit trailing id also
-- gives the default order (date, then id) without sorting.
CREATE INDEX event_by_date ON event (date_from, date_to);
CREATE INDEX event_by_type ON event (type, date_from);

-- A sentence that reports an event. quote is the sentence; start and end are its offsets in
-- article.body.
--
-- Each source also keeps the event as its own article reported it (date, type, place, summary,
-- participants), because the event row is derived from all of its sources: the event matcher
-- (Sources/TimelineStore/EventMatcher.swift) groups the reports of one type and year into events
-- after every load, and the event takes the date most sources give, the clearest summary and the
-- union of the participants. actor_ids is a JSON array of actor.id, group_names a JSON array of
-- generic group names. Sources loaded by schema version 1 have NULL type until they are copied
-- from their event by migration 2.
CREATE TABLE event_source (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    quote TEXT NOT NULL,
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end >= start),
    occurred_on TEXT,
    precision TEXT CHECK (precision = 'day' OR precision = 'month' OR precision = 'year'),
    occurred_until TEXT,
    date_from TEXT CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_to TEXT CHECK (date_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_basis TEXT CHECK (date_basis IN ('text', 'publication')),
    type TEXT CHECK (
        type = 'protest' OR type = 'riot' OR type = 'clash' OR type = 'crackdown' OR type = 'arrest'
        OR type = 'deployment' OR type = 'decree' OR type = 'statement' OR type = 'request'
        OR type = 'resignation' OR type = 'other'
    ),
    location TEXT,
    summary TEXT,
    actor_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actor_ids)),
    group_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(group_names))
) STRICT;

CREATE INDEX event_source_by_event ON event_source (event_id);
CREATE INDEX event_source_by_article ON event_source (article_id);
-- The matcher reads the reports of one type and year through this index, not by a scan.
CREATE INDEX event_source_by_type ON event_source (type, date_from);

-- An event exists only as long as some article reports it: deleting (or replacing) the last
-- article that reports an event deletes the event. Foreign-key cascades fire this trigger too.
CREATE TRIGGER event_source_ad AFTER DELETE ON event_source
WHEN NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = old.event_id)
BEGIN
    DELETE FROM event WHERE id = old.event_id;
END;

-- Full-text search over the sentences that report events (`timeline events --search`), in the
-- same shape as article_fts and, like it, filled by the loader's own statements.
CREATE VIRTUAL TABLE [event_source_fts] USING FTS5 (
    [quote],
    tokenize='unicode61 remove_diacritics 2',
    content=[event_source],
    content_rowid=[id]
);

CREATE TRIGGER [event_source_ad_fts] AFTER DELETE ON [event_source] BEGIN
  INSERT INTO [event_source_fts] ([event_source_fts], rowid, [quote]) VALUES('delete', old.rowid, old.[quote]);
END;

-- Only a change of the quote touches the index: the matcher moves sources between events (an UPDATE
-- of event_id) thousands of times in a large load, and re-indexing each sentence then cost more
-- than the move.
CREATE TRIGGER [event_source_au] AFTER UPDATE OF [quote] ON [event_source] BEGIN
  INSERT INTO [event_source_fts] ([event_source_fts], rowid, [quote]) VALUES('delete', old.rowid, old.[quote]);
  INSERT INTO [event_source_fts] (rowid, [quote]) VALUES (new.rowid, new.[quote]);
END;

-- Who takes part in an event, in the order the extractor listed them. A participant is either a
-- named actor (actor_id) or a generic group kept as written (group_name: "protesters",
-- "police"), never both: generic groups are not actors, so `timeline actors` lists only names,
-- yet the event still shows everyone who took part.
CREATE TABLE event_actor (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES actor (id) ON DELETE CASCADE,
    group_name TEXT CHECK (group_name <> ''),
    position INTEGER NOT NULL CHECK (position >= 0),
    CHECK ((actor_id IS NULL) <> (group_name IS NULL))
) STRICT;

-- `--actor` reads this index alone (it covers actor_id and event_id).
CREATE INDEX event_actor_by_actor ON event_actor (actor_id, event_id);
CREATE INDEX event_actor_by_event ON event_actor (event_id, position);
CREATE INDEX event_actor_by_group ON event_actor (group_name COLLATE NOCASE);

-- A casualty figure as one article reports it. Figures are never merged: each report keeps its
-- own bounds, date and attribution, and `timeline casualties` reconciles them when it reads.
--
-- Exact counts have low = high; "at least 164" is low 164, high NULL; "up to 50" is low NULL,
-- high 50. as_of is the date the count was stated or refers to, at its precision; as_of_from and
-- as_of_to are the days it covers.
CREATE TABLE figure (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (
        category = 'killed' OR category = 'injured' OR category = 'hospitalized'
        OR category = 'detained' OR category = 'troops'
    ),
    group_name TEXT NOT NULL CHECK (
        group_name = 'protesters' OR group_name = 'security forces' OR group_name = 'civilians'
        OR group_name = 'unspecified'
    ),
    low INTEGER CHECK (low >= 0),
    high INTEGER CHECK (high >= 0),
    approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
    as_of TEXT,
    as_of_from TEXT CHECK (as_of_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    as_of_to TEXT CHECK (as_of_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    attributed_to TEXT,
    location TEXT,
    quote TEXT NOT NULL,
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end >= start),
    CHECK (low <= high),
    CHECK ((as_of IS NULL) = (as_of_from IS NULL) AND (as_of IS NULL) = (as_of_to IS NULL)),
    CHECK (as_of_from <= as_of_to)
) STRICT;

CREATE INDEX figure_by_category ON figure (category, group_name);
CREATE INDEX figure_by_article ON figure (article_id);

-- A sentence that says a figure was withdrawn or corrected ("disowned a figure of 164 deaths",
-- "posted by mistake because of a technical error", "revised down to 150"), found when the article
-- is loaded. value is the number it withdraws: one named in the sentence, or, when the sentence
-- names none ("the number had been posted by mistake"), one named in the sentence before it.
-- The figure reconciler (Sources/TimelineStore/FigureReconciler.swift) marks a figure retracted
-- when a retraction of its number was published on or after the figure's date.
CREATE TABLE retraction (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    value INTEGER NOT NULL CHECK (value >= 0),
    quote TEXT NOT NULL,
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end >= start)
) STRICT;

CREATE INDEX retraction_by_value ON retraction (value);
CREATE INDEX retraction_by_article ON retraction (article_id);

-- The (type, year) blocks of events whose reports a bulk load stored without matching them yet
-- (`load` defers matching to the end of a run, so that each article's load costs the same however
-- large the database is). Every listed block is regrouped at the end of the run, by the next load
-- after an interrupted one, or by `timeline init`. Until then its reports are events of their own.
CREATE TABLE match_pending (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL CHECK (
        type = 'protest' OR type = 'riot' OR type = 'clash' OR type = 'crackdown' OR type = 'arrest'
        OR type = 'deployment' OR type = 'decree' OR type = 'statement' OR type = 'request'
        OR type = 'resignation' OR type = 'other'
    ),
    year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
    UNIQUE (type, year)
) STRICT;
