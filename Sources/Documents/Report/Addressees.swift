import Records
import Typesetting

/// `Kính gửi:` and whom a report sent upward goes to (Decree 30, ô 9a; docs/formatting-rules.md
/// §1.2): one addressee on the label's line; several on lines of their own, each `- …;`, the last
/// `- ….`, their dashes aligned under the colon.
struct Addressees {
    let make: BlockFactory
    let layout: Layout

    func block(_ addressees: [String]) throws(LayoutError) -> Table {
        let items: [String]
        if addressees.count == 1 {
            items = [ListItem.text(addressees[0]) + "."]
        } else {
            items = addressees.enumerated().map { index, text in
                "- " + ListItem.text(text) + (index == addressees.count - 1 ? "." : ";")
            }
        }
        let paragraphs = try items.map { (text) throws(LayoutError) in try make.paragraph(text, .addressees) }
        let list: [any Block] = paragraphs.count > 1 ? [make.list(paragraphs)] : paragraphs
        return try make.grid(.addressees, rows: [[[], [try make.paragraph(try layout.string(.addresseesLabel), .addresseesLabel)], list]],
                             spaceBefore: try layout.spacing(.addresseesBefore), role: "addressees")
    }
}
