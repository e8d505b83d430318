#include "CAllocator.h"

#if defined(__linux__)
// jemalloc reads this global at start-up (its documented `malloc_conf` symbol; the
// MALLOC_CONF environment variable still overrides it).
// dirty_decay_ms:100 — pages freed are handed back to the system within a tenth of a
// second instead of ten: the reprint search frees each document's samples as it numbers
// their hashes, and with the default those pages still counted as resident at the run's
// peak (about 15 MB more at 100 MB of input). Measured in README, "Memory allocator".
const char *malloc_conf = "dirty_decay_ms:100";

const char *citetrace_allocator_settings(void) { return malloc_conf; }
#else
const char *citetrace_allocator_settings(void) { return ""; }
#endif
