#include "cicu.h"
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>

/* Opening a break iterator loads and compiles its rules (for sentences with abbreviation
 * suppressions, a trie built on every open): far more work than breaking a typical document.
 * Each thread keeps one iterator of each kind and only resets its text. */
static __thread UBreakIterator *thread_word_iterator = NULL;
static __thread UBreakIterator *thread_sentence_iterator = NULL;

static UBreakIterator *reuse(UBreakIterator **slot, UBreakIteratorType type, const char *locale,
                             const uint16_t *text, int32_t length, UErrorCode *status) {
    if (*slot == NULL) {
        *slot = ubrk_open(type, locale, (const UChar *)text, length, status);
        if (U_FAILURE(*status)) { *slot = NULL; return NULL; }
        return *slot;
    }
    ubrk_setText(*slot, (const UChar *)text, length, status);
    return U_FAILURE(*status) ? NULL : *slot;
}

int32_t cicu_word_boundaries(const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity,
                             int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = reuse(&thread_word_iterator, UBRK_WORD, "en", text, length, &status);
    if (it == NULL) { *error = status; return -1; }
    int32_t count = 0;
    for (int32_t b = ubrk_first(it); b != UBRK_DONE && count < capacity; b = ubrk_next(it)) {
        boundaries[count] = b;
        statuses[count] = ubrk_getRuleStatus(it);
        count++;
    }
    /* Drop the reference to the caller's buffer, which is freed after this call. */
    UErrorCode ignored = U_ZERO_ERROR;
    ubrk_setText(it, (const UChar *)u"", 0, &ignored);
    *error = 0;
    return count;
}

int32_t cicu_sentence_boundaries(const uint16_t *text, int32_t length,
                                 int32_t *boundaries, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = reuse(&thread_sentence_iterator, UBRK_SENTENCE, "en@ss=standard", text, length, &status);
    if (it == NULL) {
        status = U_ZERO_ERROR;
        it = reuse(&thread_sentence_iterator, UBRK_SENTENCE, "en", text, length, &status);
        if (it == NULL) { *error = status; return -1; }
    }
    int32_t count = 0;
    for (int32_t b = ubrk_first(it); b != UBRK_DONE && count < capacity; b = ubrk_next(it)) {
        boundaries[count++] = b;
    }
    UErrorCode ignored = U_ZERO_ERROR;
    ubrk_setText(it, (const UChar *)u"", 0, &ignored);
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

int32_t cicu_display_width(uint32_t code_point) {
    UChar32 c = (UChar32)code_point;
    int8_t category = u_charType(c);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR
        || category == U_CONTROL_CHAR) return 0;
    int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}
