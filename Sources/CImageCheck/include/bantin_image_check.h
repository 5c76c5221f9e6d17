#ifndef BANTIN_IMAGE_CHECK_H
#define BANTIN_IMAGE_CHECK_H

/* Full decodes of a JPEG or PNG read from an open file descriptor, to tell whether every
 * byte of image data is sound before anything is laid out or drawn. Memory stays bounded:
 * one row (PNG) or one scaled scanline plus libjpeg's own tables (JPEG). libjpeg and libpng
 * report errors by longjmp, which Swift cannot catch, hence this small C layer. */

#include <stddef.h>

/* What a check found. */
typedef struct {
    /* 1 when the image decoded to its end marker without an error. */
    int ok;
    /* 1 when the image data ran past `max_bytes` before its end marker. */
    int limit_hit;
    /* 1 when the file ended before the image's end marker. */
    int truncated;
    /* 1 when the JPEG needs more than `max_memory` to decode (a huge progressive image). */
    int out_of_memory;
    /* Bytes from the start of the file to the end of EOI (JPEG) or IEND (PNG). */
    long long consumed;
    /* The decoder's own message when ok is 0 (plain ASCII). */
    char message[200];
    /* PNG only: the red, green and blue of every pixel weighted by its alpha, added up, and
     * the alphas added up (ink[3]): the image's average ink colour is ink[c] / ink[3]. */
    unsigned long long ink[4];
} bantin_image_check;

/* Decodes the JPEG in `fd` (from its current offset 0) at 1/8 scale: every entropy-coded
 * byte is decoded, so corrupt or truncated scan data is caught; warnings that mean damaged
 * data count as errors. */
void bantin_check_jpeg(int fd, long long max_bytes, long long max_memory, int max_scans,
                       bantin_image_check *out);

/* Decodes the PNG in `fd` row by row: inflates every IDAT byte, checks the filter byte and
 * length of every row, the critical chunks' CRCs, and reads on to IEND. Rows are read as 8-bit
 * RGBA, whose colours add up to `ink` (an interlaced image's from its last pass). */
void bantin_check_png(int fd, long long max_bytes, int max_side, bantin_image_check *out);

#endif
