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
}
