import Foundation
import NewsExtraction
import TimelineSQLite

/// The reports the matcher regroups together: one event type in one year (see ``EventMatcher``).
struct MatchBlock: Hashable {
    var type: EventType
    var year: Int
}

extension TimelineStore {
    /// The blocks of the dated reports an article holds now, before they are replaced or deleted.
    func blocks(ofArticle articleID: Int64) throws -> Set<MatchBlock> {
        let rows = try database.fetchAll(
            sql:
                "SELECT DISTINCT type, substr(date_from, 1, 4) FROM event_source WHERE article_id = ? AND type IS NOT NULL",
            arguments: [articleID]
        )
        var blocks: Set<MatchBlock> = []
        for row in rows {
            guard let type = EventType(rawValue: try row[0, as: String.self]),
                let year = try row[1, as: String?.self].flatMap({ Int($0) })
            else { continue }
            blocks.insert(MatchBlock(type: type, year: year))
        }
        return blocks
    }

    /// Regroups the reports of one block with ``EventMatcher`` and applies its decision: each event keeps the smallest
    /// id its reports already had (unless an event settled before took it), reports move to their event, and events
    /// left without a report are deleted. An event whose reports did not change (none is new, and it lost none:
    /// `touchedEvents` lists the events that lost a source to `--replace`) is not rewritten.
    ///
    /// The block is read one day at a time through the index `event_source_by_type` and fed to
    /// ``EventMatcher/Stream``, which settles each event as soon as no later report can join it: memory holds a few
    /// days of reports and the open month- and year-precision ones, however large the block, plus the ids of the
    /// events settled so far.
    ///
    /// A deferred load inserts each report as an event of its own, written as the matcher writes an event of one
    /// report, so that the reports nothing joins are left alone here too.
    func regroup(
        _ block: MatchBlock,
        newSources: Set<Int64>,
        touchedEvents: Set<Int64> = []
    ) throws {
        var context = RegroupContext(
            type: block.type,
            newSources: newSources,
            touchedEvents: touchedEvents
        )
        try Self.match(block, in: database) { outputs, actorNames in
            context.learn(actorNames)
            try apply(outputs, &context)
        }
        try deleteEmptied(context)
    }

    /// Regroups `block` as ``regroup(_:newSources:touchedEvents:)`` does, with the matcher's decisions read from
    /// `reader`, which reads and matches the block on its own thread.
    func regroup(_ block: MatchBlock, from reader: BlockReader) throws {
        var context = RegroupContext(type: block.type, newSources: [], touchedEvents: [])
        while let (outputs, actorNames) = try reader.next() {
            context.learn(actorNames)
            try apply(outputs, &context)
        }
        try deleteEmptied(context)
    }

    /// Reads the reports of `block` one day at a time from `database` and gives ``EventMatcher/Stream``'s decisions
    /// to `body`, day after day, then the decisions of the stream's end, each time with the names (by id) of the
    /// actors its reports name that no call before gave.
    static func match(
        _ block: MatchBlock,
        in database: Database,
        _ body: ([EventMatcher.Stream.Output], _ actorNames: [Int64: String]) throws -> Void
    ) throws {
        var actorNames: [Int64: String] = [:]
        let lastDay = String(format: "%04d-12-31", block.year)
        var day = try database.cachedStatement(sql: Self.firstDaySQL).fetchValue(
            String.self,
            arguments: [block.type.rawValue, String(format: "%04d-01-01", block.year), lastDay]
        )
        var stream = EventMatcher.Stream()
        while let current = day, let start = Day(iso: current) {
            let (reports, added) = try readReports(
                in: database,
                sql: Self.dayReportsSQL,
                arguments: [block.type.rawValue, current],
                knownNames: &actorNames
            )
            try body(stream.add(day: start, reports), added)
            day = try database.cachedStatement(sql: Self.nextDaySQL).fetchValue(
                String.self,
                arguments: [block.type.rawValue, current, lastDay]
            )
        }
        try body(stream.finish(), [:])
    }

