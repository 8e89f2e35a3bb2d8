#pragma once

namespace tricholog {

// Hands the memory freed so far back to the system (glibc's malloc_trim; nothing elsewhere).
void returnFreedMemory();

// glibc's allocator while batches of records come and go. A batch's lists are megabytes, above
// the size from which glibc maps each block on its own: every batch mapped them, faulted their
// pages in and unmapped them again, and freed memory went back to the system between batches
// (perf, PostgreSQL export of 20,000 patients: a tenth of the reading thread, 0.3 s of 3.4 s).
// While one of these lives, blocks up to 32 MiB (glibc's largest threshold) come from the heap
// and up to 64 MiB freed stays there for the next batch. When the last one ends, the freed
// memory goes back to the system (malloc_trim) and the thresholds return to glibc's starting
// values (128 KiB), fixed from then on: glibc no longer raises them by itself as it does in a
// new process, so larger blocks are mapped each time, as they are at a program's start.
class BatchMemory
{
public:
    BatchMemory();
    ~BatchMemory();
    BatchMemory(const BatchMemory &) = delete;
    BatchMemory &operator=(const BatchMemory &) = delete;
};

} // namespace tricholog
