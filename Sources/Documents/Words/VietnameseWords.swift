import Typesetting

/// Vietnamese words of several syllables (`Thương binh`, `Y tế`, `phương hướng`), which a
/// line should not break inside: every paragraph style of a layout carries them.
public enum VietnameseWords {
    /// The bundled list, parsed once on first use.
    public static let joins = WordJoins(lines: list)
}
