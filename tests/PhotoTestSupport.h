#pragma once

// Generated test photos (no real patient ever): JPEGs with the EXIF a camera writes (orientation,
// DateTimeOriginal, built with libexif) and PNGs.
#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <cstdlib>
#include <cstring>
#include <libexif/exif-data.h>

namespace tricholog::test {

// A picture with a red block in its stored top-left corner (to see where a rotation puts it) on
// a background of `tone`, with some grain so it compresses like a photo.
inline QImage markedImage(QSize size, QRgb tone = qRgb(90, 120, 160), quint32 seed = 1)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int n = int(rng.bounded(24)) - 12;
            line[x] = qRgb(std::clamp(qRed(tone) + n, 0, 255), std::clamp(qGreen(tone) + n, 0, 255),
                           std::clamp(qBlue(tone) + n, 0, 255));
        }
    }
    const int bw = std::max(4, size.width() / 5), bh = std::max(4, size.height() / 5);
    for (int y = 0; y < bh; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < bw; ++x)
            line[x] = qRgb(230, 20, 20);
    }
    return image;
}

inline QByteArray encode(const QImage &image, const char *format, int quality = 90)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    writer.write(image);
    return out;
}

// A JPEG with an EXIF block: orientation (1-8) and, when valid, DateTimeOriginal.
inline QByteArray jpegWithExif(const QImage &image, int orientation, const QDateTime &taken)
{
    QByteArray jpeg = encode(image, "jpeg");
    ExifData *exif = exif_data_new();
    exif_data_set_byte_order(exif, EXIF_BYTE_ORDER_INTEL);
    ExifEntry *o = exif_entry_new();
    exif_content_add_entry(exif->ifd[EXIF_IFD_0], o);
    exif_entry_initialize(o, EXIF_TAG_ORIENTATION);
    exif_set_short(o->data, EXIF_BYTE_ORDER_INTEL, ExifShort(orientation));
    exif_entry_unref(o);
    if (taken.isValid()) {
        ExifEntry *d = exif_entry_new();
        exif_content_add_entry(exif->ifd[EXIF_IFD_EXIF], d);
        exif_entry_initialize(d, EXIF_TAG_DATE_TIME_ORIGINAL); // 20 bytes of ASCII
        const QByteArray text = taken.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toLatin1();
        std::memcpy(d->data, text.constData(), std::min<size_t>(19, d->size));
        exif_entry_unref(d);
    }
    unsigned char *data = nullptr;
    unsigned int length = 0;
    exif_data_save_data(exif, &data, &length); // "Exif\0\0" + TIFF
    exif_data_unref(exif);
    QByteArray app1("\xFF\xE1", 2);
    const int segment = int(length) + 2;
    app1.append(char(segment >> 8)).append(char(segment & 0xff));
    app1.append(reinterpret_cast<const char *>(data), int(length));
    std::free(data);
    // After SOI and the JFIF APP0 segment.
    int at = 2;
    if (jpeg.size() > 6 && uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        at = 4 + ((uchar(jpeg[4]) << 8) | uchar(jpeg[5]));
    jpeg.insert(at, app1);
    return jpeg;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Mostly red at a pixel: where the marked corner ended up.
inline bool isRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 90 && qBlue(c) < 90;
}

} // namespace tricholog::test
