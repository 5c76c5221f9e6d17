/// A piece of a document that lays itself out at a given width into vertical material.
public protocol Block: Sendable {
    /// Lays the block out in a measure of `width` points.
    func layout(width: Double, context: LayoutContext) -> [VItem]
    /// The narrowest measure the block can be set in with no line past it: its widest
    /// unbreakable line (CSS's min-content width). Tables fit columns to it.
    func minimumWidth(context: LayoutContext) -> Double
}

extension Block {
    /// Blocks without text fit any measure.
    public func minimumWidth(context: LayoutContext) -> Double { 0 }
}

/// What blocks share while one document is laid out: settings, the shaper, and a counter
/// that gives each paragraph a unique id (for widow and orphan checks).
///
/// One context per document layout, used from one thread (or, laid out on several, one per
/// run of blocks: `ParallelLayout`).
public final class LayoutContext {
    public let settings: TypesettingSettings
    public let shaper: Shaper
    /// The height of the smallest text area the material will be paged into: a block that
    /// would be unbreakable but is taller than this gives up its keeps rather than run off
    /// the page.
    public let pageHeight: Double
    /// The width of the whole text area, which spanning blocks use on multi-column pages.
    public let fullWidth: Double
    private var nextParagraph: Int
    /// Texts wider than their measure that had to be broken inside, in the order met and
    /// each once, for the caller to warn about (the only lines a reader may find split oddly).
    public private(set) var overlongTexts: [String] = []
    private var overlongSeen: Set<String> = []

    /// `paragraphIDsAfter`: the ids given are above it, so that contexts of one document laid
    /// out in parts can keep them apart.
    public init(settings: TypesettingSettings = .default, shaper: Shaper = .shared, pageHeight: Double = .infinity,
                fullWidth: Double = .infinity, paragraphIDsAfter: Int = 0) {
        self.settings = settings; self.shaper = shaper; self.pageHeight = pageHeight; self.fullWidth = fullWidth
        self.nextParagraph = paragraphIDsAfter
    }

    /// Records texts broken inside because they are wider than their measure.
    func noteOverlong(_ texts: [String]) {
        for text in texts where overlongSeen.insert(text).inserted { overlongTexts.append(text) }
    }

    /// A fresh paragraph id.
    func paragraphID() -> Int {
        nextParagraph += 1
        return nextParagraph
    }
}

/// Vertical space between blocks. Discardable space vanishes at a page break and at the
/// edges of a table cell; fixed space (room left for a handwritten signature) never does.
public struct Spacer: Block {
    public var height: Double
    public var discardable: Bool
    public init(_ height: Double, discardable: Bool = true) { self.height = height; self.discardable = discardable }
    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        discardable ? [.space(height)] : [.box(VBox(height: height, elements: [], role: .block("space")))]
    }
}

/// A page break opportunity or prohibition between blocks.
public struct BreakHint: Block {
    public var penalty: Int
    public init(penalty: Int) { self.penalty = penalty }
    /// Forbids a page break here: keeps the blocks on either side together.
    public static let keep = BreakHint(penalty: Penalty.never)
    /// Forces a page break here.
    public static let newPage = BreakHint(penalty: Penalty.always)
    public func layout(width: Double, context: LayoutContext) -> [VItem] { [.penalty(penalty)] }
}

/// Discourages a page break here without forbidding it (TeX's finite `\penalty`): the break is
/// taken only where every break the keeps allow would leave the page more than
/// `PageBreakSettings.holeLimit` empty. A soft keep that ends a chain of hard ones (the
/// closing of minutes after a vote table, its note and its heading, all kept together), so
/// the chain never moves to the next page as one block and leaves a hole.
public struct AvoidBreak: Block {
    public init() {}
    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        [.penalty(context.settings.pageBreaking.avoidPenalty)]
    }
}

/// Never breaks a page between what follows and the last `boxes` boxes before it: a
/// signature block that must keep at least two lines of the body above it on its page. It is
/// a keep item of the vertical list (`Keep.withPrevious`), so it holds wherever it is nested.
public struct KeepWithPrevious: Block {
    public var boxes: Int
    public init(boxes: Int) { self.boxes = boxes }
    public func layout(width: Double, context: LayoutContext) -> [VItem] { [.keep(.withPrevious(boxes: boxes))] }
}

