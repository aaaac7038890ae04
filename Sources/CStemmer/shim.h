// libstemmer (Debian's libstemmer-dev): the Snowball stemmers.
#include <libstemmer.h>
