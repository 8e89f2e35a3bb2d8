#include "core/io/SafeIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tricholog {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISLNK(mode))
        return QCoreApplication::translate("SafeIo", "a symbolic link");
    if (S_ISDIR(mode))
        return QCoreApplication::translate("SafeIo", "a folder");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("SafeIo", "a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("SafeIo", "a device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("SafeIo", "a socket");
    return QCoreApplication::translate("SafeIo", "not a regular file");
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool present(const QString &path)
{
    struct stat st = {};
    return ::lstat(native(path).constData(), &st) == 0;
}

Error tooLarge(const QString &path, qint64 limit)
{
    return Error::storage(
        QCoreApplication::translate("SafeIo", "%1 is larger than %2; at most %2 are read.")
            .arg(path, megabytes(limit)));
}

Error notRegular(const QString &path, const QString &kind)
{
    return Error::storage(
        QCoreApplication::translate("SafeIo", "%1 is %2, not a regular file; it is not read.")
            .arg(path, kind));
}

Error unreadable(const QString &path, int error)
{
    return Error::storage(QCoreApplication::translate("SafeIo", "Cannot read %1: %2")
                              .arg(path, qt_error_string(error)));
}

} // namespace

QString quoteValue(const QString &value)
{
    // A NUL would end the message where C code prints it (stderr): shown as \0 instead.
    const QString shown =
        value.contains(QChar(0)) ? QString(value).replace(QChar(0), QStringLiteral("\\0")) : value;
    if (shown.size() <= kQuotedValueMax)
        return shown;
    qsizetype keep = kQuotedValueMax - 1;
    if (shown.at(keep - 1).isHighSurrogate()) // never half a character
        --keep;
    return shown.left(keep) + QStringLiteral("…");
}

QString megabytes(qint64 bytes)
{
    return QCoreApplication::translate("SafeIo", "%1 MB").arg(bytes / (1024 * 1024));
}

QString nonRegularKind(const QString &path, bool followLinks)
{
    if (path.isEmpty())
        return {};
    struct stat st = {};
    const int found = followLinks ? ::stat(native(path).constData(), &st)
                                  : ::lstat(native(path).constData(), &st);
    if (found != 0)
        return {};
    return kindOf(st.st_mode);
}

Result<void> checkOutputPath(const QString &path)
{
    if (path.isEmpty())
        return Error::storage(QCoreApplication::translate("SafeIo", "No output file was given."));
    // lstat, not QFileInfo::exists(): a dangling link does not "exist", but writing through it
    // would create its target.
    if (const QString kind = nonRegularKind(path); !kind.isEmpty())
        return Error::storage(
            QCoreApplication::translate(
                "SafeIo", "%1 is %2; nothing is written through it (choose another name, or "
                          "remove it first).")
                .arg(path, kind));
    return {};
}

Result<QByteArray> readRegularFile(const QString &path, qint64 limit)
{
    struct stat st = {};
    // Looked at before it is opened: opening a named pipe for reading would wait for a writer.
    if (::stat(native(path).constData(), &st) != 0)
        return unreadable(path, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, kindOf(st.st_mode));
    if (st.st_size > limit)
        return tooLarge(path, limit);
    // O_NONBLOCK: a pipe put in its place since never blocks; fstat then refuses it.
    const int fd = ::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return unreadable(path, errno);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0)
        return unreadable(path, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, kindOf(st.st_mode));
    // The size a file claims is not trusted (files of /proc claim 0): at most limit + 1 bytes.
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>(st.st_size, limit) + 1));
    constexpr qint64 kChunk = 1024 * 1024;
    for (;;) {
        const qint64 want = std::min<qint64>(kChunk, limit + 1 - data.size());
        if (want <= 0)
            return tooLarge(path, limit);
        const qsizetype before = data.size();
        data.resize(before + qsizetype(want));
        const ssize_t got = ::read(fd, data.data() + before, size_t(want));
        if (got < 0 && errno == EINTR) {
            data.resize(before);
            continue;
        }
        if (got < 0)
            return unreadable(path, errno);
        data.resize(before + qsizetype(got));
        if (got == 0)
            break;
    }
    if (data.size() > limit)
        return tooLarge(path, limit);
    return data;
}

Result<void> writeFileSet(const QString &folder, const QList<QPair<QString, QByteArray>> &files)
{
    const QDir dir(folder);
    for (const auto &file : files)
        if (auto allowed = checkOutputPath(dir.filePath(file.first)); !allowed)
            return allowed.error();
    // Inside the folder: on the same file system, so every move below is a rename.
    QTemporaryDir staging(dir.filePath(QStringLiteral(".tricholog-partial-XXXXXX")));
    if (!staging.isValid())
        return Error::storage(QCoreApplication::translate("SafeIo", "Cannot write into %1: %2")
                                  .arg(folder, staging.errorString()));
    for (const auto &[name, data] : files) {
        QSaveFile out(staging.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            return Error::storage(QCoreApplication::translate("SafeIo", "Cannot write %1: %2")
                                      .arg(dir.filePath(name), out.errorString()));
    }
    auto aside = [&](const QString &name) {
        return staging.filePath(QStringLiteral("previous-") + name);
    };
    // The files being replaced go aside first, then the new ones move in: at any moment the
    // folder holds files of one set only.
    QStringList movedAside, placed;
    auto undo = [&] {
        for (const QString &name : std::as_const(placed))
            ::unlink(native(dir.filePath(name)).constData());
        for (const QString &name : std::as_const(movedAside))
            ::rename(native(aside(name)).constData(), native(dir.filePath(name)).constData());
    };
    for (const auto &file : files) {
        const QString target = dir.filePath(file.first);
        if (!present(target))
            continue;
        if (::rename(native(target).constData(), native(aside(file.first)).constData()) != 0) {
            const int error = errno;
            undo();
            return Error::storage(
                QCoreApplication::translate("SafeIo", "Cannot replace %1: %2; nothing was changed.")
                    .arg(target, qt_error_string(error)));
        }
        movedAside << file.first;
    }
    for (const auto &file : files) {
        const QString target = dir.filePath(file.first);
        if (::rename(native(staging.filePath(file.first)).constData(),
                     native(target).constData()) != 0) {
            const int error = errno;
            undo();
            return Error::storage(
                QCoreApplication::translate("SafeIo", "Cannot replace %1: %2; nothing was changed.")
                    .arg(target, qt_error_string(error)));
        }
        placed << file.first;
    }
    return {}; // the staging folder, with the replaced files, is removed
}

} // namespace tricholog
