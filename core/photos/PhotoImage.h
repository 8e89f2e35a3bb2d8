#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <optional>

namespace tricholog {

// What an image file says about itself, read without decoding it in full.
struct ImageFacts
{
    QString format;                   // "jpeg" or "png"
    QSize size;                       // upright pixel size: the EXIF orientation applied
    int orientation = 1;              // EXIF orientation 1-8 (1: upright as stored)
    std::optional<QDateTime> takenAt; // EXIF DateTimeOriginal (or PNG "Creation Time")
};

// Image handling for photos: Qt's image readers decode (JPEG through libjpeg-turbo, scaled while
// decoding so a 12-megapixel original never needs its full size in memory for a preview);
// libexif reads the camera's date and orientation.
namespace photoimage {

// Long edge in pixels of the cached previews.
inline constexpr int kThumbnailEdge = 320;
inline constexpr int kDisplayEdge = 2048;

// JPEG or PNG that Qt can decode; anything else is refused with the reason.
Result<ImageFacts> inspect(const QByteArray &bytes);

// The image upright (EXIF orientation honoured), scaled so its long edge is at most `maxEdge`
// (0: full size).
Result<QImage> decodeUpright(const QByteArray &bytes, int maxEdge = 0);

// A JPEG of the image (previews, the report).
QByteArray encodeJpeg(const QImage &image, int quality = 88);

// SHA-256 of the bytes in lower-case hex.
QString sha256Hex(const QByteArray &bytes);

} // namespace photoimage

} // namespace tricholog
