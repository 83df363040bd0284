/// A route's path as written in the template, such as `/items/{id}` or `/files/{proxy+}`, split
/// into the segments API Gateway matches one by one.
struct PathTemplate: Sendable, Hashable {
    /// One segment of a path template.
    enum Segment: Sendable, Hashable {
        /// Text that must equal the request's segment.
        case literal(String)
        /// `{name}`: any one segment.
        case parameter(String)
        /// `{name+}`: one or more trailing segments.
        case greedy(String)
    }

    /// Why a path cannot be a route's path.
    enum Problem: Error, Equatable {
        case notAbsolute
        case greedyNotLast(String)
        case emptyName
        case partialSegment(String)
        case repeatedName(String)

        var description: String {
            switch self {
            case .notAbsolute: "must start with /"
            case .greedyNotLast(let name): "has {\(name)+} before its last segment; a greedy parameter must come last"
            case .emptyName: "has a parameter without a name"
            case .partialSegment(let segment): "has '\(segment)': a {parameter} must be a whole segment"
            case .repeatedName(let name): "uses the parameter {\(name)} twice"
            }
        }
    }

    /// The path normalized: one `/` between segments, no trailing `/`.
    let text: String
    let segments: [Segment]

    init(parsing written: String) throws(Problem) {
        guard written.hasPrefix("/") else { throw .notAbsolute }
        let pieces = written.split(separator: "/")
        var segments: [Segment] = []
        var names: Set<String> = []
        for (index, piece) in pieces.enumerated() {
            guard piece.first == "{", piece.last == "}", piece.count > 2 else {
                if piece.contains("{") || piece.contains("}") { throw .partialSegment(String(piece)) }
                segments.append(.literal(String(piece)))
                continue
            }
            var name = String(piece.dropFirst().dropLast())
            let isGreedy = name.hasSuffix("+")
            if isGreedy { name.removeLast() }
            guard !name.isEmpty, !name.contains("{"), !name.contains("}") else { throw .emptyName }
            guard names.insert(name).inserted else { throw .repeatedName(name) }
            if isGreedy {
                guard index == pieces.count - 1 else { throw .greedyNotLast(name) }
                segments.append(.greedy(name))
            } else {
                segments.append(.parameter(name))
            }
        }
        self.text = "/" + pieces.joined(separator: "/")
        self.segments = segments
    }

    /// The path parameters when `path` (decoded segments) matches, else `nil`.
    func match(_ path: [String]) -> [String: String]? {
        var parameters: [String: String] = [:]
        for (index, segment) in segments.enumerated() {
            guard index < path.count else { return nil }
            switch segment {
            case .literal(let text):
                guard path[index] == text else { return nil }
            case .parameter(let name):
                parameters[name] = path[index]
            case .greedy(let name):
                parameters[name] = path[index...].joined(separator: "/")
                return parameters
            }
        }
        return path.count == segments.count ? parameters : nil
    }

    /// How specific each segment is (literal 2, parameter 1, greedy 0): compared left to right,
    /// the higher wins, which is API Gateway's order of precedence.
    var specificity: [Int] {
        segments.map { segment in
            switch segment {
            case .literal: 2
            case .parameter: 1
            case .greedy: 0
            }
        }
    }

    /// The path with parameter names erased, so that `/items/{id}` and `/items/{itemId}` compare equal.
    var shape: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter: "{}"
            case .greedy: "{+}"
            }
        }.joined(separator: "/")
    }
}
