/// An instance as its pool keeps it: with its log capture, its cold-start cost and its generation.
final class PooledInstance: Sendable {
    let instance: FunctionInstance
    let capture: LogCapture
    /// The pool generation it was started in; a rebuild (`--watch`) starts a new generation and
    /// instances of older ones are not reused.
    let generation: Int
    /// The init duration, reported with the instance's first invocation only.
    let initDuration: Duration

    init(instance: FunctionInstance, capture: LogCapture, generation: Int, initDuration: Duration) {
        self.instance = instance
        self.capture = capture
        self.generation = generation
        self.initDuration = initDuration
    }
}
