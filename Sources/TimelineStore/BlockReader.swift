import Foundation
import TimelineSQLite

/// Reads the reports of blocks and runs the matcher over them on a thread of its own, through a read-only connection
/// of its own, a few days ahead of the writer that applies the decisions (``TimelineStore/settleMatching()``).
///
/// Reading a block's reports and matching them is more than half of the merge at the end of a load, and the writer
/// has the other half, so the two run on two cores. The decisions are the same as reading and matching on the
/// writer's connection: a block's reports change only when the writer applies decisions about them, which it does
/// only after the reader has read them, and a block's decisions never touch another block's reports. At most
/// ``capacity`` days of decisions wait in memory; the reader then waits for the writer.
final class BlockReader: @unchecked Sendable {
    /// What the reader hands over: a day's decisions (or the end of a block's), the end of a block, or the error
    /// that stopped it.
    private enum Item {
        case outputs([EventMatcher.Stream.Output], actorNames: [Int64: String])
        case endOfBlock
        case failure(any Error)
    }

    /// Days of decisions read ahead at most.
    static let capacity = 64

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var stopping = false
    private var running = true

    /// The reader's connection, until its thread takes it.
    private var connection: Database?

    /// Starts reading `blocks`, in order, from the database at `path`, or returns nil when a second connection cannot
    /// open it (the writer then reads the blocks itself).
    init?(path: String, busyTimeout: Duration, blocks: [MatchBlock]) {
        guard let database = try? Database(path: path, mode: .readOnly, busyTimeout: busyTimeout) else { return nil }
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

    /// The next day's decisions for the current block, with the names of actors first named in them, or nil at the
    /// block's end; then the next call starts the next block.
    ///
    /// - throws: The error that stopped the reader (it then reads no further).
    func next() throws -> (outputs: [EventMatcher.Stream.Output], actorNames: [Int64: String])? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count { condition.wait() }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        switch item {
        case .outputs(let outputs, let actorNames): return (outputs, actorNames)
        case .endOfBlock: return nil
        case .failure(let error): throw error
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

    /// Queues `item`, waiting while the writer is ``capacity`` days behind; returns false once stopped.
    private func hand(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= Self.capacity && !stopping { condition.wait() }
        guard !stopping else { return false }
        items.append(item)
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
                try TimelineStore.match(block, in: database) { outputs, actorNames in
                    guard hand(.outputs(outputs, actorNames: actorNames)) else { throw Stopped() }
                }
                guard hand(.endOfBlock) else { return }
            }
        } catch is Stopped {
            return
        } catch {
            _ = hand(.failure(error))
        }
    }
}
