// Post-processing of cairo's PDF with libqpdf: what cairo 1.16 cannot write (/Lang, XMP,
// artifacts, alternate text). Every qpdf exception becomes an error string for Swift.
#include "bantin_qpdf.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <set>
#include <string>
#include <vector>

struct bantin_pdf {
    QPDF qpdf;
    std::string input;
    std::shared_ptr<Buffer> output;
    std::string error;
    bool failed = false;
};

namespace {

// Wraps every graphics object drawn outside all marked content in `/Artifact BMC … EMC`.
// cairo marks the content of each structure element it is told of and leaves the rest
// unmarked; the renderer draws page furniture (running heads, page numbers, the watermark,
// crop marks, table borders) outside every content tag, so that is exactly what is left.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override {
        auto type = token.getType();
        if (type == QPDFTokenizer::tt_eof) {
            flush();
            return;
        }
        if (type != QPDFTokenizer::tt_word && type != QPDFTokenizer::tt_inline_image) {
            pending.push_back(token);
            return;
        }
        std::string const op = token.getValue();
        if (op == "BDC" || op == "BMC") {
            closeArtifact();
            if (op == "BDC" && marksDocument()) {
                // cairo gives the Document element content of its own when it has no child
                // on a page (a page of furniture only): that content is furniture too.
                pending.clear();
                write("/Artifact BMC");
            } else {
                flush();
                writeToken(token);
            }
            ++depth;
            return;
        }
        if (op == "EMC") {
            flush();
            writeToken(token);
            if (depth > 0) --depth;
            return;
        }
        if (depth == 0 && !inArtifact && starts(op)) {
            write("\n/Artifact BMC\n");
            inArtifact = true;
        }
        flush();
        writeToken(token);
        if (depth == 0 && inArtifact && ends(op)) closeArtifact();
    }

    void handleEOF() override {
        flush();
        closeArtifact();
    }

  private:
    std::vector<QPDFTokenizer::Token> pending;
    int depth = 0;
    bool inArtifact = false;

    // Operators that begin a graphics object (ISO 32000-1 §8.2, figure 9).
    static bool starts(std::string const &op) {
        static const std::set<std::string> ops{"BT", "m", "re", "Do", "sh", "BI"};
        return ops.count(op) > 0;
    }
    // Operators that end one (path painting, ET, a whole XObject or shading, EI).
    static bool ends(std::string const &op) {
        static const std::set<std::string> ops{"ET", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "n", "Do", "sh", "EI"};
        return ops.count(op) > 0;
    }
    bool marksDocument() const {
        for (auto const &token : pending) {
            if (token.getType() == QPDFTokenizer::tt_name) return token.getValue() == "/Document";
        }
        return false;
    }
    void flush() {
        for (auto const &token : pending) writeToken(token);
        pending.clear();
    }
    void closeArtifact() {
        if (!inArtifact) return;
        write("\nEMC\n");
        inArtifact = false;
    }
};

// Sets /Alt on Figures (in the order cairo created them, the order the renderer began them)
// and a column scope on header cells, walking the structure tree depth first.
void annotate(QPDFObjectHandle node, std::vector<std::string> const &alternates, size_t &next, int depth) {
    if (depth > 64) return;
    if (node.isArray()) {
        for (auto &child : node.aitems()) annotate(child, alternates, next, depth + 1);
        return;
    }
    if (!node.isDictionary()) return;
    auto role = node.getKey("/S");
    if (role.isName()) {
        std::string name = role.getName();
        if (name == "/Figure" && next < alternates.size()) {
            node.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alternates[next++]));
        } else if (name == "/TH") {
            node.replaceKey("/A", QPDFObjectHandle::parse("<< /O /Table /Scope /Column >>"));
        }
    }
    auto kids = node.getKey("/K");
    if (kids.isArray() || (kids.isDictionary() && kids.getKey("/Type").isNameAndEquals("/StructElem"))) {
        annotate(kids, alternates, next, depth + 1);
    } else if (kids.isDictionary() && !kids.hasKey("/Type")) {
        annotate(kids, alternates, next, depth + 1);
    }
}

