import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping order. The work items must be independent; each
    /// result slot is written by exactly one worker, so no lock is needed.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            // Results are copied out below; release the slots' own references before freeing.
            _ = slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let output = slots
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: input.count) { index in
                output[index] = transform(input[index])
            }
        }
        return slots.map { $0! }
    }
}
