import Render

/// What the user grants the images of a run: folders besides each record's own tree that
/// photos and signatures may come from (`--allow-folder`), and the pixel budget of a page.
struct ImageAccess: Sendable {
    var allowedFolders: [String] = []
    var pixelBudget = PDFRenderer.defaultPixelBudget

    /// The renderer with this budget.
    var renderer: PDFRenderer { PDFRenderer(pixelBudget: pixelBudget) }
}

extension CommonOptions {
    /// `--allow-folder` and `--pixel-budget` (in millions) as the pipelines take them.
    var images: ImageAccess {
        ImageAccess(allowedFolders: allowedFolders, pixelBudget: pixelBudget.map { $0 * 1_000_000 } ?? PDFRenderer.defaultPixelBudget)
    }
}
