// libexttextcat (Debian's libexttextcat-dev): n-gram language identification.
#include <textcat.h>
