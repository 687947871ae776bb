import Foundation
import Testing

/// Bad input of every kind: one clear line on standard error naming the path or option, the right exit status,
/// and the database left as it was (issue 2).
@Suite struct BadInputTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("t.db").path }

    init() throws {
        folder = try EndToEnd.makeTemporaryFolder()
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func errorLines(_ result: CommandResult) -> [Substring] {
        result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error:") }
    }

    @Test func missingFileIsNamedAndCreatesNoDatabase() throws {
        let missing = folder.appendingPathComponent("missing.txt").path
        let result = try EndToEnd.run(["load", missing, "--db", db])
        #expect(result.status == 1)
        #expect(errorLines(result) == ["Error: '\(missing)' does not exist; check the path."])
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// A long list of paths (a shell glob) reaches ArgumentParser as placeholders (`PathArguments`): every path is
    /// still read, in the order given, around options placed between them.
    @Test func aLongListOfPathsKeepsItsOrder() throws {
        let good = try write("good.txt", "Published: 2022-01-05\n\nPolice detained 40 protesters in Almaty on Tuesday.")
        let missing = (0..<150).map { folder.appendingPathComponent("missing-\($0).txt").path }
        let result = try EndToEnd.run(
            ["load"] + missing.prefix(100) + ["--db", db, good] + missing.dropFirst(100) + ["--batch-size", "2"]
        )
        #expect(result.status == 1)
        #expect(errorLines(result).map(String.init) == missing.map { "Error: '\($0)' does not exist; check the path." })
        #expect(result.stderr.contains("Loaded 1 article") && result.stderr.contains("150 failed"))
    }

    @Test func folderWithoutArticlesIsAnError() throws {
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        _ = try Data("not an article".utf8).write(to: empty.appendingPathComponent("notes.bin"))
        let result = try EndToEnd.run(["load", empty.path, "--db", db])
        #expect(result.status == 1)
        #expect(errorLines(result).count == 1)
        #expect(result.stderr.contains("Folder '\(empty.path)' holds no articles"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test(arguments: [("empty.txt", ""), ("blank.txt", "  \n\t\n ")])
    func emptyArticleIsAnError(name: String, text: String) throws {
        let path = try write(name, text)
        let result = try EndToEnd.run(["load", path, "--db", db])
        #expect(result.status == 1)
        #expect(errorLines(result).count == 1)
        #expect(errorLines(result).first?.contains("'\(path)'") == true)
        #expect(result.stderr.lowercased().contains("empty"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func binaryFileIsAnError() throws {
        let url = folder.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: url)
        let result = try EndToEnd.run(["load", url.path, "--db", db])
        #expect(result.status == 1)
        #expect(errorLines(result).count == 1)
        #expect(result.stderr.contains("'\(url.path)'"))
        #expect(result.stderr.lowercased().contains("binary"))
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let url = folder.appendingPathComponent("latin1.txt")
        var bytes = Array("By Staff, January 7, 2022\nProtesters gathered in Almaty on Thursday caf".utf8)
        bytes += [0xE9, 0xFF]
        bytes += Array(" and police detained 12 people.\n".utf8)
        try Data(bytes).write(to: url)
        let result = try EndToEnd.run(["load", url.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Warning: '\(url.path)' is not valid UTF-8"))
    }

    @Test func databaseInMissingFolderIsAnError() throws {
        let article = try write("a.txt", "By Staff, January 7, 2022\nPolice detained 12 protesters in Almaty.\n")
        let target = folder.appendingPathComponent("no/such/folder/t.db").path
        let result = try EndToEnd.run(["load", article, "--db", target])
        #expect(result.status == 1)
        #expect(errorLines(result).count == 1)
        #expect(result.stderr.contains("'\(target)'"))
        #expect(result.stderr.contains("does not exist"))
    }

    @Test func databaseInUnwritablePlaceIsAnError() throws {
        let article = try write("a.txt", "By Staff, January 7, 2022\nPolice detained 12 protesters in Almaty.\n")
        // /proc refuses new files even to root, unlike a folder with its write bit cleared.
        let target = "/proc/timeline-test.db"
        let result = try EndToEnd.run(["load", article, "--db", target])
        #expect(result.status == 1)
        #expect(errorLines(result).count == 1)
        #expect(result.stderr.contains("'\(target)'"))
    }

    @Test func textFileAsDatabaseIsAnErrorAndIsLeftAlone() throws {
        let text = "this is a shopping list, not a database\n"
        let fake = try write("notes.db", text)
        let article = try write("a.txt", "By Staff, January 7, 2022\nPolice detained 12 protesters in Almaty.\n")
        for arguments in [["load", article, "--db", fake], ["events", "--db", fake]] {
            let result = try EndToEnd.run(arguments)
            #expect(result.status == 1)
            #expect(errorLines(result).count == 1)
            #expect(result.stderr.contains("'\(fake)'"))
            #expect(result.stderr.contains("not a"))
        }
        #expect(try String(contentsOfFile: fake, encoding: .utf8) == text)
    }

    @Test(arguments: [
        (["events", "--on", "2022-13-45"], "'--on' expects a date as YYYY-MM-DD, YYYY-MM or YYYY"),
        (["events", "--since", "2022-02-01", "--until", "2022-01-01"], "'--since' (2022-02-01) is after '--until'"),
        (["events", "--on", "2022-01-07", "--since", "2022-01-01"], "'--on' cannot be combined"),
        (["events", "--format", "xml"], "'xml' is invalid for '--format <format>'"),
        (["casualties", "--format", "yaml"], "'yaml' is invalid for '--format <format>'"),
        (["load"], "Please provide at least one article file or folder"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try EndToEnd.run(arguments + ["--db", db])
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func readCommandOnMissingDatabaseSaysHowToCreateIt() throws {
        let result = try EndToEnd.run(["events", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'\(db)'"))
        #expect(result.stderr.contains("timeline init"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// Whatever the number of articles per transaction: one per transaction, three, or the default.
    @Test(arguments: [nil, 1, 3])
    func oneBadFileAmongTenStoresTheNine(batchSize: Int?) throws {
        var paths: [String] = []
        for index in 1...9 {
            paths.append(
                try write(
                    "good\(index).txt",
                    "By Staff, January \(index), 2022\nPolice detained \(index + 10) protesters in city number \(index).\n"
                )
            )
        }
        let bad = try write("bad.txt", "")
        paths.insert(bad, at: 4)
        let batch = batchSize.map { ["--batch-size", "\($0)"] } ?? []
        let result = try EndToEnd.run(["load"] + paths + ["--db", db] + batch)
        #expect(result.status == 1)
        #expect(errorLines(result).count == 1)
        #expect(errorLines(result).first?.contains("'\(bad)'") == true)
        #expect(result.stderr.contains("Loaded 9 articles"))
        #expect(result.stderr.contains("1 failed"))
    }
}
