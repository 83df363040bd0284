/// An instance as its pool keeps it: with its log capture, its cold-start cost, its generation and
/// the tenant it serves.
final class PooledInstance: Sendable {
    let instance: FunctionInstance
    let capture: LogCapture
    /// The one tenant this instance serves for its whole life; `nil` without tenant isolation.
    let tenantID: String?
    /// The pool generation it was started in; a rebuild (`--watch`) starts a new generation and
    /// instances of older ones are not reused.
    let generation: Int
    /// The init duration, reported with the instance's first invocation only.
    let initDuration: Duration

    init(instance: FunctionInstance, capture: LogCapture, tenantID: String?, generation: Int, initDuration: Duration) {
        self.instance = instance
        self.capture = capture
        self.tenantID = tenantID
        self.generation = generation
        self.initDuration = initDuration
    }
}
