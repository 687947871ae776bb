/// Long lists of paths on the command line, taken around ArgumentParser.
///
/// ArgumentParser (1.8) stores each value of an array argument by copying the array parsed so far and merging the
/// set of input positions used so far: parsing n paths costs n² steps. 16,000 paths took 13 s to parse before a
/// file was read, and a shell glob over 50,000 articles would take minutes. So `timeline load` and `timeline
/// extract` hand ArgumentParser each long run of arguments that can only be paths as one placeholder, and expand
/// the placeholders again, in place and in order, before they use their paths.
///
/// An argument can only be a path when it does not begin with "-" and neither does the argument before it: an
/// option of these commands takes at most one value, so only the first argument after an option may be that
/// option's value. Everything else is left as it is for ArgumentParser, so that options, their values, "-" and "--"
/// mean what they always mean.
package enum PathArguments {
    /// The subcommands whose arguments are paths.
    static let commands: Set<String> = ["load", "extract"]

    /// Runs shorter than this are left alone: they parse in well under a millisecond.
    static let shortestRun = 64

    /// The arguments ArgumentParser gets for this process (its command line without the executable).
    package static var arguments: [String] { collapsed.arguments }

    /// `paths` as a command parsed them, with each placeholder replaced by the paths it stands for on this
    /// process's command line.
    package static func expand(_ paths: [String]) -> [String] {
        expand(paths, runs: collapsed.runs)
    }

    private static let collapsed = collapse(Array(CommandLine.arguments.dropFirst()))

    /// `arguments` (without the executable) with each run of at least `shortestRun` arguments that can only be paths
    /// replaced by one placeholder, and the runs by placeholder.
    static func collapse(
        _ arguments: [String],
        shortestRun: Int = shortestRun
    ) -> (arguments: [String], runs: [String: [String]]) {
        guard let command = arguments.first, commands.contains(command) else { return (arguments, [:]) }
        var kept: [String] = [command]
        var runs: [String: [String]] = [:]
        var run: [String] = []
        func endRun() {
            if run.count >= shortestRun {
                let placeholder = "\u{1}paths \(runs.count)"
                runs[placeholder] = run
                kept.append(placeholder)
            } else {
                kept += run
            }
            run = []
        }
        for index in arguments.indices.dropFirst() {
            let argument = arguments[index]
            if !argument.hasPrefix("-") && !arguments[index - 1].hasPrefix("-") {
                run.append(argument)
            } else {
                endRun()
                kept.append(argument)
            }
        }
        endRun()
        return (kept, runs)
    }

    static func expand(_ paths: [String], runs: [String: [String]]) -> [String] {
        guard !runs.isEmpty else { return paths }
        return paths.flatMap { runs[$0] ?? [$0] }
    }
}
