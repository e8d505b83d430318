#include "CAllocator.h"

#if defined(__linux__)
// jemalloc reads this global at start-up (its documented `malloc_conf` symbol; the
// MALLOC_CONF environment variable still overrides it).
// dirty_decay_ms:100 — pages freed are handed back to the system within a tenth of a
// second instead of ten: with the default, what the stages before the reprint search
// freed still counted as resident at its peak (495–502 MB at 100 MB of input against
// 478–486 MB, before the search sampled by batches; docs/benchmark.md).
const char *malloc_conf = "dirty_decay_ms:100";

const char *citetrace_allocator_settings(void) { return malloc_conf; }
#else
const char *citetrace_allocator_settings(void) { return ""; }
#endif
