// libFuzzer's driver, for a fuzz target whose main is Swift's (SwiftPM names an executable's
// entry point itself, so libFuzzer's own main cannot be used). Defined only in builds made
// with -sanitize=fuzzer; the ordinary build never calls it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
