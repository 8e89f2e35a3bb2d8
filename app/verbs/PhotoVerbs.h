#pragma once

#include <QStringList>

namespace tricholog {

// Photos, headless: `photos import` (files from a camera folder onto a session) and
// `photos verify` (every original against its checksum).
int runPhotos(const QStringList &arguments);

} // namespace tricholog