int fail(bantin_pdf *pdf, std::string message) {
    pdf->error = std::move(message);
    pdf->failed = true;
    return 1;
}

} // namespace

extern "C" {

bantin_pdf *bantin_pdf_open(const unsigned char *data, size_t length) {
    auto *pdf = new bantin_pdf();
    try {
        pdf->input.assign(reinterpret_cast<const char *>(data), length);
        pdf->qpdf.setSuppressWarnings(true);
        pdf->qpdf.processMemoryFile("cairo output", pdf->input.data(), pdf->input.size());
    } catch (std::exception const &e) {
        fail(pdf, e.what());
    }
    return pdf;
}

const char *bantin_pdf_error(const bantin_pdf *pdf) { return pdf->failed ? pdf->error.c_str() : nullptr; }

int bantin_pdf_tag(bantin_pdf *pdf, const char *language, const char *xmp, const char *producer,
                   const char *const *figure_alternates, size_t figure_count) {
    if (pdf->failed) return 1;
    try {
        auto &qpdf = pdf->qpdf;
        auto root = qpdf.getRoot();
        if (language && *language) root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
        root.replaceKey("/MarkInfo", QPDFObjectHandle::parse("<< /Marked true >>"));
        auto preferences = root.getKey("/ViewerPreferences");
        if (!preferences.isDictionary()) {
            preferences = QPDFObjectHandle::newDictionary();
            root.replaceKey("/ViewerPreferences", preferences);
        }
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        auto metadata = QPDFObjectHandle::newStream(&qpdf, std::string(xmp ? xmp : ""));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);
        auto info = qpdf.getTrailer().getKey("/Info");
        if (info.isDictionary() && producer) info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(producer));

        std::vector<std::string> alternates;
        for (size_t i = 0; i < figure_count; ++i) alternates.emplace_back(figure_alternates[i] ? figure_alternates[i] : "");
        auto tree = root.getKey("/StructTreeRoot");
        size_t next = 0;
        if (tree.isDictionary()) {
            auto top = tree.getKey("/K");
            annotate(top, alternates, next, 0);
            // The Document element's own content became artifacts (see ArtifactFilter): it
            // keeps only its child elements.
            auto document = top.isArray() && top.getArrayNItems() == 1 ? top.getArrayItem(0) : top;
            if (document.isDictionary() && document.getKey("/S").isNameAndEquals("/Document")) {
                auto kids = document.getKey("/K");
                auto children = QPDFObjectHandle::newArray();
                auto keep = [&](QPDFObjectHandle kid) {
                    if (kid.isDictionary() && kid.getKey("/S").isName()) children.appendItem(kid);
                };
                if (kids.isArray()) {
                    for (auto &kid : kids.aitems()) keep(kid);
                } else {
                    keep(kids);
                }
                document.replaceKey("/K", children);
            }
        }

        for (auto &page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
            page.addContentTokenFilter(std::make_shared<ArtifactFilter>());
        }
    } catch (std::exception const &e) {
        return fail(pdf, e.what());
    }
    return 0;
}

int bantin_pdf_write(bantin_pdf *pdf, const unsigned char **data, size_t *length) {
    if (pdf->failed) return 1;
    try {
        QPDFWriter writer(pdf->qpdf);
        writer.setOutputMemory();
        // No random /ID: it is computed from the content, so equal input gives equal bytes.
        writer.setDeterministicID(true);
        writer.write();
        pdf->output = writer.getBufferSharedPointer();
        *data = pdf->output->getBuffer();
        *length = pdf->output->getSize();
    } catch (std::exception const &e) {
        return fail(pdf, e.what());
    }
    return 0;
}

const char *bantin_pdf_qpdf_version(void) {
    static const std::string version = QPDF::QPDFVersion();
    return version.c_str();
}

void bantin_pdf_close(bantin_pdf *pdf) { delete pdf; }

} // extern "C"
