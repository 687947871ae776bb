import CTimelineXML

/// A thin, read-only view of a libxml2 HTML tree, walked without recursion so that a page nested
/// thousands of levels deep costs no stack.
struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name in lower case ("" for other nodes).
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// A text node's text, entities already decoded by libxml2.
    var content: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
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
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
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

    /// The words of the `class` and `id` attributes, each also split at `-` and `_`, in lower case:
    /// `class="ad-slot share_bar"` gives `ad-slot`, `ad`, `slot`, `share_bar`, `share`, `bar`.
    var classWords: Set<String> {
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

    /// The text of the subtree with runs of whitespace collapsed to one space.
    var text: String {
        var collector = TextCollector()
        walk { node in
            if node.isText { collector.append(node.content) }
            // A script's own text is wanted (JSON-LD); scripts and styles inside other elements are not.
            return node == self || (node.isElement && !["script", "style", "template"].contains(node.name))
        }
        return collector.text
    }
}

/// Collects text with HTML whitespace rules: any run of whitespace (including no-break spaces) becomes one
/// space, and leading and trailing whitespace is dropped.
struct TextCollector {
    private(set) var text = ""
    private var pendingSpace = false

    var isEmpty: Bool { text.isEmpty }

    mutating func append(_ content: String) {
        for scalar in content.unicodeScalars {
            if scalar.isBlank {
                pendingSpace = true
            } else {
                if pendingSpace && !text.isEmpty { text.unicodeScalars.append(" ") }
                pendingSpace = false
                text.unicodeScalars.append(scalar)
            }
        }
    }

    /// Starts a new line (for `<br>` and block ends inside an embedded post).
    mutating func appendLineBreak() {
        if !text.isEmpty && text.unicodeScalars.last != "\n" { text.unicodeScalars.append("\n") }
        pendingSpace = false
    }

    mutating func take() -> String {
        let result = text
        text = ""
        pendingSpace = false
        return result
    }
}
