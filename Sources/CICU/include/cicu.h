#ifndef BRAUDEL_CICU_H
#define BRAUDEL_CICU_H
/*
 * A small C surface over ICU with plain C types only, so that Swift files which also import
 * Foundation (and its private ICU copy) can use it. Batch calls keep per-token crossings out.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Word boundaries of `text`. Fills up to `capacity` boundary offsets (UTF-16 units) and the
 * rule status of the segment ending at each boundary. Returns the number of boundaries
 * written, or -1 on error (with ICU's error code in *error). A capacity of length + 1 always
 * suffices. */
int32_t cicu_word_boundaries(const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity,
                             int32_t *error);

/* Sentence boundaries of `text` (English rules with abbreviation suppressions). */
int32_t cicu_sentence_boundaries(const uint16_t *text, int32_t length,
                                 int32_t *boundaries, int32_t capacity, int32_t *error);

/* NFKC case folding of `source` into `destination`. Returns the needed length; if it exceeds
 * `capacity`, nothing usable was written and the caller retries with a larger buffer. */
int32_t cicu_nfkc_casefold(const uint16_t *source, int32_t length,
                           uint16_t *destination, int32_t capacity, int32_t *error);

/* Best guess of the charset of `bytes`; writes its name (NUL-terminated) and returns the
 * confidence 0–100, or -1 when ICU has no guess. */
int32_t cicu_detect_charset(const char *bytes, int32_t length,
                            char *name, int32_t nameCapacity, int32_t *error);

/* Converts `bytes` in `charset` to UTF-16. Returns the needed length (retry when it exceeds
 * capacity), or -1 on error. */
int32_t cicu_to_utf16(const char *charset, const char *bytes, int32_t length,
                      uint16_t *destination, int32_t capacity, int32_t *error);

/* Terminal columns a code point takes: 2 for East Asian wide and fullwidth characters, 0 for
 * combining marks, enclosing marks, format characters and controls, else 1. */
int32_t cicu_display_width(uint32_t code_point);

#ifdef __cplusplus
}
#endif
#endif
