import ArgumentParser
import NewsExtraction

extension TimelineCommand {
    /// `timeline extract`: what `load` would store, printed without touching a database.
    package struct Extract: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print what would be extracted from articles, without a database.",
            discussion: """
                Prints one JSON object per article with its metadata, actors, events and casualty figures.

                Example: timeline extract article.html --format json
                """
        )

        /// The articles to read.
        @Argument(help: "Article files or folders, or '-' for standard input.")
        var paths: [String] = []

        @OptionGroup var extraction: ExtractionOptions

        /// Output format; only the JSON shapes make sense for nested extractions.
        @Option(help: "Output format: json (one object, or an array for several articles) or ndjson.")
        var format: ExtractFormat = .json

        package init() {}

        package func validate() throws {
            if paths.isEmpty {
                throw ValidationError("Please provide at least one article file or folder, or '-' for standard input.")
            }
        }

        package func run() throws {
            let extractor = try extraction.makeExtractor()
            let (inputs, problems) = ArticleInputs.expand(PathArguments.expand(paths))
            var failed = problems.count
            problems.forEach(Console.error)
            var outputs: [JSONValue] = []
            for input in inputs {
                extraction.source.forEachDocument(in: input) { label, result in
                    switch result {
                    case .success(let document):
                        let json = extractor.extract(document).json
                        if format == .ndjson {
                            Console.out(json.serialized() + "\n")
                        } else {
                            outputs.append(json)
                        }
                    case .failure(let error):
                        failed += 1
                        Console.error(error.message)
                    }
                }
            }
            if format == .json {
                if outputs.count == 1 {
                    Console.out(outputs[0].prettySerialized() + "\n")
                } else if !outputs.isEmpty {
                    Console.out(JSONValue.array(outputs).prettySerialized() + "\n")
                }
            }
            if failed > 0 { throw ExitCode.failure }
        }
    }

    /// The formats of `extract`.
    package enum ExtractFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
        case json
        case ndjson
    }
}
