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

/* Silences every report of one parse (well-formedness, namespaces, and validity reports such as
 * "ID x already defined", which XML_PARSE_NOERROR does not reach) on this context only: no
 * global handler is touched. Errors are still recorded in ctxt->lastError. The handler takes
 * void pointers and is cast, so it fits libxml2 versions with and without a const xmlError. */
static void cxml_ignore_structured_error(void *data, void *error) { (void)data; (void)error; }
static void cxml_ignore_generic_error(void *data, const char *message, ...) { (void)data; (void)message; }
static inline void cxml_silence_context(xmlParserCtxtPtr ctxt) {
    if (ctxt->sax != NULL) ctxt->sax->serror = (xmlStructuredErrorFunc) cxml_ignore_structured_error;
    ctxt->vctxt.error = cxml_ignore_generic_error;
    ctxt->vctxt.warning = cxml_ignore_generic_error;
}

#endif
