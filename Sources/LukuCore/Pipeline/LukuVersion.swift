/// The release `luku --version` prints. Raised with every change users can see (a new command
/// or option, different output); the output format has its own version, `Document.schemaID`.
public enum LukuVersion {
    public static let string = "1.1.0"

    /// `luku --version`: the release and the output format it writes.
    public static var banner: String { "\(string) (writes \(Document.schemaID))" }
}
