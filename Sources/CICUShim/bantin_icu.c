// ICU calls behind a plain-C header (see include/bantin_icu.h for why).
#include "bantin_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

int32_t bantin_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                           int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_LINE, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t pos = ubrk_next(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (count < capacity) {
            int32_t rule = ubrk_getRuleStatus(it);
            offsets[count] = pos;
            mandatory[count] = (rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
        }
        count++;
    }
    ubrk_close(it);
    return count;
}

int32_t bantin_nfc_utf8(const char *text, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;

    int32_t units = 0;
    status = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, &units, text, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -1;
    UChar *source = malloc(sizeof(UChar) * (size_t)(units + 1));
    UChar *normal = malloc(sizeof(UChar) * (size_t)(units * 3 + 1));
    if (!source || !normal) { free(source); free(normal); return -1; }
    status = U_ZERO_ERROR;
    u_strFromUTF8(source, units + 1, NULL, text, length, &status);
    int32_t normalLength = U_SUCCESS(status)
        ? unorm2_normalize(nfc, source, units, normal, units * 3 + 1, &status) : 0;
    int32_t needed = -1;
    if (U_SUCCESS(status)) {
        status = U_ZERO_ERROR;
        u_strToUTF8(out, capacity, &needed, normal, normalLength, &status);
        if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) needed = -1;
    }
    free(source);
    free(normal);
    return needed;
}

void *bantin_collator_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &status);
    if (U_FAILURE(status)) return NULL;
    ucol_setAttribute(collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    return collator;
}

void bantin_collator_close(void *collator) {
    if (collator) ucol_close((UCollator *)collator);
}

int32_t bantin_collate(void *collator, const uint16_t *a, int32_t a_length,
                       const uint16_t *b, int32_t b_length) {
    UCollationResult r = ucol_strcoll((const UCollator *)collator, (const UChar *)a, a_length,
                                      (const UChar *)b, b_length);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

int32_t bantin_sort_key(void *collator, const uint16_t *text, int32_t length,
                        uint8_t *out, int32_t capacity) {
    return ucol_getSortKey((const UCollator *)collator, (const UChar *)text, length, out, capacity);
}
