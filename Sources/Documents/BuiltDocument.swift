import Typesetting

/// A document ready for typesetting: its page setup, its blocks and its metadata.
public struct BuiltDocument: Sendable {
    public var setup: PageSetup
    public var blocks: [any Block]
    public var info: DocumentInfo

    /// The language every document is written in (BCP 47), which the PDF declares so that
    /// readers speak and hyphenate it as Vietnamese.
    public static let language = "vi-VN"

    public init(setup: PageSetup, blocks: [any Block], info: DocumentInfo) {
        self.setup = setup; self.blocks = blocks; self.info = info
    }
}
