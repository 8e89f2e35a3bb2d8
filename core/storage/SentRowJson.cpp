#include "core/storage/SentRowJson.h"

#include "core/storage/BatchInsert.h"
#include "core/storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <charconv>
#include <cmath>

namespace tricholog::integrity {

namespace {

LoggedColumn::Kind kindOf(const QString &type)
{
    if (type == QLatin1String("bigint") || type == QLatin1String("integer") ||
        type == QLatin1String("smallint"))
        return LoggedColumn::Kind::Integer;
    if (type == QLatin1String("double precision"))
        return LoggedColumn::Kind::Real;
    if (type == QLatin1String("text") || type == QLatin1String("character varying"))
        return LoggedColumn::Kind::Text;
    return LoggedColumn::Kind::Other;
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += kHex[uchar(c) >> 4];
            out += kHex[uchar(c) & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// The same from UTF-16: ASCII written as it goes, anything else through its UTF-8 (an import's
// text is mostly ASCII; the UTF-8 copy of each value cost an allocation).
void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'"' || u == u'\\') {
            out.truncate(start);
            appendJsonString(out, text.toUtf8());
            return;
        }
        out += char(u);
    }
    out += '"';
}

// A column's default as information_schema gives it: ''::text, 'x'::text, 0 (a negative number
// is written '-1'::integer, which is not read here: such a column is read back).
void readDefault(LoggedColumn &column, const QVariant &fallback, bool identity)
{
    static const QRegularExpression text(QStringLiteral("^'((?:[^']|'')*)'::text$"));
    static const QRegularExpression number(QStringLiteral("^-?[0-9]{1,15}$"));
    if (identity) {
        column.fallback = LoggedColumn::Default::Unknown;
        return;
    }
    if (fallback.isNull()) {
        column.fallback = LoggedColumn::Default::Null;
        return;
    }
    const QString sql = fallback.toString();
    column.fallback = LoggedColumn::Default::Constant;
    if (const auto m = text.match(sql); m.hasMatch() && column.kind == LoggedColumn::Kind::Text)
        appendJsonString(column.constant,
                         m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'")).toUtf8());
    else if (number.match(sql).hasMatch() && column.kind != LoggedColumn::Kind::Text &&
             column.kind != LoggedColumn::Kind::Other)
        column.constant = sql.toLatin1();
    else
        column.fallback = LoggedColumn::Default::Unknown;
}

bool isInteger(const QVariant &v)
{
    return v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong;
}

} // namespace

Result<QHash<QString, QList<LoggedColumn>>> loggedColumns(const Database &db,
                                                          const QStringList &tables)
{
    QStringList names;
    for (const QString &table : tables)
        names << QLatin1Char('\'') + table + QLatin1Char('\'');
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name, data_type, column_default, "
                               "is_identity = 'YES' OR is_generated <> 'NEVER' FROM "
                               "information_schema.columns WHERE table_schema = current_schema() "
                               "AND table_name IN (%1) ORDER BY table_name, ordinal_position")
                    .arg(names.join(u", "))))
        return Error::storage(Database::describe(q));
    QHash<QString, QList<LoggedColumn>> out;
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (name.endsWith(QLatin1String("_key")) || name == QLatin1String("password_hash"))
            continue;
        LoggedColumn column;
        column.name = name.toUtf8();
        column.kind = kindOf(q.value(2).toString());
        readDefault(column, q.value(3), q.value(4).toBool());
        out[q.value(0).toString()] << column;
    }
    if (auto read = sql::finished(q); !read)
        return read.error();
    return out;
}

SentRowJson::SentRowJson(const QList<LoggedColumn> &logged, const QString &recordId,
                         const QStringList &columns)
{
    m_idIndex = columns.indexOf(recordId);
    m_valid = m_idIndex >= 0 && !logged.isEmpty();
    for (const LoggedColumn &column : logged) {
        const qsizetype index = columns.indexOf(QString::fromUtf8(column.name));
        Member member{'"' + column.name + "\":", column.kind, index, {}};
        if (index < 0) {
            if (column.fallback == LoggedColumn::Default::Unknown)
                m_valid = false;
            if (column.fallback != LoggedColumn::Default::Constant)
                continue; // NULL: not in the JSON (canonicalJson drops null members)
            member.constant = column.constant;
        } else if (column.kind == LoggedColumn::Kind::Other) {
            m_valid = false;
        }
        m_members << member;
    }
}

bool SentRowJson::make(const QVariantList &values, qint64 &id, QByteArray &json) const
{
    if (!m_valid || values.size() <= m_idIndex || !isInteger(values.at(m_idIndex)))
        return false;
    id = values.at(m_idIndex).toLongLong();
    json.clear();
    json.reserve(512);
    json += '{';
    char number[32];
    for (const Member &m : m_members) {
        if (m.index >= values.size())
            return false;
        const QVariant *v = m.index >= 0 ? &values.at(m.index) : nullptr;
        if (v && isSqlNull(*v))
            continue;
        if (json.size() > 1)
            json += ',';
        json += m.key;
        if (!v) {
            json += m.constant;
            continue;
        }
        switch (m.kind) {
        case LoggedColumn::Kind::Integer:
            if (!isInteger(*v))
                return false;
            json.append(number, std::to_chars(number, number + sizeof number, v->toLongLong()).ptr -
                                    number);
            break;
        case LoggedColumn::Kind::Real: {
            if (!isInteger(*v) && v->typeId() != QMetaType::Double)
                return false;
            const double d = v->toDouble();
            if (!std::isfinite(d) || std::fabs(d) >= 1e14)
                return false;
            json.append(number, std::to_chars(number, number + sizeof number, d,
                                              std::chars_format::general, 15)
                                        .ptr -
                                    number);
            break;
        }
        case LoggedColumn::Kind::Text:
            if (v->typeId() != QMetaType::QString)
                return false;
            appendJsonString(json, QStringView(*static_cast<const QString *>(v->constData())));
            break;
        case LoggedColumn::Kind::Other:
            return false;
        }
    }
    json += '}';
    return true;
}

} // namespace tricholog::integrity
