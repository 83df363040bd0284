/// Every route of every API, searched the way API Gateway searches one API's routes: the most
/// specific path wins (literal segments over `{param}` over `{proxy+}`), then a route for the
/// method over an `ANY` route, and an HTTP API's `$default` route only when nothing else matches.
///
/// All APIs share one table because they share one local port, as with `sam local start-api`.
struct RouteTable: Sendable {
    let routes: [Route]

    /// The route for this method and path.
    func match(method: String, path: RequestPath) -> RouteMatch? {
        best(path: path, method: method) { $0.method == method || $0.method == "ANY" }
    }

    /// The route that would serve this path for some method: it tells which API is in charge of a
    /// path when the method has no route, and which methods a CORS preflight may offer.
    func matchIgnoringMethod(path: RequestPath, where accept: (Route) -> Bool = { _ in true }) -> RouteMatch? {
        best(path: path, method: nil, accept)
    }

    private func best(path: RequestPath, method: String?, _ accept: (Route) -> Bool) -> RouteMatch? {
        var winner: (match: RouteMatch, specificity: [Int])?
        for route in routes where !route.isDefault && accept(route) {
            guard let template = route.template, let parameters = template.match(path.segments) else { continue }
            let specificity = template.specificity
            if let current = winner {
                let order = Self.compare(specificity, current.specificity)
                if order < 0 { continue }
                if order == 0 {
                    // Same path: a route for the method itself beats ANY; otherwise the first declared stays.
                    guard let method, route.method == method, current.match.route.method != method else { continue }
                }
            }
            winner = (RouteMatch(route: route, pathParameters: parameters), specificity)
        }
        if let winner { return winner.match }
        return routes.first { $0.isDefault && accept($0) }.map { RouteMatch(route: $0, pathParameters: [:]) }
    }

    /// Compares specificities left to right: positive when `left` is more specific.
    private static func compare(_ left: [Int], _ right: [Int]) -> Int {
        for (a, b) in zip(left, right) where a != b {
            return a - b
        }
        return left.count - right.count
    }
}
