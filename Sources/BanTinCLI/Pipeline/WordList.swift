import Foundation
import Records
import Typesetting

/// The Vietnamese word list every layout's paragraph styles carry (`Words/vi-words.txt`),
/// read once per process however many commands, previews or `watch` runs ask for it, and
/// handed to Documents' builders (Documents never looks for files itself).
final class WordList: @unchecked Sendable {
    // Safe: `loaded` is only touched under `lock`; a loaded WordJoins is immutable.
    private var loaded: [String: WordJoins] = [:]
    private let lock = NSLock()

    /// The lists this process has read, by path.
    static let shared = WordList()

    /// The most bytes read from a word list: the bundled one is 0.8 MB, so a file past this
    /// is not a word list, and a bound keeps a wrong file from filling memory.
    static let maximumBytes = 8_000_000

    /// The list at `path`, read on the first call and shared after.
    func joins(at path: String) throws(WordListUnusable) -> WordJoins {
        lock.lock()
        defer { lock.unlock() }
        if let joins = loaded[path] { return joins }
        let joins = try Self.read(path)
        loaded[path] = joins
        return joins
    }

    /// Reads and parses the list at `path`: a regular file of UTF-8 text, one word a line
    /// (`#` comments skipped), at most `maximumBytes`, with at least one word.
    static func read(_ path: String) throws(WordListUnusable) -> WordJoins {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw WordListUnusable(path: path, problem: .missing)
        }
        // A folder, a pipe or a device is not a list (and a pipe could block the read).
        guard attributes[.type] as? FileAttributeType == .typeRegular else { throw WordListUnusable(path: path, problem: .notAFile) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw WordListUnusable(path: path, problem: .unreadable) }
        defer { try? handle.close() }
        // One byte past the bound tells a file that is too large, whatever its size said.
        let data: Data
        do { data = try handle.read(upToCount: maximumBytes + 1) ?? Data() } catch {
            throw WordListUnusable(path: path, problem: .unreadable)
        }
        guard data.count <= maximumBytes else { throw WordListUnusable(path: path, problem: .tooLarge(most: maximumBytes)) }
        guard let text = String(data: data, encoding: .utf8) else { throw WordListUnusable(path: path, problem: .notUTF8) }
        let joins = WordJoins(lines: text)
        guard joins.count > 0 else { throw WordListUnusable(path: path, problem: .empty) }
        return joins
    }
}
