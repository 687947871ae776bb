import Foundation
import TimelineSQLite

/// Reads the reports of blocks and runs the matcher over them on a thread of its own, through a read-only connection
/// of its own, a few days ahead of the writer that applies the decisions (``TimelineStore/settleMatching()``).
///
/// Reading a block's reports and matching them is more than half of the merge at the end of a load, and the writer
/// has the other half, so the two run on two cores. The decisions are the same as reading and matching on the
/// writer's connection: a block's reports change only when the writer applies decisions about them, which it does
/// only after the reader has read them, and a block's decisions never touch another block's reports.
///
/// Decisions go over in chunks of at least ``chunkReports`` reports (a day of a small block decides about a handful),
/// so that the two threads hand over and wake each other a few hundred times per block rather than once per day.
/// At most ``capacity`` reports' decisions wait in memory, however many days that is; the reader then waits for the
/// writer. A bound in days (64) left the reader idle whenever the writer met a day with many merges, and the writer
/// idle on the quiet days after it: the merge of 3,300 articles took 3.8 s with two threads busy 60-70% of it.
final class BlockReader: @unchecked Sendable {
    /// What the reader hands over: the decisions of consecutive days of a block (with the names of the actors their
    /// reports first name), the end of a block, or the error that stopped it.
    private enum Item {
        case outputs([EventMatcher.Stream.Output], actorNames: [Int64: String], reports: Int)
        case endOfBlock
        case failure(any Error)
    }

    /// Reports whose decisions may wait in memory (by default 4,096, about 20 MiB: a decision holds its event's
    /// reports, and each report its sentence, summary and names): the reader waits while more do.
    let capacity: Int

    /// Reports' decisions gathered before they are handed over (fewer when a block ends first; by default 256).
    let chunkReports: Int

    // Guarded by `condition`.
    private let condition = NSCondition()
    /// What the writer has not taken yet, oldest first. A taken item leaves the array at once: an index that only
    /// reset when the writer emptied the queue kept every taken item alive while the reader stayed ahead, which at
    /// 100,000 articles held a whole block's decisions (over 1 GB).
    private var items: [Item] = []
    /// Reports in the decisions of `items`.
    private var queuedReports = 0
    private var stopping = false
    private var running = true

    /// The reader's connection, until its thread takes it.
    private var connection: Database?

    /// Starts reading `blocks`, in order, from the database at `path`, or returns nil when a second connection cannot
    /// open it (the writer then reads the blocks itself).
    init?(
        path: String,
        busyTimeout: Duration,
        blocks: [MatchBlock],
        chunkReports: Int = 256,
        capacity: Int = 4_096
    ) {
        guard let database = try? Database(path: path, mode: .readOnly, busyTimeout: busyTimeout) else { return nil }
        self.chunkReports = chunkReports
        self.capacity = capacity
        connection = database
        let thread = Thread { [self] in
            read(blocks: blocks)
            condition.lock()
            running = false
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "timeline block reader"
        thread.start()
    }

    /// The next decisions for the current block (one day's or more), with the names of actors first named in them,
    /// or nil at the block's end; then the next call starts the next block.
    ///
    /// - throws: The error that stopped the reader (it then reads no further).
    func next() throws -> (outputs: [EventMatcher.Stream.Output], actorNames: [Int64: String])? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        // The queue is short (`queuedChunkCount` chunks, two items per block read ahead), so moving the rest down
        // costs nothing next to the decisions an item carries.
        let item = items.removeFirst()
        if case .outputs(_, _, let reports) = item { queuedReports -= reports }
        condition.broadcast()
        switch item {
        case .outputs(let outputs, let actorNames, _): return (outputs, actorNames)
        case .endOfBlock: return nil
        case .failure(let error): throw error
        }
    }

    /// Items waiting for the writer that carry reports' decisions: at most ``capacity``, however far ahead the
    /// reader is (each carries a report or more, and the reader adds one only while fewer than ``capacity`` reports
    /// wait).
    var queuedChunkCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return items.count {
            if case .outputs(_, _, let reports) = $0 { reports > 0 } else { false }
        }
    }

    /// Stops the reader and waits until its thread has closed its connection.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    /// Queues `item`, waiting while ``capacity`` reports' decisions are queued; returns false once stopped.
    private func hand(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queuedReports >= capacity && !stopping { condition.wait() }
        guard !stopping else { return false }
        items.append(item)
        if case .outputs(_, _, let reports) = item { queuedReports += reports }
        condition.broadcast()
        return true
    }

    private func read(blocks: [MatchBlock]) {
        /// Thrown out of the matcher's loop when the writer stopped the reader.
        struct Stopped: Error {}
        guard let database = connection else { return }
        // Closed on this thread, before `stop()` returns.
        defer { connection = nil }
        do {
            for block in blocks {
                var chunk: [EventMatcher.Stream.Output] = []
                var names: [Int64: String] = [:]
                var reports = 0
                func handChunk() throws {
                    guard !chunk.isEmpty || !names.isEmpty else { return }
                    guard hand(.outputs(chunk, actorNames: names, reports: reports)) else { throw Stopped() }
                    chunk = []
                    names = [:]
                    reports = 0
                }
                try TimelineStore.match(block, in: database) { outputs, actorNames in
                    chunk += outputs
                    names.merge(actorNames) { _, new in new }
                    for output in outputs {
                        switch output {
                        case .event(let event): reports += event.reports.count
                        case .amend(_, let added): reports += added.count
                        }
                    }
                    if reports >= chunkReports { try handChunk() }
                }
                try handChunk()
                guard hand(.endOfBlock) else { return }
            }
        } catch is Stopped {
            return
        } catch {
            _ = hand(.failure(error))
        }
    }
}
