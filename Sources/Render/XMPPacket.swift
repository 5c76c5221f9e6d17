import Typesetting

/// The XMP metadata packet (ISO 16684-1) a PDF carries beside its information dictionary:
/// the same title, author, subject, keywords, creator, producer and dates, in the Dublin
/// Core, XMP and Adobe PDF schemas, so readers that look only at XMP see them too.
enum XMPPacket {
    /// The packet for `info`; `date` is the creation date in the renderer's ISO form (also the
    /// modification date, as in the information dictionary), nil to leave dates out.
    static func packet(_ info: DocumentInfo, producer: String, date: String?) -> String {
        var description: [String] = []
        description.append("<dc:format>application/pdf</dc:format>")
        if !info.title.isEmpty { description.append("<dc:title>\(alternative(info.title))</dc:title>") }
        if !info.author.isEmpty { description.append("<dc:creator><rdf:Seq><rdf:li>\(escaped(info.author))</rdf:li></rdf:Seq></dc:creator>") }
        if !info.subject.isEmpty {
            description.append("<dc:description>\(alternative(info.subject))</dc:description>")
        }
        if !info.language.isEmpty { description.append("<dc:language><rdf:Bag><rdf:li>\(escaped(info.language))</rdf:li></rdf:Bag></dc:language>") }
        if !info.keywords.isEmpty { description.append("<pdf:Keywords>\(escaped(info.keywords))</pdf:Keywords>") }
        description.append("<pdf:Producer>\(escaped(producer))</pdf:Producer>")
        if !info.creator.isEmpty { description.append("<xmp:CreatorTool>\(escaped(info.creator))</xmp:CreatorTool>") }
        if let date {
            for key in ["xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"] { description.append("<\(key)>\(date)</\(key)>") }
        }
        // The packet wrapper with its fixed id (XMP Part 1, 7.3); no padding: the file is
        // rewritten whole, never edited in place.
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            \(description.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// A language alternative with its one, default entry.
    private static func alternative(_ text: String) -> String {
        "<rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(text))</rdf:li></rdf:Alt>"
    }

    /// Text as XML character data: `&`, `<`, `>` and `"` escaped; control characters XML
    /// forbids dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
