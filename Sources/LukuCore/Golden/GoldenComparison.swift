/// How one document's pipeline output compares with its golden file.
public struct GoldenComparison: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        /// The output equals `golden/NAME.json` byte for byte.
        case same
        /// The output differs; `diff` is unified, from `golden/NAME.json` to `actual`.
        case changed(diff: String)
        /// The input has no golden file yet.
        case missingGolden
        /// `golden/NAME.json` exists but `corpus/NAME` does not.
        case orphanGolden
    }

    /// The input file name (`x.pdf`); its golden file is `golden/x.pdf.json`.
    public var name: String
    public var state: State

    public init(name: String, state: State) {
        self.name = name
        self.state = state
    }

    public var isSame: Bool { state == .same }
}

/// What `GoldenStore.update` did with one golden file.
public struct GoldenUpdate: Equatable, Sendable {
    public enum Action: String, Equatable, Sendable {
        /// The golden file did not exist and was written.
        case created
        /// The golden file existed with other bytes and was rewritten.
        case updated
        /// The golden file already held the output; it was not touched.
        case unchanged
        /// The golden file has no corpus input; it was left in place.
        case orphan
    }

    /// The input file name (`x.pdf`).
    public var name: String
    public var action: Action

    public init(name: String, action: Action) {
        self.name = name
        self.action = action
    }
}
