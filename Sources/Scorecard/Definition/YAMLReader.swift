import Foundation
import Yams

/// Reads the pieces of a YAML scorecard — mappings, lists, text, numbers — and turns every
/// mismatch into a ``ScorecardDefinitionError`` on the line where it happened.
struct YAMLReader {
    /// The file name used in messages.
    let source: String

    /// A mapping's entries in file order, with the nodes that carry their lines.
    struct Map {
        struct Entry {
            let key: String
            let keyNode: Node
            let value: Node
        }

        let node: Node
        let context: String
        let entries: [Entry]

        subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }

        func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
    }

    func line(_ node: Node?) -> Int? { node?.mark?.line }

    func error(_ node: Node?, _ problem: ScorecardDefinitionError.Problem) -> ScorecardDefinitionError {
        ScorecardDefinitionError(source: source, line: line(node), problem: problem)
    }

    /// A mapping whose keys are text; with `allowed`, any other key is an error on its line.
    func map(_ node: Node, context: String, allowed: [String]? = nil) throws -> Map {
        guard let mapping = node.mapping else { throw error(node, .wrongType(what: context, expected: "a mapping of keys to values")) }
        var entries: [Map.Entry] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw error(keyNode, .wrongType(what: "a key in \(context)", expected: "text")) }
            if let allowed, !allowed.contains(key) {
                throw error(keyNode, .unknownKey(key, in: context, allowed: allowed))
            }
            entries.append(Map.Entry(key: key, keyNode: keyNode, value: value))
        }
        return Map(node: node, context: context, entries: entries)
    }

    /// The value of a key the mapping must have; its absence is reported on the mapping's line.
    func required(_ key: String, in map: Map) throws -> Node {
        guard let value = map[key] else { throw error(map.node, .missingKey(key, in: map.context)) }
        return value
    }

    func list(_ node: Node, what: String) throws -> [Node] {
        guard let sequence = node.sequence else { throw error(node, .wrongType(what: what, expected: "a list")) }
        return Array(sequence)
    }

    func text(_ node: Node, what: String) throws -> String {
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw error(node, .wrongType(what: what, expected: "text"))
        }
        return text
    }

    func number(_ node: Node, what: String) throws -> Double {
        let text = node.scalar?.string.trimmingCharacters(in: .whitespaces) ?? ""
        guard let value = Double(text), value.isFinite else {
            throw error(node, .wrongType(what: what, expected: "a number" + (text.isEmpty ? "" : ", not \"\(text)\"")))
        }
        return value
    }
}
