#include "core/io/SafeIo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <dirent.h>
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

// This machine, as a staging folder's name holds it (letters and digits, at most 32).
QString stagingHost()
{
    QString host;
    for (const QChar c : QSysInfo::machineHostName())
        if (host.size() < 32 && c.unicode() < 0x80 && c.isLetterOrNumber())
            host += c;
    return host.isEmpty() ? QStringLiteral("host") : host;
}

// Removes the files of the folder `name` in the folder open as `parent`, then the folder: through
// descriptors, never following a link (one put in the folder's place meanwhile is not entered).
void removeStagingFolder(int parent, const QByteArray &name)
{
    const int fd =
        ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || st.st_uid != ::getuid()) {
        ::close(fd);
        return;
    }
    if (DIR *dir = ::fdopendir(fd)) { // takes fd
        while (const dirent *entry = ::readdir(dir))
            if (qstrcmp(entry->d_name, ".") != 0 && qstrcmp(entry->d_name, "..") != 0)
                ::unlinkat(fd, entry->d_name, 0); // a writer makes files only
        ::closedir(dir);
    } else {
        ::close(fd);
    }
    ::unlinkat(parent, name.constData(), AT_REMOVEDIR);
}

// The staging folders a killed or crashed writer left in `folder` (its patients' data, 0600
// files in a 0700 folder, otherwise kept for good): this machine's whose process is gone, and
// any untouched for a day (another machine's on a shared folder, or an earlier version's).
void removeAbandonedStaging(const QString &folder)
{
    static const QRegularExpression name(
        QStringLiteral("^\\.tricholog-partial-(?:(\\d+)@([A-Za-z0-9]+)-)?[A-Za-z0-9]{6}$"));
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const int parent = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parent < 0)
        return;
    for (const QFileInfo &entry : QDir(folder).entryInfoList(
             {QStringLiteral(".tricholog-partial-*")},
             QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        const auto m = name.match(entry.fileName());
        if (!m.hasMatch())
            continue;
        const bool here = m.captured(2) == stagingHost();
        const bool gone = here ? ::kill(pid_t(m.captured(1).toLongLong()), 0) != 0 && errno == ESRCH
                               : entry.lastModified().toUTC() < dayAgo;
        if (gone)
            removeStagingFolder(parent, QFile::encodeName(entry.fileName()));
    }
    ::close(parent);
}

} // namespace

