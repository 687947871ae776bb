import ArgumentParser
import Foundation
import NewsExtraction

extension TimelineCommand {
    /// `timeline extract`: what `load` would store, printed without touching a database.
    package struct Extract: ParsableCommand {
        package static let configuration = CommandConfiguration(
            abstract: "Print what would be extracted from articles, without a database.",
            discussion: "Example: timeline extract article.html --format json"
        )

        /// The article files to read.
        @Argument(help: "Article files to read.")
        var paths: [String]

        /// Output format.
        @Option(help: "Output format: json or ndjson.")
        var format: String = "json"

        package init() {}

        package func run() throws {
            let extractor = NewsExtractor()
            var outputs: [JSONValue] = []
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ValidationError("Cannot read '\(path)'.")
                }
                let bytes = [UInt8](data)
                let document = try ArticleReader.read(bytes, fileName: path)
                outputs.append(extractor.extract(document).json)
            }
            if format == "json" && outputs.count == 1 {
                print(outputs[0].prettySerialized())
            } else if format == "json" {
                print(JSONValue.array(outputs).prettySerialized())
            } else {
                for output in outputs { print(output.serialized()) }
            }
        }
    }
}
