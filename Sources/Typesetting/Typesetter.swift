/// Lays a document's blocks out on pages: the entry point of the library.
public struct Typesetter: Sendable {
    public var setup: PageSetup
    public var settings: TypesettingSettings

    public init(setup: PageSetup, settings: TypesettingSettings = .default) {
        self.setup = setup; self.settings = settings
    }

    /// The pages of `blocks`, flowed through the page templates.
    public func layout(_ blocks: [any Block], shaper: Shaper = .shared) -> [Page] {
        let context = LayoutContext(settings: settings, shaper: shaper,
                                    pageHeight: min(setup.first.textHeight, setup.rest.textHeight),
                                    fullWidth: setup.first.textWidth)
        // Every page of one document shares a text and column width, as our templates do; a
        // template with another width would need the blocks laid out again for it.
        let width = setup.first.columnWidth
        var items: [VItem] = []
        for block in blocks {
            if let keep = block as? KeepWithPrevious { items.keepLast(keep.boxes) }
            items += block.layout(width: width, context: context)
        }
        return PageBuilder(setup: setup, settings: settings.pageBreaking).build(consume items, shaper: shaper)
    }
}
