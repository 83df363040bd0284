/// A route that matches a request, with the values of its path parameters.
struct RouteMatch: Sendable {
    let route: Route
    let pathParameters: [String: String]
}
