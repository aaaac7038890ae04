#ifndef BRAUDEL_CLIBXML2_SHIM_H
#define BRAUDEL_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* Swift 6 rejects touching libxml2's global function variables; wrap them. */
static inline void cxml_free(void *p) { xmlFree(p); }

#endif
