// glibc's <malloc.h> (malloc_trim), which Swift's Glibc module does not export.
// Elsewhere the header is absent and the module is empty.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
