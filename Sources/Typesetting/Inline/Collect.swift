/// Stage 1 of paragraph layout: inline content becomes Knuth–Plass items, each box and glue
/// tied to a shaped piece of text it will draw.
struct InlineContent {
    /// A shaped piece of one style: a word fragment (box) or the space of a glue.
    struct Piece {
        var style: TextStyle
        var text: String
        var shaped: ShapedText
        var width: Double
        /// Gaps between its clusters, where justified text may space letters (0 for a space).
        var letterGaps = 0
    }

    var items: [BreakItem] = []
    /// For each item, the piece it draws (nil for penalties and the paragraph-end glue).
    var pieces: [Piece?] = []
    /// Texts wider than the measure that had to be broken inside (a word between its
    /// characters, an unbreakable span or no-break run at its spaces).
    var overlong: [String] = []

    /// Collects `spans` into items, breaking only where `BreakOpportunities` allows.
    /// `measure` is the narrowest line the paragraph will be set in: a word wider than that
    /// (a long URL, say) gets emergency break points between its characters, so it never
    /// runs into the margin.
    /// `words`: a break inside one of them costs `wordJoinPenalty` in justified text and is
    /// barred in ragged text unless the word is wider than the measure;
    /// `ties`: a break at a tied space (a number and its word) costs `tiePenalty` in justified
    /// text and is barred in ragged text unless the tied run is wider than the measure;
    /// `centred`: breaks that are not phrase boundaries cost `centredWordBreakPenalty`.
    init(spans: [TextSpan], settings: LineBreakSettings, ragged: Bool, balanced: Bool = false,
         centred: Bool = false, words: WordJoins? = nil, ties: TieRules? = nil, measure: Double = .infinity,
         shaper: Shaper) {
        let text = spans.count == 1 ? spans[0].text : spans.map(\.text).joined()
        let breaks = BreakOpportunities(text: text)
        let tokens = words == nil && ties == nil ? [] : TextToken.tokens(text)
        let inWord = words?.interiorSpaces(in: tokens) ?? []
        let tied = ties?.tiedSpaces(in: tokens) ?? []
        let bytes = Array(text.utf8)
        var spanEnds: [Int] = []
        var total = 0
        for span in spans { total += span.text.utf8.count; spanEnds.append(total) }
        let scalars = Array(text.unicodeScalars)
        items.reserveCapacity(scalars.count / 2)
        pieces.reserveCapacity(scalars.count / 2)

        var wordStart = -1       // UTF-8 offset where the word fragment being gathered starts
        var wordSpan = 0
        var atWordStart = true
        var offset = 0           // UTF-8 offset of the scalar being read
        var spanIndex = 0
        // The space of each span, shaped once.
        var spaces: [Int: (ShapedText, Double)] = [:]
        // The no-break penalties that bind words together (tailored spaces, unbreakable
        // spans): given up where what they bind is wider than the measure.
        var bindings: [Int] = []
        // Those of them that only a tie makes (ragged text), given up first and quietly.
        var tieBindings: Set<Int> = []

        func flushWord(upTo end: Int) {
            guard wordStart >= 0, end > wordStart else { wordStart = -1; return }
            let style = spans[wordSpan].style
            let word = String(decoding: bytes[wordStart..<end], as: UTF8.self)
            let shaped = shaper.shape(word, font: style.font)
            let width = shaped.width(font: style.font, size: style.size)
            if width > measure {
                appendOverlong(word, style: style)
            } else {
                // Justified text may space its letters a little (LineBreakSettings.letterStretch):
                // between clusters, so a letter and its marks never part.
                let gaps = ragged ? 0 : max(0, shaped.clusterCount - 1)
                let letters = Double(gaps) * style.size
                items.append(.box(width, startsWord: atWordStart, stretch: letters * settings.letterStretch,
                                  shrink: letters * settings.letterShrink))
                pieces.append(Piece(style: style, text: word, shaped: shaped, width: width, letterGaps: gaps))
            }
            wordStart = -1
            atWordStart = false
        }

        /// A word wider than the measure gets a costly but legal break between any two of
        /// its characters, and Knuth–Plass chooses where (the only case where a word is ever
        /// split; words that fit never are).
        func appendOverlong(_ word: String, style: TextStyle) {
            overlong.append(word)
            var first = true
            for character in word {
                if !first { items.append(.penalty(settings.overlongWordPenalty)); pieces.append(nil) }
                let text = String(character)
                let shaped = shaper.shape(text, font: style.font)
                let width = shaped.width(font: style.font, size: style.size)
                items.append(.box(width, startsWord: first && atWordStart))
                pieces.append(Piece(style: style, text: text, shaped: shaped, width: width))
                first = false
            }
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            while spanIndex < spans.count - 1 && offset >= spanEnds[spanIndex] { spanIndex += 1 }
            if spanIndex != wordSpan { flushWord(upTo: offset); wordSpan = spanIndex }

            if scalar == "\n" || scalar == "\u{2028}" {
                flushWord(upTo: offset)
                items.append(.penalty(Penalty.never)); pieces.append(nil)
                items.append(.glue(0, stretch: 0, shrink: 0, infinite: true)); pieces.append(nil)
                items.append(.penalty(Penalty.always)); pieces.append(nil)
                atWordStart = true
                offset += UTF8.width(scalar)
                index += 1
                continue
            }
            if BreakOpportunities.isBreakingSpace(scalar) {
                flushWord(upTo: offset)
                // A run of spaces is one glue; a space at the start or end of a line is dropped.
                var next = index
                var nextOffset = offset
                while next < scalars.count && BreakOpportunities.isBreakingSpace(scalars[next]) {
                    nextOffset += UTF8.width(scalars[next]); next += 1
                }
                let atEdge = items.isEmpty || next >= scalars.count || scalars[next] == "\n"
                    || items.last?.kind == .penalty
                if !atEdge {
                    let style = spans[spanIndex].style
                    if spaces[spanIndex] == nil {
                        let shaped = shaper.shape(" ", font: style.font)
                        spaces[spanIndex] = (shaped, shaped.width(font: style.font, size: style.size))
                    }
                    let (shaped, space) = spaces[spanIndex]!
                    // In ragged text a known word and a tie bind like a name (given up only when
                    // wider than the measure): its spaces never stretch, so nothing is gained by
                    // breaking them; in justified text a break there merely costs more.
                    let insideWord = inWord.contains(offset), isTied = tied.contains(offset)
                    if !breaks.allows(nextOffset) || spans[spanIndex].unbreakable || (ragged && (insideWord || isTied)) {
                        if breaks.allows(nextOffset) && !spans[spanIndex].unbreakable && !insideWord { tieBindings.insert(items.count) }
                        bindings.append(items.count)
                        items.append(.penalty(Penalty.never)); pieces.append(nil)
                    } else {
                        // Of the costs that apply to a break here the largest counts; kept below
                        // `never`, so the break stays legal.
                        var cost = 0
                        if insideWord { cost = max(cost, settings.wordJoinPenalty) }
                        if isTied { cost = max(cost, settings.tieCost) }
                        if centred && !InlineContent.endsPhrase(before: index, scalars) {
                            cost = max(cost, settings.centredWordBreakPenalty)
                        }
                        if cost > 0 { items.append(.penalty(min(cost, Penalty.never - 1))); pieces.append(nil) }
                    }
                    let stretch = (ragged ? settings.raggedStretch : settings.spaceStretch) * space
                    let shrink = ragged ? 0 : settings.spaceShrink * space
                    items.append(.glue(space, stretch: stretch, shrink: shrink))
                    pieces.append(Piece(style: style, text: " ", shaped: shaped, width: space))
                }
                atWordStart = true
                offset = nextOffset
                index = next
                continue
            }
            if wordStart < 0 { wordStart = offset }
            offset += UTF8.width(scalar)
            index += 1
        }
        flushWord(upTo: offset)
        // TeX's paragraph end: \penalty10000 \hskip\parfillskip \penalty-10000. A balanced
        // paragraph sets \parfillskip to zero, so its last line is as ragged as the others.
        items.append(.penalty(Penalty.never)); pieces.append(nil)
        items.append(.glue(0, stretch: 0, shrink: 0, infinite: !(balanced && ragged))); pieces.append(nil)
        items.append(.penalty(Penalty.always)); pieces.append(nil)
        releaseOverlongBindings(bindings, ties: tieBindings, measure: measure, settings: settings)
    }

