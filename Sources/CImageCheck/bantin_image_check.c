#include "bantin_image_check.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <jpeglib.h>
#include <jerror.h>
#include <png.h>

#define READ_CHUNK 65536

/* Reads up to `want` bytes from fd, retrying on EINTR; -1 on error. */
static long read_some(int fd, unsigned char *buffer, size_t want) {
    for (;;) {
        ssize_t got = read(fd, buffer, want);
        if (got >= 0) return (long)got;
        if (errno != EINTR) return -1;
    }
}

/* ---- JPEG ---- */

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    bantin_image_check *out;
} jpeg_errors;

typedef struct {
    struct jpeg_source_mgr base;
    int fd;
    long long total;       /* bytes read from the file so far */
    long long max_bytes;
    bantin_image_check *out;
    j_decompress_ptr cinfo;
    unsigned char buffer[READ_CHUNK];
} jpeg_fd_source;

typedef struct {
    struct jpeg_progress_mgr base;
    int max_scans;
} jpeg_scan_limit;

static void jpeg_fail(j_common_ptr cinfo) {
    jpeg_errors *errors = (jpeg_errors *)cinfo->err;
    if (errors->out->message[0] == 0)
        (*cinfo->err->format_message)(cinfo, errors->out->message);
    if (cinfo->err->msg_code == JERR_NO_BACKING_STORE || cinfo->err->msg_code == JERR_OUT_OF_MEMORY)
        errors->out->out_of_memory = 1;
    longjmp(errors->jump, 1);
}

/* Warnings that mean the coded data is damaged (cut short, bad codes, lost sync) fail the
 * check; the others (stray bytes before a marker, an odd JFIF version or scan script) come
 * from cameras and editors whose photos every viewer shows. */
static void jpeg_message(j_common_ptr cinfo, int level) {
    if (level != -1) return;
    switch (cinfo->err->msg_code) {
    case JWRN_JPEG_EOF: case JWRN_HIT_MARKER: case JWRN_MUST_RESYNC: case JWRN_HUFF_BAD_CODE:
    case JWRN_ARITH_BAD_CODE:
        jpeg_fail(cinfo);
    default:
        break;
    }
}

static void source_init(j_decompress_ptr cinfo) { (void)cinfo; }
static void source_term(j_decompress_ptr cinfo) { (void)cinfo; }

static boolean source_fill(j_decompress_ptr cinfo) {
    jpeg_fd_source *src = (jpeg_fd_source *)cinfo->src;
    size_t want = READ_CHUNK;
    if (src->total >= src->max_bytes) {
        src->out->limit_hit = 1;
        snprintf(src->out->message, sizeof src->out->message, "image data larger than the limit");
        longjmp(((jpeg_errors *)cinfo->err)->jump, 1);
    }
    if ((long long)want > src->max_bytes - src->total) want = (size_t)(src->max_bytes - src->total);
    long got = read_some(src->fd, src->buffer, want);
    if (got < 0) {
        snprintf(src->out->message, sizeof src->out->message, "read error: %s", strerror(errno));
        longjmp(((jpeg_errors *)cinfo->err)->jump, 1);
    }
    if (got == 0) {
        src->out->truncated = 1;
        snprintf(src->out->message, sizeof src->out->message, "the file ends before the end of its image data");
        longjmp(((jpeg_errors *)cinfo->err)->jump, 1);
    }
    src->total += got;
    src->base.next_input_byte = src->buffer;
    src->base.bytes_in_buffer = (size_t)got;
    return TRUE;
}

static void source_skip(j_decompress_ptr cinfo, long count) {
    jpeg_fd_source *src = (jpeg_fd_source *)cinfo->src;
    while (count > 0) {
        if (src->base.bytes_in_buffer == 0) source_fill(cinfo);
        size_t step = (size_t)count < src->base.bytes_in_buffer ? (size_t)count : src->base.bytes_in_buffer;
        src->base.next_input_byte += step;
        src->base.bytes_in_buffer -= step;
        count -= (long)step;
    }
}

static void scan_limit(j_common_ptr common) {
    jpeg_scan_limit *limit = (jpeg_scan_limit *)common->progress;
    if (!common->is_decompressor) return;
    j_decompress_ptr cinfo = (j_decompress_ptr)common;
    if (cinfo->input_scan_number > limit->max_scans) {
        jpeg_errors *errors = (jpeg_errors *)common->err;
        snprintf(errors->out->message, sizeof errors->out->message,
                 "more than %d progressive scans", limit->max_scans);
        longjmp(errors->jump, 1);
    }
}

