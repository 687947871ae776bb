import ArgumentParser
import Foundation
import Testing

@testable import TimelineCommands

/// Command-line parsing and validation, in process.
@Suite struct ParsingTests {
    func message(_ arguments: [String]) -> String? {
        do {
            _ = try TimelineCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return TimelineCommand.message(for: error)
        }
    }

    func exitCode(_ arguments: [String]) -> Int32 {
        do {
            _ = try TimelineCommand.parseAsRoot(arguments)
            return 0
        } catch {
            return TimelineCommand.exitCode(for: error).rawValue
        }
    }

    @Test(arguments: [
        (
            ["events", "--on", "2022-01-07", "--since", "2022-01-01"],
            "'--on' cannot be combined with '--since' or '--until'."
        ),
        (
            ["events", "--on", "2022-13-45"],
            "'--on' expects a date as YYYY-MM-DD, YYYY-MM or YYYY; '2022-13-45' is not a valid date."
        ),
        (
            ["events", "--until", "2022-02-30"],
            "'--until' expects a date as YYYY-MM-DD, YYYY-MM or YYYY; '2022-02-30' is not a valid date."
        ),
        (
            ["events", "--type", "party"],
            "'--type' must be one of protest, riot, clash, crackdown, arrest, deployment, decree, statement, request, resignation, other; 'party' is not."
        ),
        (["events", "--raw"], "'--raw' applies to '--search'; add '--search QUERY'."),
        (
            ["actors", "--kind", "robot"],
            "'--kind' must be one of person, organization, country, group, other; 'robot' is not."
        ),
        (
            ["casualties", "--category", "missing"],
            "'--category' must be one of killed, injured, hospitalized, detained, troops; 'missing' is not."
        ),
        (
            ["load", "a.txt", "--published", "07/01/2022"],
            "'--published' expects a day as YYYY-MM-DD; '07/01/2022' is not a valid day."
        ),
        (["extract"], "Please provide at least one article file or folder, or '-' for standard input."),
        (["load", "a.txt", "--batch-size", "0"], "'--batch-size' must be 1 or more; got 0."),
    ])
    func invalidArgumentsExplainTheFix(arguments: [String], expected: String) {
        #expect(message(arguments) == expected)
        #expect(exitCode(arguments) == 64)
    }

    @Test func monthAndYearAreAcceptedForOn() throws {
        for value in ["2022", "2022-01", "2022-01-07"] {
            #expect(message(["events", "--on", value]) == nil)
        }
    }

    @Test func sinceAndUntilCoverWholeMonths() throws {
        let command = try #require(
            try TimelineCommand.parseAsRoot(["events", "--since", "2022-01", "--until", "2022-02"])
                as? TimelineCommand.Events
        )
        let query = try command.makeQuery()
        #expect(query.since?.iso == "2022-01-01")
        #expect(query.until?.iso == "2022-02-28")
    }

    @Test func databaseDefaultsToTheEnvironmentThenTheCurrentFolder() throws {
        let defaults = try DatabaseOptions.parse([])
        #expect(defaults.path == ProcessInfo.processInfo.environment["TIMELINE_DB"] ?? "timeline.db")
        #expect(try DatabaseOptions.parse(["--db", "x.db"]).path == "x.db")
    }

    /// Long runs of paths reach ArgumentParser as placeholders (`PathArguments`): expanded again, the command gets
    /// the same paths in the same order, and every option the same value, as when ArgumentParser parses them all.
    @Test func collapsedPathsParseAsTheFullList() throws {
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            // A fixed sequence (a linear congruential generator), so that a failure can be replayed.
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces: [[String]] = [
            ["--db", "x.db"], ["--db=y.db"], ["--replace"], ["--batch-size", "7"], ["-"],
            ["--published", "2022-01-05"],
            ["--input-format", "html"],
        ]
        var collapsedRuns = 0
        for round in 0..<100 {
            var arguments = [round % 2 == 0 ? "load" : "extract", "first.txt"]
            for _ in 0..<next(12) {
                if next(3) == 0 {
                    var piece = pieces[next(pieces.count)]
                    if arguments[0] == "extract"
                        && (piece.first == "--db" || piece.first?.hasPrefix("--db=") == true
                            || piece.first == "--replace" || piece.first == "--batch-size")
                    {
                        piece = ["--format", "ndjson"]
                    }
                    arguments += piece
                } else {
                    arguments += (0..<next(6)).map { _ in "dir \(round)/a\(next(1000)).txt" }
                }
            }
            if next(5) == 0 { arguments += ["--"] + (0..<next(5)).map { "after\($0).txt" } }
            let (collapsed, runs) = PathArguments.collapse(arguments, shortestRun: 2)
            #expect(collapsed.count <= arguments.count)
            collapsedRuns += runs.count
            let full = try TimelineCommand.parseAsRoot(arguments)
            let short = try TimelineCommand.parseAsRoot(collapsed)
            switch (full, short) {
            case (let full as TimelineCommand.Load, let short as TimelineCommand.Load):
                #expect(PathArguments.expand(short.paths, runs: runs) == full.paths, "\(arguments)")
                #expect(short.database.path == full.database.path)
                #expect(short.replace == full.replace && short.batchSize == full.batchSize)
                #expect(short.extraction.source.published == full.extraction.source.published)
            case (let full as TimelineCommand.Extract, let short as TimelineCommand.Extract):
                #expect(PathArguments.expand(short.paths, runs: runs) == full.paths, "\(arguments)")
                #expect(short.format == full.format)
                #expect(short.extraction.source.format == full.extraction.source.format)
            default:
                Issue.record("\(arguments) parsed as \(type(of: full)) and \(type(of: short))")
            }
        }
        #expect(collapsedRuns > 100)
    }

    /// Runs shorter than `PathArguments.shortestRun`, and other commands, are left alone.
    @Test func shortRunsAndOtherCommandsAreLeftAlone() {
        let paths = (0..<PathArguments.shortestRun).map { "a\($0).txt" }
        #expect(PathArguments.collapse(["load"] + paths.dropLast()).arguments == ["load"] + paths.dropLast())
        #expect(
            PathArguments.collapse(["events", "--on", "2022-01-05"]).arguments == ["events", "--on", "2022-01-05"]
        )
        let (collapsed, runs) = PathArguments.collapse(["load", "--db", "x.db"] + paths)
        #expect(collapsed.count == 4 && collapsed.prefix(3) == ["load", "--db", "x.db"])
        #expect(runs[collapsed[3]] == paths)
    }
}
