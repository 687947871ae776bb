import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Timing and process measurement: a monotonic clock, order statistics, and child processes with their peak
/// memory (from `wait4`'s resource usage, which Foundation's `Process` does not expose).
enum Measurement {
    /// Seconds taken by `body`, on the monotonic clock.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return (clock.now - start).seconds
    }

    /// The median of `values` (the lower middle for an even count), or 0 when empty.
    static func median(_ values: [Double]) -> Double {
        percentile(values, 0.5)
    }

    /// The value below which `fraction` of `values` lie (nearest rank), or 0 when empty.
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        if fraction == 0.5 { return sorted[(sorted.count - 1) / 2] }
        return sorted[Int((Double(sorted.count - 1) * fraction).rounded())]
    }

    /// What a child process took.
    struct ChildRun {
        var seconds: Double
        /// Peak resident set size, in KiB.
        var maxRSS: Int
        var status: Int32
    }

    /// Runs `arguments` (the first is looked up in `PATH`), with standard output and error written to the given
    /// files (`/dev/null` by default), and waits for it.
    static func run(
        _ arguments: [String],
        stdout: String = "/dev/null",
        stderr: String = "/dev/null"
    ) throws
        -> ChildRun
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let clock = ContinuousClock()
        let start = clock.now
        let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard code == 0 else { throw BenchmarkError("cannot start \(arguments[0]): error \(code)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = (clock.now - start).seconds
        // WEXITSTATUS: the exit code sits in the second byte of the status of a process that exited.
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildRun(seconds: elapsed, maxRSS: Int(usage.ru_maxrss), status: exitCode)
    }

    /// Runs `arguments` like `run(_:stdout:stderr:)`, under GNU time for its peak resident set size.
    ///
    /// `wait4`'s own figure is useless here: `posix_spawn` starts the child with `CLONE_VM`, and Linux keeps the
    /// high-water mark of the memory a process had before `exec`, which is this process's, corpus and all. GNU
    /// time `fork`s its child from a small process instead. Without it, `maxRSS` is 0.
    static func runMeasuringMemory(_ arguments: [String], stderr: String = "/dev/null") throws -> ChildRun {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            var run = try run(arguments, stderr: stderr)
            run.maxRSS = 0
            return run
        }
        let report = stderr == "/dev/null" ? NSTemporaryDirectory() + "timeline-bench-rss.txt" : stderr + ".rss"
        var run = try run([time, "-f", "%M", "-o", report] + arguments, stderr: stderr)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        run.maxRSS = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return run
    }

    /// Whether `program` is found in `PATH`.
    static func isInstalled(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// A failure of the benchmark itself (a missing tool, a child that failed), reported and exit 1.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// `key=value` lines, as the C baseline prints them.
func keyValues(_ text: String) -> [String: String] {
    var values: [String: String] = [:]
    for line in text.split(separator: "\n") {
        guard let equals = line.firstIndex(of: "=") else { continue }
        values[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    return values
}
