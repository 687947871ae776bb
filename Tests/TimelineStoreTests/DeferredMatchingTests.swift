import Foundation
import NewsExtraction
import Testing

@testable import TimelineStore

/// A bulk load stores each article's reports without matching and merges once at the end
/// (`load(deferMatching: true)`, then `settleMatching()`): the events must be exactly those of matching after every
/// article, and an interrupted run must leave a database that the next settle completes.
@Suite struct DeferredMatchingTests {
    /// The development corpus's Kazakhstan articles and two fixtures: reports in several (type, year) blocks.
    static var severalBlocks: [(name: String, extraction: Extraction)] {
        CorpusMergingTests.kazakhstan + [("fixture", Fixtures.kazakhstan), ("sri-lanka", Fixtures.sriLanka)]
    }

    /// The blocks a deferred load left for merging, in the order the merge takes them.
    static func pendingBlocks(_ store: TimelineStore) throws -> [MatchBlock] {
        try store.database.fetchAll(sql: "SELECT type, year FROM match_pending ORDER BY type, year").map {
            MatchBlock(type: EventType(rawValue: try $0[0, as: String.self])!, year: try $0[1, as: Int.self])
        }
    }

    static func loadDeferred(
        _ items: [(name: String, extraction: Extraction)],
        settle: Bool = true
    ) throws -> (TimelineStore, [Int64: String]) {
        let store = try makeStore()
        var names: [Int64: String] = [:]
        for item in items {
            if case .loaded(let id, _, _, _) = try store.load(item.extraction, deferMatching: true) {
                names[id] = item.name
            }
        }
        if settle { try store.settleMatching() }
        return (store, names)
    }

    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func deferredMatchingGivesTheSameEventsAsMatchingEachArticle() throws {
        let items = CorpusMergingTests.kazakhstan
        let (immediate, immediateNames) = try CorpusMergingTests.load(items)
        let (deferred, deferredNames) = try Self.loadDeferred(items.reversed())
        #expect(
            try CorpusMergingTests.canonical(deferred, deferredNames)
                == CorpusMergingTests.canonical(immediate, immediateNames)
        )
        #expect(try deferred.pendingMatchCount() == 0)
        #expect(try deferred.check().allSatisfy { $0.passed })
    }

    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func anInterruptedRunIsCompletedByTheNextSettle() throws {
        let items = CorpusMergingTests.kazakhstan
        let (store, names) = try Self.loadDeferred(items, settle: false)
        let pending = try store.pendingMatchCount()
        #expect(pending > 0)
        let check = try store.check()
        #expect(check.first { $0.name == "event merging" }?.passed == false)
        #expect(try store.settleMatching() == pending)
        let (immediate, immediateNames) = try CorpusMergingTests.load(items)
        #expect(
            try CorpusMergingTests.canonical(store, names) == CorpusMergingTests.canonical(immediate, immediateNames)
        )
    }

    @Test func loadingWithoutMatchingLeavesEveryReportItsOwnEvent() throws {
        let store = try makeStore()
        _ = try store.load(Fixtures.kazakhstan, deferMatching: true)
        _ = try store.load(Fixtures.sriLanka, deferMatching: true)
        #expect(try store.count("event") == store.count("event_source"))
        #expect(try store.pendingMatchCount() > 0)
        try store.settleMatching()
        #expect(try store.pendingMatchCount() == 0)
        let reference = try makeLoadedStore()
        #expect(try store.count("event") == reference.count("event"))
    }

    /// Every row the merge writes, ids included.
    static func mergedRows(_ store: TimelineStore) throws -> [String] {
        let queries = [
            "SELECT * FROM event ORDER BY id",
            "SELECT id, event_id FROM event_source ORDER BY id",
            "SELECT * FROM event_actor ORDER BY event_id, position",
        ]
        return try queries.flatMap { sql in try store.database.fetchAll(sql: sql).map(\.description) }
    }

    /// The merge reads and matches blocks on a thread of its own (`BlockReader`) while it writes: the rows must be
    /// exactly those of reading and matching on the writer's connection.
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func readingAheadWritesTheSameRows() throws {
        let items = Self.severalBlocks
        let (ahead, _) = try Self.loadDeferred(items, settle: false)
        let (inPlace, _) = try Self.loadDeferred(items, settle: false)
        let blocks = try ahead.pendingMatchCount()
        #expect(blocks > 1)
        #expect(try ahead.settleMatching(readingAhead: true) == blocks)
        #expect(try inPlace.settleMatching(readingAhead: false) == blocks)
        #expect(try Self.mergedRows(ahead) == Self.mergedRows(inPlace))
        #expect(try ahead.count("event") < ahead.count("event_source"))
    }

    /// The merge commits at the end of the block in which `commitInterval` runs out: a commit after every block and
    /// one commit for all blocks write the same rows.
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func commitsBetweenBlocksDoNotChangeTheRows() throws {
        let items = Self.severalBlocks
        for readingAhead in [true, false] {
            let (once, _) = try Self.loadDeferred(items, settle: false)
            let (often, _) = try Self.loadDeferred(items, settle: false)
            let blocks = try once.pendingMatchCount()
            #expect(blocks > 1)
            #expect(try once.settleMatching(readingAhead: readingAhead, commitInterval: .seconds(3600)) {} == blocks)
            #expect(try often.settleMatching(readingAhead: readingAhead, commitInterval: .zero) {} == blocks)
            #expect(try Self.mergedRows(once) == Self.mergedRows(often))
            #expect(try once.pendingMatchCount() == 0 && often.pendingMatchCount() == 0)
        }
    }

    /// The merge deletes the events it empties a chunk at a time (SQLite journals every page one statement changes,
    /// in memory): chunks of one, of a few and of all of them leave the same rows.
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func emptiedEventsDeletedInChunksLeaveTheSameRows() throws {
        let items = Self.severalBlocks
        var rows: [[String]] = []
        for (readingAhead, chunk) in [(true, Int.max), (true, 1), (false, 7), (true, 3)] {
            let (store, _) = try Self.loadDeferred(items, settle: false)
            let before = try store.count("event")
            store.emptiedDeletionChunk = chunk
            try store.settleMatching(readingAhead: readingAhead)
            #expect(try store.count("event") < before - 20)
            let empty = "event WHERE NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = event.id)"
            #expect(try store.count(empty) == 0)
            rows.append(try Self.mergedRows(store))
        }
        #expect(rows.dropFirst().allSatisfy { $0 == rows[0] })
    }

    /// Another process that commits while the merge reads ahead makes what the reader read stale: the writer then
    /// reads the rest itself, and the merge is that of every report, the other process's included.
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func aCommitFromAnotherProcessStopsTheReadingAhead() throws {
        let items = CorpusMergingTests.kazakhstan
        let extra = Fixtures.kazakhstan
        let (reference, _) = try Self.loadDeferred(items, settle: false)
        _ = try reference.load(extra, deferMatching: true)
        try reference.settleMatching(readingAhead: false)

        let (store, _) = try Self.loadDeferred(items, settle: false)
        let other = try TimelineStore(path: store.path)
        _ = try store.settleMatching(readingAhead: true) {
            _ = try other.load(extra, deferMatching: true)
        }
        #expect(try store.pendingMatchCount() == 0)
        #expect(try Self.mergedRows(store) == Self.mergedRows(reference))
    }

    /// The reader hands over the decisions of several days at a time and waits while `capacity` reports' decisions
    /// are queued: however small the chunks and the queue, each block's decisions come in the order, and with the
    /// actor names, of matching the block on the writer's connection.
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func chunksOfAnySizeHandOverEveryDecision() throws {
        let items = Self.severalBlocks
        let (store, _) = try Self.loadDeferred(items, settle: false)
        let blocks = try Self.pendingBlocks(store)
        var expected: [(decisions: [String], names: [Int64: String])] = []
        for block in blocks {
            var decisions: [String] = []
            var names: [Int64: String] = [:]
            try TimelineStore.match(block, in: store.database) { outputs, added in
                decisions += outputs.map { String(describing: $0) }
                names.merge(added) { _, new in new }
            }
            expected.append((decisions, names))
        }
        #expect(expected.contains { $0.decisions.count > 3 })
        for (chunkReports, capacity) in [(1, 1), (3, 2), (256, 16_384)] {
            let reader = try #require(
                BlockReader(
                    path: store.path,
                    busyTimeout: .seconds(5),
                    blocks: blocks,
                    chunkReports: chunkReports,
                    capacity: capacity
                )
            )
            defer { reader.stop() }
            for block in expected.indices {
                var decisions: [String] = []
                var names: [Int64: String] = [:]
                while let (outputs, added) = try reader.next() {
                    decisions += outputs.map { String(describing: $0) }
                    names.merge(added) { _, new in new }
                }
                #expect(decisions == expected[block].decisions, "block \(blocks[block]), chunks of \(chunkReports)")
                #expect(names == expected[block].names)
            }
        }
    }

    /// A slow writer behind a reader that keeps the queue full: what the writer took does not stay queued, so the
    /// queue stays within its bound for the whole merge (it once kept every taken item until the writer caught up,
    /// which at 100,000 articles was a block's decisions, over 1 GB).
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func takenDecisionsLeaveTheQueue() throws {
        let items = Self.severalBlocks
        let (store, _) = try Self.loadDeferred(items, settle: false)
        let blocks = try Self.pendingBlocks(store)
        let capacity = 2
        let reader = try #require(
            BlockReader(path: store.path, busyTimeout: .seconds(5), blocks: blocks, chunkReports: 1, capacity: capacity)
        )
        defer { reader.stop() }
        var taken = 0
        var largest = 0
        for _ in blocks {
            repeat {
                Thread.sleep(forTimeInterval: 0.001)
                largest = max(largest, reader.queuedChunkCount)
                taken += 1
            } while try reader.next() != nil
        }
        #expect(taken > 10 * capacity)
        #expect(largest <= capacity)
    }

    /// A writer that stops early (an error in a block) stops the reader, which may be waiting with a full queue.
    @Test(.enabled(if: CorpusMergingTests.available, "../shared is not beside the package"))
    func aStoppedReaderLetsGo() throws {
        let (store, _) = try Self.loadDeferred(CorpusMergingTests.kazakhstan, settle: false)
        let blocks = try Self.pendingBlocks(store)
        let reader = try #require(BlockReader(path: store.path, busyTimeout: .seconds(5), blocks: blocks))
        _ = try reader.next()
        reader.stop()
        let untouched = try #require(BlockReader(path: store.path, busyTimeout: .seconds(5), blocks: blocks))
        untouched.stop()
        #expect(BlockReader(path: store.path + "-missing/none.db", busyTimeout: .seconds(1), blocks: blocks) == nil)
    }
}
