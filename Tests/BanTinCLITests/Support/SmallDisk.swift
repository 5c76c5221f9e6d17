import Foundation
import Testing
import TestSupport

/// A small tmpfs mounted for one test (root only), unmounted when the value goes away: a
/// disk that really fills up, or that really is read-only.
final class SmallDisk {
    let path: String

    /// Whether this process may mount a tmpfs (root, with the mount permission a container
    /// may withhold): tried once.
    static let available: Bool = {
        guard getuid() == 0 else { return false }
        guard let disk = try? SmallDisk(kilobytes: 64) else { return false }
        return FileManager.default.fileExists(atPath: disk.path)
    }()

    /// Why the tests that need one are skipped when they are.
    static let reason: Comment = "needs root and permission to mount a tmpfs (CI runs as root)"

    init(kilobytes: Int) throws {
        path = Fixtures.temporaryFolder()
        let mounted = Tool.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", path])
        guard mounted.status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw MountFailed(message: mounted.error)
        }
    }

    deinit {
        Tool.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    struct MountFailed: Error { var message: String }

    /// `path/relative`.
    func file(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// Fills every free byte with one file: the next write gets ENOSPC.
    func fill() {
        Tool.run("/bin/dd", ["if=/dev/zero", "of=\(file("fill"))", "bs=4k"])
        // Partial blocks: top up byte by byte until the file system refuses.
        Tool.run("/bin/dd", ["if=/dev/zero", "of=\(file("fill-2"))", "bs=1"])
    }

    /// Remounts the disk read-only (EROFS for every write).
    func makeReadOnly() throws {
        let result = Tool.run("/bin/mount", ["-o", "remount,ro", path])
        try #require(result.status == 0, "remount read-only failed: \(result.error)")
    }

    /// Hidden and visible files whose name ends in `.tmp`.
    var temporaryFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".tmp") }
    }
}

/// Running the binary as an unprivileged user (nobody), for permission checks root bypasses.
enum Unprivileged {
    /// `setpriv` to nobody when root; nil when the tests already run as another user.
    static let prefix: [String]? = getuid() == 0
        ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : nil

    /// Whether nobody can run the built binary (its folders may be closed to others).
    static let available: Bool = {
        guard let executable = Bantin.executable else { return false }
        guard let prefix else { return true }
        guard FileManager.default.isExecutableFile(atPath: prefix[0]) else { return false }
        return Tool.run(prefix[0], Array(prefix.dropFirst()) + [executable, "--version"], currentDirectory: "/").status == 0
    }()

    static let reason: Comment = "needs setpriv and a build readable by the user nobody, or tests run as a normal user"

    /// Runs `bantin arguments…` as nobody (or as the current non-root user).
    static func run(_ arguments: [String], in folder: String) throws -> Bantin.Run {
        let executable = try #require(Bantin.executable)
        let command = (prefix ?? []) + [executable] + arguments
        let result = Tool.run(command[0], Array(command.dropFirst()), environment: Bantin.environment.merging(["BANTIN_HOME": Fixtures.root]) { $1 },
                              currentDirectory: folder)
        return Bantin.Run(output: result.output, error: result.error, status: result.status)
    }
}
