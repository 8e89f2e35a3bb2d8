#include "core/photos/PhotoImage.h"

#include "core/security/Sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <libexif/exif-data.h>

namespace tricholog::photoimage {

namespace {

struct Exif
{
    int orientation = 1;
    std::optional<QDateTime> takenAt;
};

// "2026:03:31 10:30:05", the camera's local time.
std::optional<QDateTime> exifDateTime(ExifData *data, ExifIfd ifd, ExifTag tag)
{
    ExifEntry *entry = exif_content_get_entry(data->ifd[ifd], tag);
    if (!entry || entry->format != EXIF_FORMAT_ASCII || !entry->data || entry->size < 19)
        return std::nullopt;
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(entry->data), 19);
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!dt.isValid())
        return std::nullopt;
    return dt;
}

Exif readExif(const QByteArray &bytes)
{
    Exif exif;
    ExifData *data =
        exif_data_new_from_data(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                static_cast<unsigned int>(bytes.size()));
    if (!data)
        return exif;
    if (ExifEntry *o = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
        o && o->format == EXIF_FORMAT_SHORT && o->size >= 2) {
        const int value = exif_get_short(o->data, exif_data_get_byte_order(data));
        if (value >= 1 && value <= 8)
            exif.orientation = value;
    }
    exif.takenAt = exifDateTime(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL);
    if (!exif.takenAt)
        exif.takenAt = exifDateTime(data, EXIF_IFD_0, EXIF_TAG_DATE_TIME);
    exif_data_unref(data);
    return exif;
}

std::optional<QDateTime> pngCreationTime(QImageReader &reader)
{
    const QString text = reader.text(QStringLiteral("Creation Time")).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const auto format : {Qt::ISODate, Qt::RFC2822Date}) {
        const QDateTime dt = QDateTime::fromString(text, format);
        if (dt.isValid())
            return dt.toLocalTime();
    }
    return std::nullopt;
}

bool swapsAxes(int orientation)
{
    return orientation >= 5 && orientation <= 8; // the 90° and 270° rotations
}

Error unreadable(const QString &reason)
{
    ValidationResult v;
    v.add(QStringLiteral("file"), QCoreApplication::translate("Photos", "Image file"), QString(),
          QCoreApplication::translate("Photos", "a JPEG or PNG image"), reason);
    return Error::validation(v);
}

} // namespace

Result<ImageFacts> inspect(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return unreadable(QCoreApplication::translate("Photos", "The file is empty."));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png")
        return unreadable(
            format.isEmpty()
                ? QCoreApplication::translate("Photos", "It is not an image Tricholog can read "
                                                        "(JPEG or PNG).")
                : QCoreApplication::translate("Photos", "It is a %1 image; only JPEG and PNG "
                                                        "photos are accepted.")
                      .arg(QString::fromLatin1(format).toUpper()));
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return unreadable(
            QCoreApplication::translate("Photos", "Its image size cannot be read (%1).")
                .arg(reader.errorString()));
    ImageFacts facts;
    facts.format = QString::fromLatin1(format);
    if (format == "jpeg") {
        const Exif exif = readExif(bytes);
        facts.orientation = exif.orientation;
        facts.takenAt = exif.takenAt;
    } else {
        facts.takenAt = pngCreationTime(reader);
    }
    facts.size = swapsAxes(facts.orientation) ? stored.transposed() : stored;
    // Decoding a small version proves the data is an image and not only a header.
    if (auto probe = decodeUpright(bytes, 64); !probe)
        return probe.error();
    return facts;
}

Result<QImage> decodeUpright(const QByteArray &bytes, int maxEdge)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (maxEdge > 0 && stored.isValid()) {
        const int edge = std::max(stored.width(), stored.height());
        if (edge > maxEdge) {
            // Scaled while decoding (libjpeg's DCT scaling): the full image is never in memory.
            reader.setScaledSize(stored.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio));
        }
    }
    QImage image = reader.read();
    if (image.isNull())
        return unreadable(QCoreApplication::translate("Photos", "The image cannot be decoded (%1).")
                              .arg(reader.errorString()));
    return image;
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    // A preview of a PNG with transparency gets a white background, as on paper.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        writer.write(flat);
    } else {
        writer.write(image);
    }
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(Sha256::hex(bytes));
}

} // namespace tricholog::photoimage
