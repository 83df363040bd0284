import LocalAPIGateway

/// The routes `start-api` serves, a line each, as the terminal shows them when it starts: the
/// method, the URL to hand to curl or a browser, and the function, in aligned columns that are as
/// wide as their longest entry (a path is never cut short).
enum RouteListing {
    /// The lines for `routes` served at `base` (`http://host:port`).
    static func lines(for routes: [Route], base: String) -> [String] {
        let rows = routes.map { route in
            route.isDefault
                ? (method: "ANY", url: base + "/*", function: route.functionLogicalId + " ($default: what no other route takes)")
                : (method: route.method, url: base + route.path, function: route.functionLogicalId)
        }
        let methodWidth = rows.map(\.method.count).max() ?? 0
        let urlWidth = rows.map(\.url.count).max() ?? 0
        return rows.map { row in
            "\(row.method.padding(toLength: methodWidth, withPad: " ", startingAt: 0)) "
                + "\(row.url.padding(toLength: urlWidth, withPad: " ", startingAt: 0)) -> \(row.function)"
        }
    }
}
