/// Lays a document's blocks out on pages: the entry point of the library.
public struct Typesetter: Sendable {
    public var setup: PageSetup
    public var settings: TypesettingSettings

    public init(setup: PageSetup, settings: TypesettingSettings = .default) {
        self.setup = setup; self.settings = settings
    }

    /// The pages of `blocks`, flowed through the page templates.
    ///
    /// Takes the blocks so that, passed with `consume`, they are gone once laid out: a long
    /// document's pages are built from the vertical material alone. With `workers` above 1
    /// the blocks are laid out on that many threads (`ParallelLayout`), into the same pages.
    public func layout(_ blocks: consuming [any Block], shaper: Shaper = .shared, workers: Int = 1) -> [Page] {
        layoutReporting(blocks, shaper: shaper, workers: workers).pages
    }

    /// The pages of `blocks`, as `layout` makes them, with the texts that were wider than
    /// their measure and had to be broken inside (each once, in document order), for the
    /// caller to warn about.
    public func layoutReporting(_ blocks: consuming [any Block], shaper: Shaper = .shared,
                                workers: Int = 1) -> (pages: [Page], overlong: [String]) {
        let (settings, pageHeight, fullWidth) = (settings, min(setup.first.textHeight, setup.rest.textHeight),
                                                 setup.first.textWidth)
        // Every page of one document shares a text and column width, as our templates do; a
        // template with another width would need the blocks laid out again for it.
        let width = setup.first.columnWidth
        var parts: [[VItem]]
        let overlong: [String]
        if workers > 1 && blocks.count > 1 {
            (parts, overlong) = ParallelLayout.parts(blocks, width: width, workers: workers) { base in
                LayoutContext(settings: settings, shaper: shaper, pageHeight: pageHeight, fullWidth: fullWidth,
                              paragraphIDsAfter: base)
            }
        } else {
            let context = LayoutContext(settings: settings, shaper: shaper, pageHeight: pageHeight, fullWidth: fullWidth)
            parts = blocks.map { $0.layout(width: width, context: context) }
            overlong = context.overlongTexts
        }
        blocks = []
        let items = VItem.joining(&parts)
        return (PageBuilder(setup: setup, settings: settings.pageBreaking).build(consume items, shaper: shaper), overlong)
    }
}
