import TimelineCommands

@main
enum Main {
    static func main() {
        // Long lists of paths go around ArgumentParser's parse, which is quadratic in them (PathArguments).
        TimelineCommand.main(PathArguments.arguments)
    }
}
