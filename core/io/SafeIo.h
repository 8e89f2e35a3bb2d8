#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

class QFile;
class QTemporaryDir;

namespace tricholog {

// Files the user names (outputs, inputs) are treated as hostile: an output is never written
// through a symbolic link, a folder, a pipe or a device; an input is read only when it is a
// regular file, and never more than its limit; an error quotes a bounded part of a value.

// The longest part of a value an error message quotes.
inline constexpr qsizetype kQuotedValueMax = 80;

// `value` as an error message quotes it: whole up to 80 characters, else its first 79 and "…";
// a NUL character (U+0000) is shown as \0.
QString quoteValue(const QString &value);

// What an existing `path` is when it is not a regular file: "a symbolic link", "a folder",
// "a named pipe (FIFO)", "a device", "a socket" (translated); empty for a regular file or when
// nothing is there. `followLinks`: say what a symbolic link points to instead (an input may be
// a link to a regular file; an output may not).
QString nonRegularKind(const QString &path, bool followLinks = false);

// Whether a program may write its output at `path`: nothing there, or a regular file that the
// output replaces. Refuses an existing symbolic link (a dangling one too), folder, named pipe,
// device or socket, naming the path and what it is. QSaveFile would write to a link's target.
Result<void> checkOutputPath(const QString &path);
// Writes `bytes` as the whole file at `path` (checkOutputPath first), through QSaveFile: a failure
// leaves what was there, never a partial file. The error names the path and the reason.
Result<void> writeWholeFile(const QString &path, const QByteArray &bytes);

// The bytes of the regular file at `path`, at most `limit` of them: a named pipe, a device or a
// folder is refused before it is opened (a pipe never blocks), and a file that holds more than
// `limit` bytes is refused whatever size it claims (at most limit + 1 bytes are read).
Result<QByteArray> readRegularFile(const QString &path, qint64 limit);

// The same checks, for a file read in pieces: the regular file at `path`, open for reading. Its
// reader enforces `limit` while it reads (fileTooLarge: the error it then gives).
Result<std::unique_ptr<QFile>> openRegularFile(const QString &path, qint64 limit);
Error fileTooLarge(const QString &path, qint64 limit);

// "100 MB" for 100 * 1024 * 1024 bytes.
QString megabytes(qint64 bytes);

// Writes `files` (name in `folder`, bytes) as one set: each file first into a private temporary
// folder inside `folder`, then all moved into place, the files they replace moved aside first
// and put back when a move fails. A failure leaves the set that was there before, never some old
// files and some new. Refuses names whose present entry is not a regular file (checkOutputPath).
Result<void> writeFileSet(const QString &folder, const QList<QPair<QString, QByteArray>> &files);

// writeFileSet, written as it is produced: open(), then write() each file's bytes in any number
// of pieces, then commit() moves the whole set into place. A writer destroyed without commit()
// (an error, a cancelled export) leaves the folder as it was.
class FileSetWriter
{
public:
    FileSetWriter(const QString &folder, const QStringList &names);
    ~FileSetWriter();
    FileSetWriter(const FileSetWriter &) = delete;
    FileSetWriter &operator=(const FileSetWriter &) = delete;

    Result<void> open();
    Result<void> write(const QString &name, const QByteArray &bytes); // appends
    Result<void> commit();

private:
    QString m_folder;
    QStringList m_names;
    std::unique_ptr<QTemporaryDir> m_staging;
    std::map<QString, std::unique_ptr<QFile>> m_files;
};

} // namespace tricholog
