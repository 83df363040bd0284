/// Why evaluating one intrinsic function stopped: the template is wrong, or an argument it needs
/// cannot be known locally (the call then resolves to that unresolved value).
enum ResolutionFailure: Error {
    case invalid(TemplateError)
    case unresolved(UnresolvedValue)
}