    /// What ``regroup(_:newSources:touchedEvents:)`` was asked, for applying the matcher's decisions.
    struct RegroupContext {
        var type: EventType
        var newSources: Set<Int64>
        var touchedEvents: Set<Int64>
        /// The event ids settled events took: an old id goes to one event only.
        var claimed: Set<Int64> = []
        /// Events a report of this regrouping moved away from: their row and participants are stale even when the
        /// reports left in them did not change.
        var shrunk: Set<Int64> = []
        /// The ids of the actors named by the reports read so far, by canonical name: writing an event's
        /// participants needs no look-up by name. Bounded by the number of actors, not of reports.
        var actorIDs: [String: Int64] = [:]
        /// The same actors' names by id.
        var actorNames: [Int64: String] = [:]
        /// Events that reports moved away from, to be deleted at the end if none is left (`deleteEmptied`).
        var emptied: Set<Int64> = []

        /// Adds actors read with reports to ``actorIDs`` and ``actorNames``.
        mutating func learn(_ names: [Int64: String]) {
            for (id, name) in names {
                actorNames[id] = name
                actorIDs[name] = id
            }
        }
    }

    /// The first day of a block: `type`, first and last day of the year.
    static let firstDaySQL = """
        SELECT date_from FROM event_source WHERE type = ? AND date_from >= ? AND date_from <= ?
        ORDER BY date_from LIMIT 1
        """

    /// The next day of a block after a day: `type`, the day, the last day of the year.
    static let nextDaySQL = """
        SELECT date_from FROM event_source WHERE type = ? AND date_from > ? AND date_from <= ?
        ORDER BY date_from LIMIT 1
        """

    /// The columns of a report, in the order ``readReports(sql:arguments:)`` reads them.
    private static let reportColumns = """
        SELECT event_source.id, event_source.event_id, article.sha256, event_source.start, event_source.end,
            event_source.occurred_on, event_source.occurred_until, event_source.date_basis,
            event_source.location, event_source.summary, event_source.quote, event_source.actor_ids,
            event_source.group_names, event_source.type
        FROM event_source JOIN article ON article.id = event_source.article_id
        """

    /// The reports of one day of a block: `type`, the day.
    static let dayReportsSQL = reportColumns + " WHERE event_source.type = ? AND event_source.date_from = ?"

    /// The reports of one event: its id.
    static let eventReportsSQL = reportColumns + " WHERE event_source.event_id = ?"

