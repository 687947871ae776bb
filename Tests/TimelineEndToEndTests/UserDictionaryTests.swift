import Foundation
import Testing

/// `--actors FILE`: a user dictionary extends the built-in people and places (issue 3).
@Suite struct UserDictionaryTests {
    let folder: URL

    init() throws {
        folder = try EndToEnd.makeTemporaryFolder()
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func userPeopleAndPlacesAreFound() throws {
        let article = try write(
            "a.txt",
            "By Staff, March 3, 2021\nProtesters marched in Springfield on Tuesday, and Roe said the rally was calm.\n"
        )
        let dictionary = try write(
            "mine.yaml",
            """
            people:
              - name: Jane Roe
                aliases: [Roe]
                kind: person
            places:
              - name: Springfield
                kind: city
                country: United States

            """
        )
        let without = try EndToEnd.run(["extract", article, "--format", "ndjson"])
        #expect(!without.stdout.contains("Jane Roe"))
        let with = try EndToEnd.run(["extract", article, "--format", "ndjson", "--actors", dictionary])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stdout.contains(#"{"name":"Jane Roe","kind":"person","mentions":["Roe"]}"#))
        #expect(with.stdout.contains(#""location":"Springfield""#))
    }

    @Test func aBrokenDictionaryIsNamedWithItsEntry() throws {
        let article = try write("a.txt", "By Staff, March 3, 2021\nProtesters marched on Tuesday.\n")
        let dictionary = try write("bad.yaml", "people:\n  - nme: x\n")
        let result = try EndToEnd.run(["extract", article, "--actors", dictionary])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Actor dictionary '\(dictionary)' is not valid: people entry 1: missing name\n")
    }
}
