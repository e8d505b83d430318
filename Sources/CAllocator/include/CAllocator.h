// The memory allocator the `citetrace` executable runs on. On Linux it is jemalloc (linked
// by the package); `allocator.c` holds its settings. The engine itself does not depend on
// which allocator runs: `ProcessMemory` finds jemalloc's `mallctl` at run time, if present.
#ifndef CALLOCATOR_H
#define CALLOCATOR_H

/// The settings string handed to the allocator at start-up ("" where there are none).
const char *citetrace_allocator_settings(void);

#endif
