import Foundation

/// Checks the output folder before any work, so a run that cannot write says so at once and in
/// words, not after an hour of reading with a raw error dump.
public enum OutputFolder {
    public struct Unusable: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "output folder \(path): \(reason)" }
    }

    /// Creates `path` if needed and proves it writable by writing and removing a probe file the
    /// way outputs are written (`AtomicFile`), which also catches read-only and full file systems
    /// and, unlike `access(2)`, holds for root. The empty probe is not flushed to disk
    /// (`durable: false`): its `fsync` proved nothing the create and rename do not, and was a
    /// wait for the disk before any page was read (issue 8).
    public static func prepare(_ path: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Unusable(path: path, reason: "it is a file, not a folder; give another folder with -o")
            }
        } else {
            do { try fm.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw Unusable(path: path, reason: "cannot create it (\(blocker(of: path))); give a writable folder with -o")
            }
        }
        let probe = (path as NSString).appendingPathComponent(".luku-write-probe-\(getpid())")
        do { try AtomicFile.write("", to: probe, durable: false) } catch let error as AtomicFile.WriteError {
            throw Unusable(path: path, reason: "cannot write in it (\(String(cString: strerror(error.code)))); give a writable folder with -o")
        }
        unlink(probe)
    }

    /// Why a folder cannot be created: the nearest existing ancestor is a file, or not writable.
    /// (Foundation's own error on Linux says only "error 512".)
    private static func blocker(of path: String) -> String {
        var ancestor = (path as NSString).deletingLastPathComponent
        let fm = FileManager.default
        while !ancestor.isEmpty, !fm.fileExists(atPath: ancestor) { ancestor = (ancestor as NSString).deletingLastPathComponent }
        if ancestor.isEmpty { ancestor = "." }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: ancestor, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "\(ancestor) is a file, not a folder"
        }
        return "\(ancestor) is not writable"
    }
}
