/// A narrow C face over ICU: only <stdint.h> types cross it, so Swift never sees ICU's own
/// headers (Foundation on Linux ships a second ICU module and the two clash in one target).
#ifndef BANTIN_ICU_H
#define BANTIN_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Line-break opportunities of `text` (UTF-16) by UAX #14 for `locale`.
/// Writes up to `capacity` break offsets (UTF-16 units, ascending, excluding 0) to `offsets`
/// and, for each, 1 in `mandatory` when the break is a hard one (after a newline).
/// Returns the number of breaks, or -1 when ICU fails.
int32_t bantin_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                           int32_t *offsets, uint8_t *mandatory, int32_t capacity);

/// NFC of UTF-8 `text` into `out`. Returns the length needed (bytes, no terminator);
/// when it exceeds `capacity` nothing useful is written and the caller retries. -1 on error.
int32_t bantin_nfc_utf8(const char *text, int32_t length, char *out, int32_t capacity);

/// An ICU collator for `locale` (e.g. "vi"), or NULL. Free with bantin_collator_close.
void *bantin_collator_open(const char *locale);
void bantin_collator_close(void *collator);

/// Compares two UTF-16 strings: -1, 0 or 1.
int32_t bantin_collate(void *collator, const uint16_t *a, int32_t a_length,
                       const uint16_t *b, int32_t b_length);

/// The sort key of a UTF-16 string; returns its length (including the terminating 0),
/// which may exceed `capacity` (then retry with a larger buffer).
int32_t bantin_sort_key(void *collator, const uint16_t *text, int32_t length,
                        uint8_t *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
