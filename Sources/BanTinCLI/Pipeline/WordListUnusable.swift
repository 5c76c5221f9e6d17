import Foundation
import Records

/// The word list is missing, unreadable, too large or holds no words: BanTin is not installed
/// completely. The message names the file and how to fix it.
public struct WordListUnusable: Error, CustomStringConvertible, Equatable {
    /// What is wrong with the file.
    public enum Problem: Sendable, Equatable {
        case missing, notAFile, unreadable, tooLarge(most: Int), notUTF8, empty
    }

    public let path: String
    public let problem: Problem

    public var localized: Localized { Localized.wordListUnusable(path, problem: problem) }
    public var description: String { localized.text() }
}
