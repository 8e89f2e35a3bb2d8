#include "core/io/BatchMemory.h"

#include <QMutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tricholog {

namespace {

QMutex scopesMutex;
int scopes = 0; // BatchMemory objects alive, under scopesMutex

#ifdef __GLIBC__
constexpr int kBatchThreshold = 64 * 1024 * 1024;
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
    mallopt(M_MMAP_THRESHOLD, kBatchThreshold);
    mallopt(M_TRIM_THRESHOLD, 2 * kBatchThreshold);
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