    /// Whether the text before the space at `index` ends a phrase: a comma, semicolon,
    /// colon, full stop or closing bracket, or a spaced dash (`Lao động - Thương binh`).
    static func endsPhrase(before index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return true }
        switch scalars[index - 1].value {
        case 0x2C, 0x3B, 0x3A, 0x2E, 0x29, 0x21, 0x3F, 0x2026: return true
        case 0x2D, 0x2010, 0x2013, 0x2014:
            return index < 2 || BreakOpportunities.isBreakingSpace(scalars[index - 2])
        default: return false
        }
    }

    /// Turns the bindings of every run that cannot fit the measure even fully shrunk into
    /// legal breaks, so that a bound run never forces a line past the margin: first the ties
    /// of such a run, quietly, at `tiePenalty` (a long date in a narrow cell breaks where a
    /// tie would in justified text); then, where a run is still too wide, every binding at
    /// `overlongWordPenalty`, reported as overlong text.
    private mutating func releaseOverlongBindings(_ bindings: [Int], ties: Set<Int>, measure: Double,
                                                  settings: LineBreakSettings) {
        guard !bindings.isEmpty, measure.isFinite else { return }
        if !ties.isEmpty {
            for run in overlongRuns(bindings, measure: measure) {
                for index in run.bindings where ties.contains(index) {
                    items[index] = .penalty(settings.tieCost)
                }
            }
        }
        for run in overlongRuns(bindings.filter { items[$0].penalty >= Penalty.never }, measure: measure) {
            for index in run.bindings { items[index] = .penalty(settings.overlongWordPenalty) }
            overlong.append(run.text)
        }
    }

    /// The runs of items between legal breaks that hold some of `bindings` and are wider than
    /// `measure` even fully shrunk: their bindings and their text.
    private func overlongRuns(_ bindings: [Int], measure: Double) -> [(bindings: [Int], text: String)] {
        var runs: [(bindings: [Int], text: String)] = []
        var runStart = 0, width = 0.0, runBindings: [Int] = []
        var next = 0
        for i in items.indices {
            let item = items[i]
            let legal = switch item.kind {
            case .box: false
            case .glue: i > 0 && items[i - 1].kind == .box
            case .penalty: item.penalty < Penalty.never
            }
            if legal {
                if width > measure && !runBindings.isEmpty {
                    let text = (runStart..<i).compactMap { pieces[$0]?.text }.joined()
                    runs.append((runBindings, String(text.drop { $0 == " " })))
                }
                runStart = i + 1; width = 0; runBindings = []
                continue
            }
            if next < bindings.count && bindings[next] == i { runBindings.append(i); next += 1 }
            // The glue after a break (after a tie's penalty, say) is discarded there, so it
            // never makes a run wider than the line it would start.
            let discarded = item.kind == .glue && width == 0
            if item.kind != .penalty && !discarded { width += item.width - item.shrink }
        }
        return runs
    }
}
