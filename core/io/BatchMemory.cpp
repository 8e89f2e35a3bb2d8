#include "core/io/BatchMemory.h"

#include <QMutex>
#include <QtGlobal>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tricholog {

namespace {

QMutex scopesMutex;
int scopes = 0; // BatchMemory objects alive, under scopesMutex

#ifdef __GLIBC__
// The largest mmap threshold glibc accepts on 64 bits (HEAP_MAX_SIZE / 2); it refuses more.
constexpr int kBatchThreshold = 32 * 1024 * 1024;
constexpr int kDefaultThreshold = 128 * 1024; // glibc's DEFAULT_MMAP_THRESHOLD_MIN and trim
#endif

} // namespace

void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

BatchMemory::BatchMemory()
{
    const QMutexLocker lock(&scopesMutex);
    if (scopes++ > 0)
        return;
#ifdef __GLIBC__
    // mallopt returns 0 when it refuses a value; the allocator then keeps its own.
    if (mallopt(M_MMAP_THRESHOLD, kBatchThreshold) == 0 ||
        mallopt(M_TRIM_THRESHOLD, 2 * kBatchThreshold) == 0)
        qWarning("BatchMemory: glibc refused the batch thresholds");
#endif
}

BatchMemory::~BatchMemory()
{
    const QMutexLocker lock(&scopesMutex);
    if (--scopes > 0)
        return;
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, kDefaultThreshold);
    mallopt(M_TRIM_THRESHOLD, kDefaultThreshold);
#endif
    returnFreedMemory();
}

} // namespace tricholog
