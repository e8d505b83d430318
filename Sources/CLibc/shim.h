// C library functions that Swift's Glibc module does not export. Elsewhere the headers
// are absent and the module holds only what exists there.
#include <stddef.h>
#if __has_include(<malloc.h>)
#include <malloc.h>   // malloc_trim
#endif
#if defined(__GLIBC__) || defined(__linux__)
// GNU extensions of <string.h>, declared only under _GNU_SOURCE, which the Glibc module
// is not built with; the prototypes are glibc's own.
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
void *memrchr(const void *s, int c, size_t n);
#endif
