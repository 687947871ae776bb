import Foundation
import Testing

/// `--help` of the root command and of each subcommand, pinned verbatim (issue 4).
///
/// The expected texts are in `Help/<command>.txt`. After a deliberate change, regenerate them with
/// `make help-snapshots` and review the diff.
@Suite struct HelpTests {
    static let commands = [
        "timeline", "init", "load", "extract", "events", "show", "actors", "casualties", "articles", "check",
    ]

    @Test(arguments: commands)
    func helpIsPinned(command: String) throws {
        let arguments = command == "timeline" ? ["--help"] : [command, "--help"]
        let result = try EndToEnd.run(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let file = EndToEnd.packageRoot.appendingPathComponent("Tests/TimelineEndToEndTests/Help/\(command).txt")
        if ProcessInfo.processInfo.environment["UPDATE_HELP"] == "1" {
            try Data(result.stdout.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, "run 'make help-snapshots' after a deliberate change")
    }

    @Test(arguments: commands.dropFirst())
    func everyCommandHasAnExampleAndIsInTheReadme(command: String) throws {
        let help = try EndToEnd.run([command, "--help"], environment: ["COLUMNS": "80"]).stdout
        #expect(help.contains("Example: timeline \(command)"))
        let readme = try String(
            contentsOf: EndToEnd.packageRoot.appendingPathComponent("README.md"),
            encoding: .utf8
        )
        #expect(readme.contains("timeline \(command)"))
    }

    @Test func readmeTranscriptsAreFresh() throws {
        let script = EndToEnd.packageRoot.appendingPathComponent("scripts/readme.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", script, "--timeline", EndToEnd.binary.path, "--check",
            EndToEnd.packageRoot.appendingPathComponent("README.md").path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
