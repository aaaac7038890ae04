#ifndef BRAUDEL_CIGRAPH_SHIM_H
#define BRAUDEL_CIGRAPH_SHIM_H
/* The C library first, as the Swift overlay sees it: igraph.h defines _GNU_SOURCE, which would
   otherwise give fd_set and friends a second, conflicting definition inside this module. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <sys/select.h>
#include <igraph.h>

/* igraph's default error handler aborts the process; Braudel checks every return code instead
   and reports a typed error, so errors and warnings are silenced here (Swift cannot name the
   handler functions as C function pointers directly). */
static inline void braudel_igraph_quiet(void) {
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}
#endif
