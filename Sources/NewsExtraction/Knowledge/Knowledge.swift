/// General knowledge the extractor relies on: the actor dictionary and the gazetteer.
///
/// The built-in knowledge is YAML compiled into the binary; a user file in the same YAML shape extends or
/// overrides it (`timeline load --actors FILE`). (Owned by the knowledge and actors work.)
public struct Knowledge: Sendable {
    /// The knowledge compiled into the binary.
    public static let builtIn = Knowledge()

    init() {}

    /// Reads a user dictionary in the built-in YAML shape.
    ///
    /// - throws: A `KnowledgeError` naming the entry that does not parse.
    public init(yaml: String) throws {
        self.init()
    }

    /// This knowledge with `other`'s entries added, `other` winning where both name the same actor or place.
    public func merging(_ other: Knowledge) -> Knowledge {
        self
    }
}

/// A knowledge file that does not parse.
public struct KnowledgeError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