/// Never breaks a page between what precedes and the first `boxes` boxes after it (a keep
/// item, `Keep.withNext`).
public struct KeepWithNext: Block {
    public var boxes: Int
    public init(boxes: Int) { self.boxes = boxes }
    public func layout(width: Double, context: LayoutContext) -> [VItem] { [.keep(.withNext(boxes: boxes))] }
}

/// Blocks that stay on one page with the first `followingBoxes` boxes after them, though they
/// may run on from one column to the next of that page (a news item's lead under its headline
/// in two columns): a keep item, `Keep.onPageWithNext`.
public struct KeepOnPage: Block {
    public var blocks: [any Block]
    public var followingBoxes: Int
    public init(_ blocks: [any Block], followingBoxes: Int) { self.blocks = blocks; self.followingBoxes = followingBoxes }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let items = blocks.flatMap { $0.layout(width: width, context: context) }
        let boxes = items.reduce(0) { count, item in
            if case .box(let box) = item, !box.float { return count + 1 }
            return count
        }
        return [.keep(.onPageWithNext(boxes: boxes + followingBoxes))] + items
    }
}

/// Blocks that must stay on one page, such as a signature with its label.
public struct KeepTogether: Block {
    public var blocks: [any Block]
    public var role: String
    public init(_ blocks: [any Block], role: String = "group") { self.blocks = blocks; self.role = role }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let items = blocks.flatMap { $0.layout(width: width, context: context) }
        // Taller than a page: keep what can be kept and let the page builder break it.
        if VBox.stack(items, role: .block(role)).height > context.pageHeight { return items }
        var result: [VItem] = []
        // Keep the spaces at its ends outside the box, so they still vanish at page breaks.
        var body = items[...]
        while let first = body.first, !first.isBox { if case .space = first { result.append(first) }; body = body.dropFirst() }
        var trailing: [VItem] = []
        while let last = body.last, !last.isBox { if case .space = last { trailing.insert(last, at: 0) }; body = body.dropLast() }
        result.append(.box(VBox.stack(Array(body), role: .block(role))))
        return result + trailing
    }
}

/// Blocks set across all the columns of a multi-column page (a headline over an article
/// set in two columns); on a one-column page they are ordinary blocks.
public struct Span: Block {
    public var blocks: [any Block]
    public init(_ blocks: [any Block]) { self.blocks = blocks }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let measure = context.fullWidth.isFinite ? context.fullWidth : width
        return blocks.flatMap { $0.layout(width: measure, context: context) }.map { item in
            guard case .box(var box) = item else { return item }
            box.span = true
            return .box(box)
        }
    }
}

/// A block that may float: when it does not fit where it stands, it waits for the top of
/// the next page while the material after it fills the current one.
public struct Floating: Block {
    public var block: any Block
    public var role: String
    public init(_ block: any Block, role: String = "float") { self.block = block; self.role = role }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        var box = VBox.stack(block.layout(width: width, context: context), role: .block(role))
        box.float = true
        return [.box(box)]
    }
}

/// Starts a section for running heads: the title shows in the head of the pages the
/// section covers. Attached to the first box of `blocks`, so it takes no room of its own.
public struct Mark: Block {
    public var title: String
    public var blocks: [any Block]
    public init(_ title: String, _ blocks: [any Block]) { self.title = title; self.blocks = blocks }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        blocks.flatMap { $0.layout(width: width, context: context) }.changingFirstBox { $0.mark = title }
    }
}

/// Names the place where `blocks` start, for links and outline entries that lead there.
public struct Anchor: Block {
    public var name: String
    public var blocks: [any Block]
    public init(_ name: String, _ blocks: [any Block]) { self.name = name; self.blocks = blocks }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        blocks.flatMap { $0.layout(width: width, context: context) }.changingFirstBox {
            $0.elements.insert(.destination(DestinationElement(name: name, point: Point(x: 0, y: 0))), at: 0)
        }
    }
}

extension Array where Element == VItem {
    /// The same material with `change` applied to its first box (where a block begins).
    func changingFirstBox(_ change: (inout VBox) -> Void) -> [VItem] {
        var items = self
        if let first = items.firstIndex(where: \.isBox), case .box(var box) = items[first] {
            change(&box)
            items[first] = .box(box)
        }
        return items
    }
}