QString quoteValue(const QString &value)
{
    // A NUL would end the message where C code prints it (stderr): shown as \0. Other control
    // characters (C0, DEL, C1) as \n, \r, \t or \xNN: a terminal would obey them (an escape
    // sequence in a cell could retitle the window or clear the screen).
    const auto control = [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
    };
    QString shown;
    if (std::none_of(value.cbegin(), value.cend(), control)) {
        shown = value;
    } else {
        shown.reserve(value.size() + 16);
        for (const QChar c : value) {
            if (!control(c))
                shown += c;
            else if (c.unicode() == 0)
                shown += QStringLiteral("\\0");
            else if (c == QLatin1Char('\n'))
                shown += QStringLiteral("\\n");
            else if (c == QLatin1Char('\r'))
                shown += QStringLiteral("\\r");
            else if (c == QLatin1Char('\t'))
                shown += QStringLiteral("\\t");
            else
                shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        }
    }
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

Result<void> writeWholeFile(const QString &path, const QByteArray &bytes)
{
    if (auto allowed = checkOutputPath(path); !allowed)
        return allowed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(QCoreApplication::translate("SafeIo", "%1 could not be written: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
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

namespace {

// The descriptor of a regular file, looked at before it is opened (opening a named pipe for
// reading would wait for a writer) and again after (a pipe put in its place since).
Result<int> openRegularFd(const QString &path, qint64 limit)
{
    struct stat st = {};
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
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const int error = errno;
        ::close(fd);
        return S_ISREG(st.st_mode) ? unreadable(path, error) : notRegular(path, kindOf(st.st_mode));
    }
    return fd;
}

} // namespace

Result<std::unique_ptr<QFile>> openRegularFile(const QString &path, qint64 limit)
{
    auto fd = openRegularFd(path, limit);
    if (!fd)
        return fd.error();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(fd.value(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd.value());
        return Error::storage(QCoreApplication::translate("SafeIo", "Cannot read %1: %2")
                                  .arg(path, file->errorString()));
    }
    return file;
}

Error fileTooLarge(const QString &path, qint64 limit)
{
    return tooLarge(path, limit);
}

Result<QByteArray> readRegularFile(const QString &path, qint64 limit)
{
    auto opened = openRegularFd(path, limit);
    if (!opened)
        return opened.error();
    const int fd = opened.value();
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st = {};
    ::fstat(fd, &st);
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

FileSetWriter::FileSetWriter(const QString &folder, const QStringList &names)
    : m_folder(folder)
    , m_names(names)
{}

FileSetWriter::~FileSetWriter() = default; // an uncommitted set leaves the folder as it was

Result<void> FileSetWriter::open()
{
    const QDir dir(m_folder);
    for (const QString &name : std::as_const(m_names))
        if (auto allowed = checkOutputPath(dir.filePath(name)); !allowed)
            return allowed.error();
    removeAbandonedStaging(m_folder);
    // Inside the folder: on the same file system, so every move in commit() is a rename. Named
    // with this process's id and machine, so that a later writer knows it abandoned once gone.
    m_staging = std::make_unique<QTemporaryDir>(dir.filePath(
        QStringLiteral(".tricholog-partial-%1@%2-XXXXXX").arg(::getpid()).arg(stagingHost())));
    if (!m_staging->isValid())
        return Error::storage(QCoreApplication::translate("SafeIo", "Cannot write into %1: %2")
                                  .arg(m_folder, m_staging->errorString()));
    for (const QString &name : std::as_const(m_names)) {
        auto file = std::make_unique<QFile>(m_staging->filePath(name));
        if (!file->open(QIODevice::WriteOnly))
            return Error::storage(QCoreApplication::translate("SafeIo", "Cannot write %1: %2")
                                      .arg(dir.filePath(name), file->errorString()));
        m_files.emplace(name, std::move(file));
    }
    return {};
}

Result<void> FileSetWriter::write(const QString &name, const QByteArray &bytes)
{
    const auto found = m_files.find(name);
    Q_ASSERT(found != m_files.end());
    QFile &file = *found->second;
    if (file.write(bytes) == bytes.size())
        return {};
    // A short write (a full disk, or a file over its size limit) leaves QFile without a reason
    // of its own: its text is then a new device's, "Unknown error".
    const bool unexplained =
        file.error() == QFileDevice::NoError || file.errorString() == QFile().errorString();
    return Error::storage(
        QCoreApplication::translate("SafeIo", "Cannot write %1: %2")
            .arg(QDir(m_folder).filePath(name),
                 unexplained ? QCoreApplication::translate(
                                   "SafeIo", "only part of it could be written (is the disk full?)")
                             : file.errorString()));
}

Result<void> FileSetWriter::commit()
{
    const QDir dir(m_folder);
    for (const QString &name : std::as_const(m_names)) {
        QFile &file = *m_files.at(name);
        // On the disk before the set moves in: a crash after the renames never leaves a file
        // that is shorter than what was written.
        if (!file.flush() || ::fsync(file.handle()) != 0) {
            const int error = errno;
            return Error::storage(QCoreApplication::translate("SafeIo", "Cannot write %1: %2")
                                      .arg(dir.filePath(name), qt_error_string(error)));
        }
        file.close();
    }
    auto aside = [&](const QString &name) {
        return m_staging->filePath(QStringLiteral("previous-") + name);
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
    auto failed = [&](const QString &target, int error) {
        undo();
        return Error::storage(
            QCoreApplication::translate("SafeIo", "Cannot replace %1: %2; nothing was changed.")
                .arg(target, qt_error_string(error)));
    };
    for (const QString &name : std::as_const(m_names)) {
        const QString target = dir.filePath(name);
        if (!present(target))
            continue;
        if (::rename(native(target).constData(), native(aside(name)).constData()) != 0)
            return failed(target, errno);
        movedAside << name;
    }
    for (const QString &name : std::as_const(m_names)) {
        const QString target = dir.filePath(name);
        if (::rename(native(m_staging->filePath(name)).constData(), native(target).constData()) !=
            0)
            return failed(target, errno);
        placed << name;
    }
    return {}; // the staging folder, with the replaced files, is removed with this writer
}

Result<void> writeFileSet(const QString &folder, const QList<QPair<QString, QByteArray>> &files)
{
    QStringList names;
    for (const auto &file : files)
        names << file.first;
    FileSetWriter set(folder, names);
    if (auto opened = set.open(); !opened)
        return opened.error();
    for (const auto &[name, data] : files)
        if (auto written = set.write(name, data); !written)
            return written.error();
    return set.commit();
}

} // namespace tricholog
