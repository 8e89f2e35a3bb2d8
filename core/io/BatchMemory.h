#pragma once

namespace tricholog {

// Hands the memory freed so far back to the system (glibc's malloc_trim; nothing elsewhere).
void returnFreedMemory();

// glibc's allocator while batches of records come and go. A batch's lists are megabytes, above
// the size from which glibc maps each block on its own: every batch mapped them, faulted their
// pages in and unmapped them again (perf, PostgreSQL export of 20,000 patients: a tenth of the
// reading thread, 0.3 s of 3.4 s). While one of these lives, blocks up to 64 MiB come from the
// heap and freed memory stays there for the next batch; when the last one ends, the freed memory
// goes back to the system and glibc's default thresholds (128 KiB, now fixed) apply again.
class BatchMemory
{
public:
    BatchMemory();
    ~BatchMemory();
    BatchMemory(const BatchMemory &) = delete;
    BatchMemory &operator=(const BatchMemory &) = delete;
};

} // namespace tricholog
