import Foundation
import HummingbirdBcrypt

/// The file `--password-file` names: one bcrypt hash (`$2b$12$…`), made by
/// `bantin serve --hash-password`. bcrypt is slow on purpose (2^12 rounds), so a stolen
/// file does not give the password away quickly.
public struct PasswordFile: Sendable {
    /// The bcrypt hash.
    public let hash: String

    /// bcrypt's cost: 2^cost rounds (about a quarter of a second here).
    public static let cost: UInt8 = 12

    public init(hash: String) { self.hash = hash }

    /// Reads the hash from `path`; refuses a file that holds no bcrypt hash.
    public static func load(_ path: String) throws(PasswordFileError) -> PasswordFile {
        guard let data = FileManager.default.contents(atPath: path), data.count < 4096 else { throw .unreadable(path) }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("$2"), text.count == 60 else { throw .notAHash(path) }
        return PasswordFile(hash: text)
    }

    /// The line to write in a password file for `password` (a lower `rounds` only in tests).
    public static func line(for password: String, rounds: UInt8 = cost) -> String {
        Bcrypt.hash(password, cost: rounds)
    }

    /// Whether `password` is the one the file was made from (slow: run off the event loop).
    public func accepts(_ password: String) -> Bool {
        // bcrypt reads at most 72 bytes; longer input is refused rather than cut.
        guard !password.isEmpty, password.utf8.count <= 72 else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}

/// A password file that cannot be used.
public enum PasswordFileError: Error, Equatable {
    case unreadable(String)
    case notAHash(String)
}
