import Foundation
import NewsExtraction

/// One place articles come from: a file, or standard input.
package enum ArticleInput: Hashable, Sendable {
    case file(String)
    case standardInput

    /// How messages name the input.
    package var name: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "<stdin>"
        }
    }

    /// The file name handed to the reader as a format hint.
    var fileName: String? {
        if case .file(let path) = self { return path }
        return nil
    }
}

/// Expands the paths given on the command line into article inputs.
///
/// Folders are walked recursively in name order and only files with a known article extension are taken; a file
/// named explicitly is always taken. Symbolic links to folders are followed once: a folder reached again through
/// a link loop is skipped.
package enum ArticleInputs {
    /// Extensions `load` and `extract` pick up inside folders.
    package static let knownExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "ndjson", "jsonl",
    ]

    /// The inputs, and one message per path that gives none.
    package static func expand(_ paths: [String]) -> (inputs: [ArticleInput], problems: [String]) {
        var inputs: [ArticleInput] = []
        var problems: [String] = []
        var seen: Set<String> = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append("'\(path)' does not exist; check the path.")
                continue
            }
            if !isFolder.boolValue {
                inputs.append(.file(path))
                continue
            }
            var found: [String] = []
            var visited: Set<String> = []
            walk(path, into: &found, visited: &visited)
            if found.isEmpty {
                let extensions = knownExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
                problems.append("Folder '\(path)' holds no articles (looked for \(extensions) files).")
            }
            for file in found where seen.insert(file).inserted {
                inputs.append(.file(file))
            }
        }
        return (inputs, problems)
    }

    private static func walk(_ folder: String, into found: inout [String], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                walk(path, into: &found, visited: &visited)
            } else if let dot = name.lastIndex(of: "."),
                knownExtensions.contains(name[name.index(after: dot)...].lowercased())
            {
                found.append(path)
            }
        }
    }

    /// Reads the bytes of an input; the error message names the input and the reason.
    package static func read(_ input: ArticleInput) throws -> [UInt8] {
        switch input {
        case .standardInput:
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            do {
                return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                    if !FileManager.default.isReadableFile(atPath: path) {
                        throw InputError("Cannot read '\(path)': permission denied.")
                    }
                }
                throw InputError("Cannot read '\(path)': \(error.localizedDescription)")
            }
        }
    }
}

/// An input that cannot be read or parsed; `message` is one line naming the input.
package struct InputError: Error, Sendable, CustomStringConvertible {
    package var message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

/// Reads inputs into documents: sniffs or forces the format, splits NDJSON into one document per line, applies
/// `--published`, and reports each failure with the input's name.
package struct DocumentSource: Sendable {
    package var format: InputFormat?
    package var published: Day?

    package init(format: InputFormat?, published: Day?) {
        self.format = format
        self.published = published
    }

    /// Calls `body` with each document of `input` (several for NDJSON) and a label naming it ("file.ndjson:3"),
    /// or with the error that stopped it.
    package func forEachDocument(
        in input: ArticleInput,
        _ body: (String, Result<Document, InputError>) throws -> Void
    ) rethrows {
        try forEachPendingDocument(in: input) { label, pending in try body(label, pending.read()) }
    }

    /// ``forEachDocument(in:_:)``, except that a single-document input is handed over unread: its bytes and format,
    /// to be read (parsed) where ``PendingDocument/read()`` is called, on another thread if need be. The input's
    /// bytes are read, its format chosen and its encoding checked here; NDJSON lines are read here too, as one
    /// document per line must be counted where the input is split.
    package func forEachPendingDocument(
        in input: ArticleInput,
        _ body: (String, PendingDocument) throws -> Void
    ) rethrows {
        let bytes: [UInt8]
        do {
            bytes = try ArticleInputs.read(input)
        } catch let error as InputError {
            try body(input.name, .read(.failure(error)))
            return
        } catch {
            try body(input.name, .read(.failure(InputError("Cannot read '\(input.name)': \(error)"))))
            return
        }
        if String(validating: bytes, as: UTF8.self) == nil && !bytes.contains(0) {
            Console.warning("'\(input.name)' is not valid UTF-8; invalid bytes were replaced with U+FFFD.")
        }
        let chosen = format ?? ArticleReader.detectFormat(bytes, fileName: input.fileName)
        if chosen == .ndjson {
            try ArticleReader.readLines(bytes, fileName: input.fileName) { line, result in
                let label = "\(input.name):\(line)"
                switch result {
                case .success(let document): try body(label, .read(.success(adjusted(document))))
                case .failure(let error): try body(label, .read(.failure(InputError("'\(label)': \(error.message)"))))
                }
            }
            return
        }
        let (name, fileName) = (input.name, input.fileName)
        try body(name, .unread(byteCount: bytes.count) { read(bytes, name: name, fileName: fileName, format: chosen) })
    }

    /// The document of one input's bytes in `format`, or the error naming the input.
    private func read(
        _ bytes: [UInt8],
        name: String,
        fileName: String?,
        format: InputFormat
    ) -> Result<Document, InputError> {
        do {
            return .success(adjusted(try ArticleReader.read(bytes, fileName: fileName, format: format)))
        } catch let error as ArticleReadError {
            return .failure(InputError("'\(name)': \(error.message)"))
        } catch {
            return .failure(InputError("'\(name)': \(error)"))
        }
    }

    private func adjusted(_ document: Document) -> Document {
        guard let published else { return document }
        var document = document
        document.metadata.published = published
        return document
    }
}

/// A document from ``DocumentSource/forEachPendingDocument(in:_:)``: read already (or failed), or the bytes of one
/// input with what reading them needs. Reading HTML, JSON and front matter was a third of the loading thread's work
/// in a two-core load, so `timeline load` hands it to the extraction threads with the extraction.
package enum PendingDocument: Sendable {
    case read(Result<Document, InputError>)
    case unread(byteCount: Int, @Sendable () -> Result<Document, InputError>)

    /// The document, read now if it was not.
    package func read() -> Result<Document, InputError> {
        switch self {
        case .read(let result): return result
        case .unread(_, let read): return read()
        }
    }

    /// The size that bounds a batch: the document's text in UTF-8 bytes, or the input's bytes while unread.
    package var byteCount: Int {
        switch self {
        case .read(.success(let document)): return document.text.utf8.count
        case .read(.failure): return 0
        case .unread(let byteCount, _): return byteCount
        }
    }
}
