import TimelineCommands

@main
enum Main {
    static func main() {
        TimelineCommand.main()
    }
}