    /// The query plans of the reads of a block, so that a test proves they use `event_source_by_type`.
    func blockReportsQueryPlan() throws -> [String] {
        let reads: [(String, StatementArguments)] = [
            (Self.dayReportsSQL, ["protest", "2022-01-05"]),
            (Self.nextDaySQL, ["protest", "2022-01-05", "2022-12-31"]),
        ]
        var details: [String] = []
        for (sql, arguments) in reads {
            details += try database.fetchAll(sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { try $0["detail", as: String.self] }
        }
        return details
    }

    /// Reads reports with their named actors' canonical names, looking up only the names `knownNames` lacks; returns
    /// the reports and the names looked up, which are added to `knownNames`.
    private static func readReports(
        in database: Database,
        sql: String,
        arguments: StatementArguments,
        knownNames: inout [Int64: String]
    ) throws -> (reports: [EventReport], added: [Int64: String]) {
        var reports: [EventReport] = []
        var actorIDsBySource: [Int64: [Int64]] = [:]
        var allActorIDs: Set<Int64> = []
        // Read in place (`StatementRow`): copying every column into a `Row` first was a quarter of the merge.
        try database.cachedStatement(sql: sql).forEachStatementRow(arguments: arguments) { row in
            let sourceID = try row[0, as: Int64.self]
            guard let type = EventType(rawValue: try row[13, as: String?.self] ?? "") else { return }
            let ids = Self.decodeIDs(try row[11, as: String.self])
            actorIDsBySource[sourceID] = ids
            allActorIDs.formUnion(ids)
            reports.append(
                EventReport(
                    sourceID: sourceID,
                    eventID: try row[1, as: Int64.self],
                    article: try row[2, as: String.self],
                    start: try row[3, as: Int.self],
                    end: try row[4, as: Int.self],
                    date: try row[5, as: String?.self].flatMap { DateValue(iso: $0) },
                    dateTo: try row[6, as: String?.self].flatMap { DateValue(iso: $0) },
                    dateBasis: try row[7, as: String?.self].flatMap { DateBasis(rawValue: $0) },
                    type: type,
                    actors: [],
                    groups: Self.decodeStrings(try row[12, as: String.self]),
                    location: try row[8, as: String?.self],
                    summary: try row[9, as: String?.self] ?? "",
                    quote: try row[10, as: String.self]
                )
            )
        }
        // Only the names not read before in this regrouping: a block's frequent actors come back every day.
        var added: [Int64: String] = [:]
        let unknown = allActorIDs.filter { knownNames[$0] == nil }
        if !unknown.isEmpty {
            try database.cachedStatement(
                sql: "SELECT id, name FROM actor WHERE id IN (SELECT value FROM json_each(?))"
            ).forEachStatementRow(arguments: [Self.jsonArray(unknown.sorted())]) { row in
                added[try row[0, as: Int64.self]] = try row[1, as: String.self]
            }
            knownNames.merge(added) { _, new in new }
        }
        for index in reports.indices {
            reports[index].actors = (actorIDsBySource[reports[index].sourceID] ?? []).compactMap { knownNames[$0] }
        }
        return (reports, added)
    }

    /// Applies the matcher's decisions (see ``EventMatcher/Stream``).
    private func apply(_ outputs: [EventMatcher.Stream.Output], _ context: inout RegroupContext) throws {
        for output in outputs {
            switch output {
            case .event(let event):
                try settle(event, &context)
            case .amend(let anchor, let added):
                let statements = try mergeStatements()
                guard
                    let eventID = try statements.eventOfSource.fetchValue(
                        Int64.self,
                        arguments: StatementArguments(values: [.int64(anchor)])
                    )
                else { continue }
                for report in added {
                    try statements.moveSource.execute(
                        arguments: StatementArguments(values: [.int64(eventID), .int64(report.sourceID)])
                    )
                    if let old = report.eventID, old != eventID { context.shrunk.insert(old) }
                }
                let (reports, names) = try Self.readReports(
                    in: database,
                    sql: Self.eventReportsSQL,
                    arguments: [eventID],
                    knownNames: &context.actorNames
                )
                context.learn(names)
                try write(
                    EventMatcher.event(of: EventMatcher.sortedByIdentity(reports)),
                    as: eventID,
                    actorIDs: context.actorIDs
                )
                context.emptied.formUnion(added.compactMap(\.eventID))
                context.emptied.remove(eventID)
            }
        }
    }

    /// Writes one settled event under the smallest id its reports had that no event of this regrouping took yet,
    /// or under a new id; leaves it alone when nothing about it changed.
    private func settle(_ event: MatchedEvent, _ context: inout RegroupContext) throws {
        let statements = try mergeStatements()
        let oldIDs = Set(event.reports.compactMap(\.eventID))
        // Filtered by look-up: `subtracting` walks the whole claimed set, which grows with the block.
        let candidates = oldIDs.filter { !context.claimed.contains($0) }.sorted()
        if oldIDs.count == 1, let same = candidates.first,
            event.reports.allSatisfy({ $0.eventID == same }), !context.touchedEvents.contains(same),
            !context.shrunk.contains(same),
            event.reports.allSatisfy({ !context.newSources.contains($0.sourceID) }),
            try statements.countSources.fetchValue(Int.self, arguments: StatementArguments(values: [.int64(same)]))
                == event.reports.count
        {
            context.claimed.insert(same)
            return
        }
        let eventID: Int64
        if let kept = candidates.first {
            eventID = kept
        } else {
            try database.cachedStatement(sql: "INSERT INTO event (type, summary) VALUES (?, '')")
                .execute(arguments: [context.type.rawValue])
            eventID = database.lastInsertedRowID
        }
        context.claimed.insert(eventID)
        for report in event.reports where report.eventID != eventID {
            try statements.moveSource.execute(
                arguments: StatementArguments(values: [.int64(eventID), .int64(report.sourceID)])
            )
            if let old = report.eventID { context.shrunk.insert(old) }
        }
        try write(event, as: eventID, actorIDs: context.actorIDs)
        context.emptied.formUnion(oldIDs)
        context.emptied.remove(eventID)
    }

    /// Deletes the events a regrouping's moves may have emptied (``RegroupContext/emptied``) that no report belongs
    /// to any more, with their participants, ``emptiedDeletionChunk`` at a time. An emptied event is never
    /// chosen again in between, as no report points to it.
    ///
    /// Deleting an event is a multi-row statement (foreign-key cascades), so SQLite keeps a statement journal of
    /// every page it changes, in memory (`temp_store = MEMORY`): one statement for a whole block of 155,000 reports
    /// (100,000 articles) held 260 MB of it. One statement per event was a tenth of the merge.
    private func deleteEmptied(_ context: RegroupContext) throws {
        let statement = try database.cachedStatement(
            sql: """
                DELETE FROM event WHERE id IN (SELECT value FROM json_each(?))
                    AND NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = event.id)
                """
        )
        let emptied = context.emptied.sorted()
        var start = 0
        while start < emptied.count {
            let end = start + min(max(1, emptiedDeletionChunk), emptied.count - start)
            try statement.execute(arguments: [Self.jsonArray(emptied[start..<end])])
            start = end
        }
    }

    /// Writes one matched event's row and its participants; its reports already point to it. `actorIDs` has the id
    /// of every actor its reports name (they were read with them).
    private func write(_ event: MatchedEvent, as eventID: Int64, actorIDs: [String: Int64]) throws {
        let statements = try mergeStatements()
        try statements.updateEvent.execute(
            arguments: StatementArguments(values: [
                event.date?.iso.databaseValue ?? .null, event.date?.precision.rawValue.databaseValue ?? .null,
                event.dateTo?.iso.databaseValue ?? .null, event.date?.firstDay.iso.databaseValue ?? .null,
                (event.dateTo ?? event.date)?.lastDay.iso.databaseValue ?? .null,
                event.dateBasis?.rawValue.databaseValue ?? .null, .string(event.type.rawValue),
                event.location.databaseValue, .string(event.summary), .int64(eventID),
            ])
        )
        try statements.deleteParticipants.execute(arguments: StatementArguments(values: [.int64(eventID)]))
        var position: Int64 = 0
        for name in event.actors {
            guard let id = actorIDs[name] else { continue }
            try statements.insertParticipant.execute(
                arguments: StatementArguments(values: [.int64(eventID), .int64(id), .null, .int64(position)])
            )
            position += 1
        }
        for group in event.groups {
            try statements.insertParticipant.execute(
                arguments: StatementArguments(values: [.int64(eventID), .null, .string(group), .int64(position)])
            )
            position += 1
        }
    }

    /// The statements the merge runs for every event, compiled once per store (as ``loadStatements()``).
    func mergeStatements() throws -> MergeStatements {
        if let statements = preparedMergeStatements { return statements }
        let statements = try MergeStatements(database)
        preparedMergeStatements = statements
        return statements
    }

    /// `["a","b"]`: strings as one JSON argument, escaped as RFC 8259 requires (`"`, `\` and control characters;
    /// everything else as UTF-8). Written by hand: Foundation's JSONSerialization was 3% of storing an article.
    package static func jsonStrings(_ strings: [String]) -> String {
        var json = "["
        for (position, string) in strings.enumerated() {
            if position > 0 { json += "," }
            json += "\""
            var plain = Substring(string)[...]
            while let special = plain.unicodeScalars.firstIndex(where: { $0 == "\"" || $0 == "\\" || $0.value < 0x20 })
            {
                json += plain[..<special]
                let scalar = plain.unicodeScalars[special]
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\r": json += "\\r"
                case "\t": json += "\\t"
                default:
                    let hex = String(scalar.value, radix: 16)
                    json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                plain = plain[plain.unicodeScalars.index(after: special)...]
            }
            json += plain + "\""
        }
        return json + "]"
    }

    /// The strings of a JSON array of strings, as `jsonStrings` writes them. Strings without escapes are read
    /// straight from the bytes (the merge reads one array per report); anything else goes through Foundation.
    static func decodeStrings(_ json: String) -> [String] {
        let utf8 = json.utf8
        if let strings = utf8.withContiguousStorageIfAvailable(plainStrings(in:)) ?? plainStrings(in: Array(utf8)) {
            return strings
        }
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String] ?? []
    }

