import ArgumentParser
import Foundation
import NewsExtraction

/// The input formats as a command-line value.
package enum InputFormatArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case html
    case json
    case ndjson

    var format: InputFormat {
        switch self {
        case .text: return .text
        case .html: return .html
        case .json: return .json
        case .ndjson: return .ndjson
        }
    }
}

/// Options that change how articles are read and understood: shared by `load` and `extract`.
package struct ExtractionOptions: ParsableArguments {
    /// Forces an input format instead of sniffing the content.
    @Option(help: "Read every input as this format instead of detecting it: text, html, json or ndjson.")
    package var inputFormat: InputFormatArgument?

    /// A publication date for articles that give none (and overriding those that do).
    @Option(help: ArgumentHelp("Publication date to use for the articles (YYYY-MM-DD).", valueName: "date"))
    package var published: String?

    /// A user actor dictionary in the built-in YAML shape.
    @Option(help: ArgumentHelp("A YAML actor dictionary that extends the built-in one.", valueName: "file"))
    package var actors: String?

    package init() {}

    package mutating func validate() throws {
        if let published {
            _ = try DateArgument.parseDay(published, option: "--published")
        }
        if let actors, !FileManager.default.isReadableFile(atPath: actors) {
            throw ValidationError("'--actors' file '\(actors)' cannot be read; check the path.")
        }
    }

    /// The document source these options describe.
    package var source: DocumentSource {
        DocumentSource(format: inputFormat?.format, published: published.flatMap { Day(iso: $0) })
    }

    /// The extractor, with the user dictionary merged in when one is given.
    package func makeExtractor() throws -> NewsExtractor {
        guard let actors else { return NewsExtractor() }
        let text: String
        do {
            text = try String(contentsOfFile: actors, encoding: .utf8)
        } catch {
            throw InputError("Cannot read actor dictionary '\(actors)': \(error.localizedDescription)")
        }
        do {
            return NewsExtractor(knowledge: Knowledge.builtIn.merging(try Knowledge(yaml: text)))
        } catch {
            throw InputError("Actor dictionary '\(actors)' is not valid: \(error)")
        }
    }
}
