/// `--shard I/N`: the inputs this process takes when N processes share one run with no
/// coordinator (a Slurm array, a Kubernetes indexed Job). An input belongs to shard
/// 1 + (SHA-256 of its output name mod N): the same input always lands in the same shard, on any
/// machine and however the folder grows, so shards never overlap, together cover every input,
/// and a rerun of one shard (with `--resume`) finds its own outputs.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i
        count = n
    }

    public var description: String { "\(index)/\(count)" }

    public func contains(_ input: InputFinder.Input) -> Bool {
        Shard.bucket(input.outputName, of: count) == index - 1
    }

    public func select(_ inputs: [InputFinder.Input]) -> [InputFinder.Input] { inputs.filter(contains) }

    static func bucket(_ name: String, of n: Int) -> Int {
        let hex = SHA256.hex(Array(name.utf8))
        let value = UInt64(hex.prefix(16), radix: 16) ?? 0
        return Int(value % UInt64(n))
    }
}
