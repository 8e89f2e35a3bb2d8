#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tricholog {

class Database;

namespace integrity {

// A column the trail logs (not a search key, not a secret) as the server has it: how the
// import digest's JSON writes its value, and what a row gets when an INSERT leaves it out.
struct LoggedColumn
{
    enum class Kind
    {
        Integer, // bigint, integer, smallint: the number
        Real,    // double precision: as numeric, 15 significant digits
        Text,    // text, varchar: the string
        Other    // anything else: not made here
    };
    enum class Default
    {
        Null,     // no default
        Constant, // a number or a string
        Unknown   // an identity, a function, a sequence
    };
    QByteArray name;
    Kind kind = Kind::Other;
    Default fallback = Default::Unknown;
    QByteArray constant; // the default's JSON when Constant
};

// The logged columns of each of `tables` on the server, in the tables' order (one query).
Result<QHash<QString, QList<LoggedColumn>>> loggedColumns(const Database &db,
                                                          const QStringList &tables);

// The JSON of a row the server's import digest reads back (rowJson: json_build_object over
// the logged columns, float8 as numeric) made instead from the values an INSERT sends: after
// canonicalJson both give the same text. Only where that is certain: every logged column is sent
// or has a constant default (not an identity column), and each value sent is of its column's
// kind (a number for an integer or a double column, a string for a text column, or NULL); the
// row is read back otherwise. A BEFORE trigger that filled a column would be missed: the
// server's only one (the id trigger) fills the id when it is not sent, and a row without its id
// is read back.
//
// A double as the server gives it: float8 to numeric rounds to 15 significant digits as
// printf's %.15g does (PostgreSQL formats it with the C library), which std::to_chars's general
// form with precision 15 gives exactly; canonicalJson then reads both as the same double. Not
// from 1e14 up: what rounds to 1e15 or more %.15g writes with an exponent, which canonicalJson
// reads as a double, where numeric's plain integer is read as an integer (such a row is read
// back; no measurement comes near).
class SentRowJson
{
public:
    // For rows of a table with `logged` columns sent as `columns`, known by `recordId`.
    SentRowJson(const QList<LoggedColumn> &logged, const QString &recordId,
                const QStringList &columns);
    // Whether rows sent so can be made here at all.
    bool valid() const { return m_valid; }
    // The row's record id and its JSON (a flat object, compact); false when a value is not of
    // its column's kind (or the id is not a number).
    bool make(const QVariantList &values, qint64 &id, QByteArray &json) const;

private:
    struct Member
    {
        QByteArray key; // "\"name\":"
        LoggedColumn::Kind kind;
        qsizetype index; // in the values sent; -1 for a constant
        QByteArray constant;
    };
    QList<Member> m_members;
    qsizetype m_idIndex = -1;
    bool m_valid = false;
};

} // namespace integrity
} // namespace tricholog