void bantin_check_jpeg(int fd, long long max_bytes, long long max_memory, int max_scans,
                       bantin_image_check *out) {
    memset(out, 0, sizeof *out);
    struct jpeg_decompress_struct cinfo;
    jpeg_errors errors;
    jpeg_fd_source *src = NULL;
    jpeg_scan_limit limit;

    cinfo.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = jpeg_fail;
    errors.base.emit_message = jpeg_message;
    errors.out = out;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return;
    }
    jpeg_create_decompress(&cinfo);
    if (max_memory > 0) cinfo.mem->max_memory_to_use = (long)max_memory;
    src = (jpeg_fd_source *)(*cinfo.mem->alloc_small)((j_common_ptr)&cinfo, JPOOL_PERMANENT, sizeof(jpeg_fd_source));
    memset(src, 0, sizeof *src);
    src->base.init_source = source_init;
    src->base.fill_input_buffer = source_fill;
    src->base.skip_input_data = source_skip;
    src->base.resync_to_restart = jpeg_resync_to_restart;
    src->base.term_source = source_term;
    src->fd = fd;
    src->max_bytes = max_bytes;
    src->out = out;
    cinfo.src = &src->base;
    limit.base.progress_monitor = scan_limit;
    limit.max_scans = max_scans;
    cinfo.progress = &limit.base;

    jpeg_read_header(&cinfo, TRUE);
    cinfo.scale_num = 1;
    cinfo.scale_denom = 8;
    cinfo.dct_method = JDCT_IFAST;
    cinfo.do_fancy_upsampling = FALSE;
    jpeg_start_decompress(&cinfo);
    JSAMPARRAY row = (*cinfo.mem->alloc_sarray)((j_common_ptr)&cinfo, JPOOL_IMAGE,
                                                cinfo.output_width * cinfo.output_components, 1);
    while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, row, 1);
    jpeg_finish_decompress(&cinfo);
    out->consumed = src->total - (long long)src->base.bytes_in_buffer;
    out->ok = 1;
    jpeg_destroy_decompress(&cinfo);
}

/* ---- PNG ---- */

typedef struct {
    int fd;
    long long total;
    long long max_bytes;
    bantin_image_check *out;
    jmp_buf *jump;
} png_fd_source;

static void png_fail(png_structp png, png_const_charp message) {
    png_fd_source *src = (png_fd_source *)png_get_error_ptr(png);
    if (src->out->message[0] == 0) snprintf(src->out->message, sizeof src->out->message, "%s", message);
    png_longjmp(png, 1);
}

static void png_warn(png_structp png, png_const_charp message) { (void)png; (void)message; }

static void png_read_fd(png_structp png, png_bytep data, size_t length) {
    png_fd_source *src = (png_fd_source *)png_get_io_ptr(png);
    if (src->total + (long long)length > src->max_bytes) {
        src->out->limit_hit = 1;
        png_error(png, "image data larger than the limit");
    }
    size_t done = 0;
    while (done < length) {
        long got = read_some(src->fd, data + done, length - done);
        if (got < 0) png_error(png, "read error");
        if (got == 0) {
            src->out->truncated = 1;
            png_error(png, "the file ends before the IEND chunk");
        }
        done += (size_t)got;
    }
    src->total += (long long)length;
}

void bantin_check_png(int fd, long long max_bytes, int max_side, bantin_image_check *out) {
    memset(out, 0, sizeof *out);
    png_fd_source src = { fd, 0, max_bytes, out, NULL };
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, png_fail, png_warn);
    if (!png) { snprintf(out->message, sizeof out->message, "out of memory"); return; }
    png_infop info = png_create_info_struct(png);
    if (!info) { png_destroy_read_struct(&png, NULL, NULL); snprintf(out->message, sizeof out->message, "out of memory"); return; }
    /* volatile: modified between setjmp and a longjmp back to it. */
    png_bytep volatile row = NULL;
    if (setjmp(png_jmpbuf(png))) {
        if (row) png_free(png, row);
        png_destroy_read_struct(&png, &info, NULL);
        return;
    }
    png_set_read_fn(png, &src, png_read_fd);
    png_set_user_limits(png, (png_uint_32)max_side, (png_uint_32)max_side);
    png_read_info(png, info);
    /* Every colour type as 8-bit RGBA: palette and tRNS expanded, grey made RGB, 16 bits
     * stripped, an opaque alpha added where there is none. */
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_filler(png, 0xFF, PNG_FILLER_AFTER);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    png_uint_32 height = png_get_image_height(png, info);
    png_uint_32 width = png_get_image_width(png, info);
    row = (png_bytep)png_malloc(png, png_get_rowbytes(png, info));
    for (int pass = 0; pass < passes; pass++) {
        for (png_uint_32 y = 0; y < height; y++) {
            png_read_row(png, row, NULL);
            if (pass != passes - 1) continue;
            for (png_uint_32 x = 0; x < width; x++) {
                unsigned long long alpha = row[4 * x + 3];
                out->ink[0] += row[4 * x] * alpha;
                out->ink[1] += row[4 * x + 1] * alpha;
                out->ink[2] += row[4 * x + 2] * alpha;
                out->ink[3] += alpha;
            }
        }
    }
    png_read_end(png, NULL);
    png_free(png, row);
    row = NULL;
    out->consumed = src.total;
    out->ok = 1;
    png_destroy_read_struct(&png, &info, NULL);
}
