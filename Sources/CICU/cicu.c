#include "cicu.h"
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>

int32_t cicu_word_boundaries(const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity,
                             int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, "en", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    int32_t count = 0;
    for (int32_t b = ubrk_first(it); b != UBRK_DONE && count < capacity; b = ubrk_next(it)) {
        boundaries[count] = b;
        statuses[count] = ubrk_getRuleStatus(it);
        count++;
    }
    ubrk_close(it);
    *error = 0;
    return count;
}

int32_t cicu_sentence_boundaries(const uint16_t *text, int32_t length,
                                 int32_t *boundaries, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_SENTENCE, "en@ss=standard", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        it = ubrk_open(UBRK_SENTENCE, "en", (const UChar *)text, length, &status);
        if (U_FAILURE(status)) { *error = status; return -1; }
    }
    int32_t count = 0;
    for (int32_t b = ubrk_first(it); b != UBRK_DONE && count < capacity; b = ubrk_next(it)) {
        boundaries[count++] = b;
    }
    ubrk_close(it);
    *error = 0;
    return count;
}

int32_t cicu_nfkc_casefold(const uint16_t *source, int32_t length,
                           uint16_t *destination, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *norm = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    int32_t needed = unorm2_normalize(norm, (const UChar *)source, length,
                                      (UChar *)destination, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
        *error = 0;
        return needed;
    }
    if (U_FAILURE(status)) { *error = status; return -1; }
    *error = 0;
    return needed;
}

int32_t cicu_detect_charset(const char *bytes, int32_t length,
                            char *name, int32_t nameCapacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    ucsdet_setText(det, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(det, &status);
    if (U_FAILURE(status) || match == NULL) {
        ucsdet_close(det);
        *error = U_FAILURE(status) ? status : 0;
        return -1;
    }
    const char *found = ucsdet_getName(match, &status);
    int32_t confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status) || found == NULL) { ucsdet_close(det); *error = status; return -1; }
    strncpy(name, found, (size_t)nameCapacity - 1);
    name[nameCapacity - 1] = 0;
    ucsdet_close(det);
    *error = 0;
    return confidence;
}

int32_t cicu_to_utf16(const char *charset, const char *bytes, int32_t length,
                      uint16_t *destination, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    int32_t needed = ucnv_toUChars(conv, (UChar *)destination, capacity, bytes, length, &status);
    ucnv_close(conv);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
        *error = 0;
        return needed;
    }
    if (U_FAILURE(status)) { *error = status; return -1; }
    *error = 0;
    return needed;
}
