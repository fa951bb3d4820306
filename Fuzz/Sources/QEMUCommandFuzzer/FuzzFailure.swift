/// Stops the fuzzer with a message when a round-trip property does not hold, so libFuzzer saves
/// the input as a crash artifact.
func require(_ condition: Bool, _ property: @autoclosure () -> String, input: String) {
    if condition { return }
    fatalError("\(property())\ninput: \(String(reflecting: input))")
}
