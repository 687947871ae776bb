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

    /// Regroups the reports of one block into events with ``EventMatcher`` and applies its decision: each event keeps
    /// the smallest id its reports already had, reports move to their event, and events left without a report are
    /// deleted. An event whose reports did not change (none is new, and it lost none: `touchedEvents` lists the events
    /// that lost a source to `--replace`) is not rewritten.
    ///
    /// The reports come through the index `event_source_by_type`, so a load touches only the blocks it adds to.
    ///
    /// With `rewritingAll`, every event of the block is written again even when its reports did not change: a
    /// deferred load inserted its reports as events of their own, written from the report rather than by the
    /// matcher.
    func regroup(
        _ block: MatchBlock,
        newSources: Set<Int64>,
        touchedEvents: Set<Int64> = [],
        rewritingAll: Bool = false
    ) throws {
        var reports: [EventReport] = []
        var actorIDsBySource: [Int64: [Int64]] = [:]
        var allActorIDs: Set<Int64> = []
        // Rows become reports as they are read, so that a large block is held once, as reports, not also as rows.
        try database.cachedStatement(sql: Self.blockReportsSQL).forEachRow(arguments: [
            block.type.rawValue, String(format: "%04d-01-01", block.year), String(format: "%04d-12-31", block.year),
        ]) { row in
            let sourceID = try row[0, as: Int64.self]
            let actorIDs = Self.decodeIDs(try row[11, as: String.self])
            actorIDsBySource[sourceID] = actorIDs
            allActorIDs.formUnion(actorIDs)
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
                    type: block.type,
                    actors: [],
                    groups: Self.decodeStrings(try row[12, as: String.self]),
                    location: try row[8, as: String?.self],
                    summary: try row[9, as: String?.self] ?? "",
                    quote: try row[10, as: String.self]
                )
            )
        }
        guard !reports.isEmpty else { return }
        var names: [Int64: String] = [:]
        var ids: [String: Int64] = [:]
        for row in try database.fetchAll(
            sql: "SELECT id, name FROM actor WHERE id IN (SELECT value FROM json_each(?))",
            arguments: [Self.jsonArray(Array(allActorIDs).sorted())]
        ) {
            let id = try row[0, as: Int64.self]
            let name = try row[1, as: String.self]
            names[id] = name
            ids[name.lowercased()] = id
        }
        for index in reports.indices {
            reports[index].actors = (actorIDsBySource[reports[index].sourceID] ?? []).compactMap { names[$0] }
        }

        var membersBefore: [Int64: Set<Int64>] = [:]
        for report in reports {
            if let eventID = report.eventID { membersBefore[eventID, default: []].insert(report.sourceID) }
        }
        var claimed: Set<Int64> = []
        for event in EventMatcher.match(reports) {
            let members = Set(event.reports.map(\.sourceID))
            let candidates = Set(event.reports.compactMap(\.eventID)).subtracting(claimed).sorted()
            if !rewritingAll,
                let same = candidates.first(where: { membersBefore[$0] == members && !touchedEvents.contains($0) }),
                newSources.isDisjoint(with: members)
            {
                claimed.insert(same)
                continue
            }
            let eventID: Int64
            if let kept = candidates.first {
                eventID = kept
            } else {
                try database.execute(
                    sql: "INSERT INTO event (type, summary) VALUES (?, '')",
                    arguments: [block.type.rawValue]
                )
                eventID = database.lastInsertedRowID
            }
            claimed.insert(eventID)
            try write(event, as: eventID, actorIDs: ids)
        }
        for eventID in Set(membersBefore.keys).subtracting(claimed) {
            try database.execute(
                sql: "DELETE FROM event WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = ?)",
                arguments: [eventID, eventID]
            )
        }
    }

    /// The reports of one block: `type`, first and last day of the year.
    static let blockReportsSQL = """
        SELECT event_source.id, event_source.event_id, article.sha256, event_source.start, event_source.end,
            event_source.occurred_on, event_source.occurred_until, event_source.date_basis,
            event_source.location, event_source.summary, event_source.quote, event_source.actor_ids,
            event_source.group_names
        FROM event_source JOIN article ON article.id = event_source.article_id
        WHERE event_source.type = ? AND event_source.date_from >= ? AND event_source.date_from <= ?
        """

    /// The query plan of the block read, so that a test proves it uses `event_source_by_type`.
    func blockReportsQueryPlan() throws -> [String] {
        try database.fetchAll(
            sql: "EXPLAIN QUERY PLAN " + Self.blockReportsSQL,
            arguments: ["protest", "2022-01-01", "2022-12-31"]
        ).map { try $0["detail", as: String.self] }
    }

    /// Writes one matched event's row, its reports' link to it and its participants.
    private func write(_ event: MatchedEvent, as eventID: Int64, actorIDs: [String: Int64]) throws {
        try database.cachedStatement(
            sql: """
                UPDATE event SET occurred_on = ?, precision = ?, occurred_until = ?, date_from = ?, date_to = ?,
                    date_basis = ?, type = ?, location = ?, summary = ?
                WHERE id = ?
                """
        ).execute(arguments: [
            event.date?.iso, event.date?.precision.rawValue, event.dateTo?.iso, event.date?.firstDay.iso,
            (event.dateTo ?? event.date)?.lastDay.iso, event.dateBasis?.rawValue, event.type.rawValue, event.location,
            event.summary, eventID,
        ])
        let move = try database.cachedStatement(sql: "UPDATE event_source SET event_id = ? WHERE id = ?")
        for report in event.reports where report.eventID != eventID {
            try move.execute(arguments: [eventID, report.sourceID])
        }
        try database.cachedStatement(sql: "DELETE FROM event_actor WHERE event_id = ?").execute(arguments: [eventID])
        let insert = try database.cachedStatement(
            sql: "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (?, ?, ?, ?)"
        )
        var position = 0
        for name in event.actors {
            guard let actorID = actorIDs[name.lowercased()] else { continue }
            try insert.execute(arguments: [eventID, actorID, nil, position])
            position += 1
        }
        for group in event.groups {
            try insert.execute(arguments: [eventID, nil, group, position])
            position += 1
        }
    }

    /// Finds the retraction sentences of an article (see ``RetractionFinder``) and stores them.
    func insertRetractions(in text: String, articleID: Int64) throws {
        let insert = try database.cachedStatement(
            sql: "INSERT INTO retraction (article_id, value, quote, start, end) VALUES (?, ?, ?, ?, ?)"
        )
        for retraction in RetractionFinder.retractions(in: text) {
            try insert.execute(arguments: [
                articleID, retraction.value, retraction.quote, retraction.start, retraction.end,
            ])
        }
    }

    /// `["a","b"]`: strings as one JSON argument.
    static func jsonStrings(_ strings: [String]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: strings),
            let text = String(data: data, encoding: .utf8)
        else { return "[]" }
        return text
    }

    static func decodeStrings(_ json: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String] ?? []
    }

    static func decodeIDs(_ json: String) -> [Int64] {
        ((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [NSNumber] ?? []).map(\.int64Value)
    }
}
