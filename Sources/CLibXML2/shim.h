#ifndef BRAUDEL_CLIBXML2_SHIM_H
#define BRAUDEL_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, and encoding.h then includes <unicode/ucnv.h>. Those ICU
 * declarations clash with Foundation's private ICU (_FoundationICU) in any Swift module that
 * also imports Foundation. Braudel never touches libxml2's ICU-backed converter internals
 * (xmlCharEncodingHandler's fields), only pointers to them, so hiding the ICU part of the
 * headers changes nothing we use. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* Swift 6 rejects touching libxml2's global function variables; wrap them. */
static inline void cxml_free(void *p) { xmlFree(p); }

#endif
