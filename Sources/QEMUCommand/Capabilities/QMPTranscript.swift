import Foundation

/// Reads libvirt's `.replies` QMP transcripts: a sequence of JSON request and reply objects.
public enum QMPTranscript {
    /// A problem in a transcript, naming the object that could not be read.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        /// The 0-based index of the JSON object in the transcript.
        public var objectIndex: Int
        /// What went wrong.
        public var reason: String

        /// `object N: reason`.
        public var description: String { "object \(objectIndex): \(reason)" }
    }

    /// Pairs each request in `text` with the reply that follows it.
    public static func exchanges(fromReplies text: String) throws(ReadError) -> [QMPExchange] {
        let objects = try splitObjects(text).enumerated().map { index, chunk throws(ReadError) in
            do {
                return try JSONDecoder().decode(JSONValue.self, from: Data(chunk.utf8))
            } catch {
                throw ReadError(objectIndex: index, reason: "not JSON: \(error)")
            }
        }
        var exchanges: [QMPExchange] = []
        var pending: JSONValue?
        for object in objects {
            if object["execute"] != nil {
                pending = object
            } else if let request = pending, let command = request["execute"]?.stringValue {
                exchanges.append(QMPExchange(command: command, arguments: request["arguments"], reply: object["return"]))
                pending = nil
            }
        }
        return exchanges
    }

    /// The top-level `{…}` texts of a concatenation of JSON objects.
    private static func splitObjects(_ text: String) throws(ReadError) -> [Substring] {
        var chunks: [Substring] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start = text.startIndex
        for index in text.indices {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "{", "[":
                if depth == 0 { start = index }
                depth += 1
            case "}", "]":
                depth -= 1
                if depth == 0 { chunks.append(text[start...index]) }
                if depth < 0 { throw ReadError(objectIndex: chunks.count, reason: "unbalanced `\(character)`") }
            default: break
            }
        }
        guard depth == 0, !inString else { throw ReadError(objectIndex: chunks.count, reason: "truncated object") }
        return chunks
    }
}
