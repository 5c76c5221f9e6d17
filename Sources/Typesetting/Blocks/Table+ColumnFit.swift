extension Table {
    /// `widths` (points) with every column narrower than the widest unbreakable line of its
    /// cells (plus padding and `columnFitAllowance`) widened to it, the room taken from the
    /// other columns in proportion to what each can spare above its own lines. Unchanged when
    /// the columns cannot all be fitted: the lines then break as they must, with a warning.
    func fitted(_ widths: [Double], context: LayoutContext) -> [Double] {
        let allowance = context.settings.tables.columnFitAllowance
        let needs = widths.indices.map { column -> Double in
            let widest = rows.map { row in
                column < row.count ? row[column].blocks.map { $0.minimumWidth(context: context) }.max() ?? 0 : 0
            }.max() ?? 0
            return widest > 0 ? widest + padding.left + padding.right + allowance : 0
        }
        let short = widths.indices.filter { needs[$0] > widths[$0] }
        guard !short.isEmpty else { return widths }
        let deficit = short.reduce(0.0) { $0 + needs[$1] - widths[$1] }
        let spares = widths.indices.map { short.contains($0) ? 0 : max(widths[$0] - needs[$0], 0) }
        let spare = spares.reduce(0, +)
        guard deficit < spare else { return widths }
        return widths.indices.map { column in
            short.contains(column) ? needs[column] : widths[column] - deficit * spares[column] / spare
        }
    }
}
