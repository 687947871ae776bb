import CTimelineXML
import Foundation

/// A thin, read-only view of a libxml2 HTML tree, walked without recursion so that a page nested
/// thousands of levels deep costs no stack.
struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name ("" for other nodes). libxml2's HTML parser already writes names in lower case.
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }
    var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(pointer: parent)
    }

    /// An attribute's value, read from the attribute's text children (no allocation to free).
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, Self.equalIgnoringCase(name, wanted) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Compares a C name with a Swift one without allocating, ignoring ASCII case.
    private static func equalIgnoringCase(_ name: UnsafePointer<xmlChar>, _ wanted: String) -> Bool {
        wanted.withCString { xmlStrcasecmp(name, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) == 0 }
    }

    /// The words of the `class` and `id` attributes, each also split at `-` and `_`, in lower case:
    /// `class="ad-slot share_bar"` gives `ad-slot`, `ad`, `slot`, `share_bar`, `share`, `bar`.
    var classWords: Set<String> {
        guard pointer.pointee.properties != nil else { return [] }
        var words: Set<String> = []
        for value in [attribute("class"), attribute("id")].compactMap({ $0 }) {
            for token in value.lowercased().split(whereSeparator: \.isWhitespace) {
                words.insert(String(token))
                for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) { words.insert(String(part)) }
            }
        }
        return words
    }

    /// Visits the subtree in document order. `enter` returns whether to descend into the node's children;
    /// `exit` is called once for every entered node after its children (or at once when not descending).
    func walk(enter: (HTMLNode) -> Bool, exit: (HTMLNode) -> Void = { _ in }) {
        var node = self
        outer: while true {
            if enter(node), let child = node.firstChild {
                node = child
                continue
            }
            while true {
                exit(node)
                if node == self { break outer }
                if let sibling = node.nextSibling {
                    node = sibling
                    continue outer
                }
                guard let parent = node.pointer.pointee.parent else { break outer }
                node = HTMLNode(pointer: parent)
            }
        }
    }

    /// The number of UTF-8 bytes in the subtree's text nodes (outside scripts and styles): a cheap measure
    /// of how much text an element holds.
    var textLength: Int {
        var length = 0
        walk { node in
            if node.isText, let content = node.pointer.pointee.content { length += strlen(content) }
            return node == self || (node.isElement && !["script", "style", "template"].contains(node.name))
        }
        return length
    }

    /// The text of the subtree with runs of whitespace collapsed to one space.
    var text: String {
        var collector = TextCollector()
        walk { node in
            if node.isText { collector.append(node) }
            // A script's own text is wanted (JSON-LD); scripts and styles inside other elements are not.
            return node == self || (node.isElement && !["script", "style", "template"].contains(node.name))
        }
        return collector.text
    }
}

/// Collects text with HTML whitespace rules: any run of whitespace (including no-break and other Unicode
/// spaces) becomes one space, and leading and trailing whitespace is dropped.
///
/// It works on UTF-8 bytes straight from libxml2's text nodes, which keeps a 20 MB page fast.
struct TextCollector {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ content: String) {
        var content = content
        content.withUTF8 { _ = append(bytes: $0) }
    }

    /// Appends a text node's content; returns how many letters and digits it held (non-ASCII characters
    /// count as letters), so callers can tell words from bare timestamps.
    @discardableResult
    mutating func append(_ node: HTMLNode) -> Int {
        guard let content = node.pointer.pointee.content else { return 0 }
        return append(bytes: UnsafeBufferPointer(start: content, count: strlen(content)))
    }

    private mutating func append(bytes input: UnsafeBufferPointer<UInt8>) -> Int {
        var letters = 0
        var index = 0
        while index < input.count {
            let space = Self.spaceLength(input, at: index)
            if space > 0 {
                pendingSpace = true
                index += space
                continue
            }
            let byte = input[index]
            if pendingSpace && !bytes.isEmpty && bytes.last != 10 { bytes.append(32) }
            pendingSpace = false
            bytes.append(byte)
            if byte >= 0xC0 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                letters += 1
            }
            index += 1
        }
        return letters
    }

    /// The length in bytes of the whitespace character at `index`, or 0: ASCII whitespace, U+0085, U+00A0,
    /// U+2000...U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
    private static func spaceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = input[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let rest = input.count - index
        if byte == 0xC2, rest >= 2 { return input[index + 1] == 0xA0 || input[index + 1] == 0x85 ? 2 : 0 }
        guard rest >= 3 else { return 0 }
        let (second, third) = (input[index + 1], input[index + 2])
        switch (byte, second) {
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        case (0xEF, 0xBB): return third == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Starts a new line (for `<br>` and block ends inside an embedded post).
    mutating func appendLineBreak() {
        if !bytes.isEmpty && bytes.last != 10 { bytes.append(10) }
        pendingSpace = false
    }

    mutating func take() -> String {
        let result = text
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return result
    }
}
