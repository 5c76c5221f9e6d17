import Foundation

/// Replays inputs (files, or every file in the folders given) through a fuzz target's body
/// once, for the ordinary build of a fuzz target.
public enum FuzzReplay {
    public static func replay(_ paths: [String], _ body: ([UInt8]) -> Void) -> Int {
        var count = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("\(path): no such file or folder\n".utf8))
                exit(2)
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                body([UInt8](data))
                count += 1
            }
        }
        return count
    }
}
