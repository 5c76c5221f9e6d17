/* The few libqpdf operations BanTin's renderer needs after cairo has written a PDF, behind a
 * plain-C interface Swift can call (qpdf's own C API cannot filter content streams). */
#ifndef BANTIN_QPDF_H
#define BANTIN_QPDF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A PDF read into memory with libqpdf; owned by the caller, freed by bantin_pdf_close. */
typedef struct bantin_pdf bantin_pdf;

/* Reads a PDF from `length` bytes at `data` (copied). Never NULL; check bantin_pdf_error. */
bantin_pdf *bantin_pdf_open(const unsigned char *data, size_t length);

/* The last failure in plain words, or NULL when every call so far succeeded. */
const char *bantin_pdf_error(const bantin_pdf *pdf);

/* Makes the file say what it is: the catalog's /Lang (unless `language` is empty),
 * /MarkInfo, an XMP /Metadata stream of `xmp`, /DisplayDocTitle, the information
 * dictionary's /Producer; the structure tree's Figures get the alternate texts in order and
 * its TH cells a column scope; content outside every tagged sequence becomes an /Artifact.
 * Returns 0 on success. */
int bantin_pdf_tag(bantin_pdf *pdf, const char *language, const char *xmp, const char *producer,
                   const char *const *figure_alternates, size_t figure_count);

/* Writes the file into memory with an /ID computed from its content (same input, same
 * bytes). The bytes stay owned by `pdf` until the next call or bantin_pdf_close. Returns 0
 * on success. */
int bantin_pdf_write(bantin_pdf *pdf, const unsigned char **data, size_t *length);

/* libqpdf's version, e.g. "11.3.0". */
const char *bantin_pdf_qpdf_version(void);

void bantin_pdf_close(bantin_pdf *pdf);

#ifdef __cplusplus
}
#endif

#endif
