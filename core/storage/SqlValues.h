#pragma once

#include "core/model/Keys.h"
#include "core/model/Quantity.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <optional>

// Conversions between domain values and the columns they are stored in. "Not recorded" is NULL;
// dates are ISO 8601 text; timestamps are UTC ISO 8601 text, so text order is time order.
namespace tricholog::sql {

// Text columns are NOT NULL: a null QString would bind as NULL, so bind "" instead.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

// "yyyy-MM-dd", as QDate::toString(Qt::ISODate) writes it, written directly for the years 1 to
// 9999 (Qt formats it through QString::asprintf: 3 % of an import's writing thread, 0.7 s of its
// checks' time, perf); other years as Qt writes them; a null string for an invalid date. The
// stored form, the CSV files' form and the import's keys.
inline QString dateText(QDate date)
{
    if (!date.isValid())
        return {};
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

inline QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType::fromType<QString>());
}

// "yyyy-MM-dd", the stored form, read directly (lists of hundreds of dates), from UTF-16 or
// UTF-8 text; invalid when it has another form or no such day (2023-02-30), as Qt's parser.
template<typename Char>
std::optional<QDate> isoDate(const Char *text, qsizetype size)
{
    if (size != 10 || text[4] != Char('-') || text[7] != Char('-'))
        return std::nullopt;
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const auto c = text[i];
            if (c < Char('0') || c > Char('9'))
                return -1;
            n = n * 10 + int(c - Char('0'));
        }
        return n;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    return QDate(y, m, d);
}

inline QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    // Anything but the stored form through Qt's parser.
    if (const auto date = isoDate(text.utf16(), text.size()))
        return *date;
    return QDate::fromString(text, Qt::ISODate);
}

inline QVariant fromDateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODate))
                        : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.toLocalTime();
}

// A record id: 0 (not stored yet) binds NULL so SQLite assigns one; undo restores keep theirs.
inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

// Record ids as the list of an IN (...) term: numbers written by the program, never user text,
// so one statement reads the rows of many records (at most a few thousand ids at a time).
inline QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

// The runs of consecutive ids that `ids` (in any order, repeats allowed) make, in order.
struct IdRun
{
    qint64 first = 0;
    qint64 last = 0;
};
inline QList<IdRun> idRuns(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QList<IdRun> runs;
    for (const qint64 id : std::as_const(ids)) {
        if (!runs.isEmpty() && id <= runs.last().last + 1)
            runs.last().last = std::max(runs.last().last, id);
        else
            runs.append({id, id});
    }
    return runs;
}

inline QVariant fromOptional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

inline QVariant fromOptional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

template<typename Unit>
QVariant fromQuantity(const Quantity<Unit> &q)
{
    return q.isRecorded() ? QVariant(q.value()) : QVariant(QMetaType::fromType<double>());
}

inline std::optional<int> toOptionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

inline std::optional<qint64> toOptionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// A measurement field's value: a whole number binds as an integer, so that an integer column
// (PostgreSQL's hair_count) accepts it.
inline QVariant fromNumber(const std::optional<double> &v, bool wholeNumber)
{
    if (!v)
        return wholeNumber ? QVariant(QMetaType::fromType<qlonglong>())
                           : QVariant(QMetaType::fromType<double>());
    return wholeNumber ? QVariant(qRound64(*v)) : QVariant(*v);
}

inline std::optional<double> toOptionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

template<typename Q>
Q toQuantity(const QVariant &v)
{
    return v.isNull() ? Q::notRecorded() : Q(v.toDouble());
}

template<typename E>
E toEnum(const QVariant &v, E fallback)
{
    return fromKey<E>(v.toString()).value_or(fallback);
}

template<typename E>
QVariant fromEnum(const std::optional<E> &v)
{
    return v ? QVariant(toKey(*v)) : QVariant(QMetaType::fromType<QString>());
}

template<typename E>
std::optional<E> toOptionalEnum(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromKey<E>(v.toString());
}

} // namespace tricholog::sql
