import Foundation
import NewsExtraction
import Testing

@testable import TimelineStore

/// A bulk load stores each article's reports without matching and merges once at the end
/// (`load(deferMatching: true)`, then `settleMatching()`): the events must be exactly those of matching after every
/// article, and an interrupted run must leave a database that the next settle completes.
@Suite struct DeferredMatchingTests {
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
}
