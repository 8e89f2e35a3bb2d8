#pragma once

#include "core/model/Enums.h"

#include <QByteArray>

namespace tricholog {

// A drawn, fictitious scalp photo for the demo (no real person): a global view whose hair
// coverage follows the density, or a trichoscopic close-up whose hair count and shaft width
// follow density and diameter. JPEG bytes, the same for the same arguments.
QByteArray demoScalpPhoto(PhotoView view, double densityPerCm2, double diameterUm, quint32 seed);

} // namespace tricholog
