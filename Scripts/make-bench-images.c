/* Writes the images of Scripts/benchmark-images.sh (libjpeg-turbo, libpng):
 *
 *   make-bench-images phone OUT.jpg SEED    a 4000 x 3000 "phone photo" JPEG (quality 90, a
 *                                           smooth scene with sensor noise, about 3 MB) whose
 *                                           Exif says orientation 6 (turn a quarter right)
 *   make-bench-images small OUT.jpg         a 200 x 150 JPEG of a few KB
 *   make-bench-images png OUT.png SIDE      a SIDE x SIDE RGB PNG (gradients and stripes)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <png.h>

static unsigned rng_state = 1;
static unsigned rng(void) { rng_state = rng_state * 1103515245u + 12345u; return (rng_state >> 16) & 0x7fff; }

static int write_jpeg(const char *path, int width, int height, int quality, int orientation) {
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr e;
    c.err = jpeg_std_error(&e);
    jpeg_create_compress(&c);
    jpeg_stdio_dest(&c, f);
    c.image_width = width; c.image_height = height; c.input_components = 3; c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, quality, TRUE);
    jpeg_start_compress(&c, TRUE);
    if (orientation) {
        /* Exif, big-endian TIFF, IFD0 with one entry: Orientation (SHORT, 1). */
        unsigned char exif[] = { 'E','x','i','f',0,0, 'M','M',0,42, 0,0,0,8, 0,1,
                                 0x01,0x12, 0,3, 0,0,0,1, 0,(unsigned char)orientation,0,0, 0,0,0,0 };
        jpeg_write_marker(&c, JPEG_APP0 + 1, exif, sizeof exif);
    }
    unsigned char *row = malloc((size_t)width * 3);
    while (c.next_scanline < c.image_height) {
        int y = c.next_scanline;
        for (int x = 0; x < width; x++) {
            int n = (int)(rng() % 24) - 12;
            int r = (x * 255 / width + n), g = (y * 255 / height + n), b = (((x / 97) ^ (y / 89)) & 1 ? 180 : 60) + n;
            row[3 * x] = r < 0 ? 0 : r > 255 ? 255 : r;
            row[3 * x + 1] = g < 0 ? 0 : g > 255 ? 255 : g;
            row[3 * x + 2] = b < 0 ? 0 : b > 255 ? 255 : b;
        }
        JSAMPROW rows[1] = { row };
        jpeg_write_scanlines(&c, rows, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    free(row);
    return fclose(f) != 0;
}

static int write_png(const char *path, int side) {
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop i = png_create_info_struct(p);
    if (setjmp(png_jmpbuf(p))) { fclose(f); return 1; }
    png_init_io(p, f);
    png_set_compression_level(p, 9);
    png_set_IHDR(p, i, side, side, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(p, i);
    unsigned char *row = malloc((size_t)side * 3);
    for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
            row[3 * x] = (unsigned char)(x * 255 / side);
            row[3 * x + 1] = (unsigned char)(y * 255 / side);
            row[3 * x + 2] = ((x / 500) ^ (y / 500)) & 1 ? 200 : 40;
        }
        png_write_row(p, row);
    }
    png_write_end(p, NULL);
    png_destroy_write_struct(&p, &i);
    free(row);
    return fclose(f) != 0;
}

int main(int argc, char **argv) {
    if (argc >= 4 && !strcmp(argv[1], "phone")) { rng_state = (unsigned)atoi(argv[3]) + 1; return write_jpeg(argv[2], 4000, 3000, 90, 6); }
    if (argc >= 3 && !strcmp(argv[1], "small")) return write_jpeg(argv[2], 200, 150, 80, 0);
    if (argc >= 4 && !strcmp(argv[1], "png")) return write_png(argv[2], atoi(argv[3]));
    fprintf(stderr, "usage: make-bench-images phone OUT.jpg SEED | small OUT.jpg | png OUT.png SIDE\n");
    return 2;
}
