/// A sentence of a document, with its place in the text.
///
/// `start` and `end` count Unicode scalars from the start of `Document.text`; `text` is exactly that span.
/// Ranges inside mentions (`TimeMention.range`, ...) count Unicode scalars from the start of the sentence.
struct Sentence: Hashable, Sendable {
    var text: String
    var start: Int
    var end: Int
    /// Index into `Document.passages` of the passage holding the sentence.
    var passage: Int
}

/// A time expression in a sentence, resolved to a date.
struct TimeMention: Hashable, Sendable {
    /// The resolved date (the start of a range).
    var value: DateValue
    /// The end of a range ("from 2 to 11 January"), when the expression is one.
    var to: DateValue?
    /// Where the expression sits in the sentence (Unicode-scalar offsets from the sentence start).
    var range: Range<Int>
    /// The words as written ("yesterday", "on Thursday, January 6").
    var surface: String
    /// Whether the value was computed from an anchor ("yesterday") rather than written out ("January 6, 2022").
    var isRelative: Bool
}

/// An actor named or referred to in a sentence.
struct ActorMention: Hashable, Sendable {
    /// The canonical name the mention resolves to.
    var name: String
    var kind: ActorKind
    /// The words as written ("Tokayev", "the president").
    var surface: String
    /// Where the mention sits in the sentence (Unicode-scalar offsets from the sentence start).
    var range: Range<Int>
}

/// What kind of place a gazetteer entry is.
enum PlaceKind: String, Sendable, Hashable {
    case country
    case region
    case city
}

/// A place named in a sentence.
struct PlaceMention: Hashable, Sendable {
    /// The canonical place name ("Almaty", "Kazakhstan").
    var name: String
    var kind: PlaceKind
    /// The country the place lies in (the place itself for a country).
    var country: String?
    var surface: String
    var range: Range<Int>
}