    /// `["a","b"]` without escapes or spaces; nil for any other text.
    private static func plainStrings(in bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        var strings: [String] = []
        var index = 1
        let end = bytes.count - 1
        while index < end {
            guard bytes[index] == UInt8(ascii: "\"") else { return nil }
            var close = index + 1
            while close < end, bytes[close] != UInt8(ascii: "\"") {
                if bytes[close] == UInt8(ascii: "\\") || bytes[close] < 0x20 { return nil }
                close += 1
            }
            guard close < end else { return nil }
            strings.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self))
            index = close + 1
            if index < end {
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                guard index < end else { return nil }
            }
        }
        return strings
    }

    private static func plainStrings(in bytes: [UInt8]) -> [String]? {
        bytes.withUnsafeBufferPointer(plainStrings(in:))
    }

    /// The numbers of a JSON array of integers (`[3,17]`), read from the bytes; Foundation for anything else.
    static func decodeIDs(_ json: String) -> [Int64] {
        var ids: [Int64] = []
        var value: Int64 = 0
        var digits = 0
        var plain = json.utf8.first == UInt8(ascii: "[") && json.utf8.last == UInt8(ascii: "]")
        for byte in json.utf8.dropFirst() where plain {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 18:
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: ","), UInt8(ascii: "]"):
                if digits == 0 {
                    plain = byte == UInt8(ascii: "]") && ids.isEmpty
                } else {
                    ids.append(value)
                }
                value = 0
                digits = 0
            default:
                plain = false
            }
        }
        if plain { return ids }
        return ((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [NSNumber] ?? []).map(\.int64Value)
    }
}

/// The compiled statements of the merge (``TimelineStore/regroup(_:newSources:touchedEvents:)``).
final class MergeStatements {
    let eventOfSource: Statement
    let moveSource: Statement
    let countSources: Statement
    let updateEvent: Statement
    let deleteParticipants: Statement
    let insertParticipant: Statement

    init(_ database: Database) throws {
        eventOfSource = try database.cachedStatement(sql: "SELECT event_id FROM event_source WHERE id = ?")
        moveSource = try database.cachedStatement(sql: "UPDATE event_source SET event_id = ? WHERE id = ?")
        countSources = try database.cachedStatement(sql: "SELECT count(*) FROM event_source WHERE event_id = ?")
        updateEvent = try database.cachedStatement(
            sql: """
                UPDATE event SET occurred_on = ?, precision = ?, occurred_until = ?, date_from = ?, date_to = ?,
                    date_basis = ?, type = ?, location = ?, summary = ?
                WHERE id = ?
                """
        )
        deleteParticipants = try database.cachedStatement(sql: "DELETE FROM event_actor WHERE event_id = ?")
        insertParticipant = try database.cachedStatement(
            sql: "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (?, ?, ?, ?)"
        )
    }
}
