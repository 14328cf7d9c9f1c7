/// The tags of an HTML document as a browser's tokenizer would first see them: names and
/// attribute names, read outside of comments, with quoted attribute values skipped. Enough
/// to tell whether text from the data opened a tag or an event handler.
public struct MarkupScan {
    /// One start or end tag.
    public struct Tag: Equatable {
        public let name: String
        public let attributes: [String]
    }

    public let tags: [Tag]

    public init(_ html: String) {
        let characters = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var index = 0
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        while index < characters.count {
            guard characters[index] == "<", index + 1 < characters.count else { index += 1; continue }
            var cursor = index + 1
            if characters[cursor] == "/" { cursor += 1 }
            guard cursor < characters.count, isLetter(characters[cursor]) else { index += 1; continue }
            var name = ""
            while cursor < characters.count, isLetter(characters[cursor]) || ("0"..."9").contains(characters[cursor]) {
                name.unicodeScalars.append(characters[cursor])
                cursor += 1
            }
            var attributes: [String] = []
            while cursor < characters.count, characters[cursor] != ">" {
                let c = characters[cursor]
                if c == "\"" || c == "'" {
                    cursor += 1
                    while cursor < characters.count, characters[cursor] != c { cursor += 1 }
                    cursor += 1
                } else if isLetter(c) {
                    var attribute = ""
                    while cursor < characters.count, !" =>/\t\n".unicodeScalars.contains(characters[cursor]) {
                        attribute.unicodeScalars.append(characters[cursor])
                        cursor += 1
                    }
                    attributes.append(attribute.lowercased())
                } else {
                    cursor += 1
                }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
            index = cursor
        }
        self.tags = tags
    }

    /// Every tag name used.
    public var names: Set<String> { Set(tags.map(\.name)) }

    /// Attributes that run script when an event fires (`onerror`, `onload`, …).
    public var eventHandlers: [String] { tags.flatMap(\.attributes).filter { $0.hasPrefix("on") } }
}
