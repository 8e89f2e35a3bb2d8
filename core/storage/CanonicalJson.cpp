#include "core/storage/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

namespace tricholog {

namespace {

// One member of a flat object as read: the key's text and the value's, without quotes for
// neither (a string value keeps its quotes, so that it is copied as it stands).
struct Member
{
    std::string_view key;
    std::string_view value;
    bool number = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Steps over one well-formed UTF-8 sequence at p (its first byte 0x80 or above): no overlong
// form, no surrogate, nothing past U+10FFFF. Qt reads such a character and writes the same bytes
// back; anything else is left to Qt.
bool skipUtf8(const char *&p, const char *end)
{
    const auto lead = static_cast<unsigned char>(*p);
    int extra = 0;
    char32_t cp = 0;
    char32_t least = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        extra = 1, cp = lead & 0x1fu, least = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        extra = 2, cp = lead & 0x0fu, least = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        extra = 3, cp = lead & 0x07u, least = 0x10000;
    } else {
        return false;
    }
    if (end - p <= extra)
        return false;
    for (int i = 1; i <= extra; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        if ((b & 0xc0u) != 0x80u)
            return false;
        cp = (cp << 6) | (b & 0x3fu);
    }
    if (cp < least || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return false;
    p += extra + 1;
    return true;
}

// A string at p (its opening quote) that Qt would write back unchanged: no escape, no control
// character, well-formed UTF-8 (ASCII only when `asciiOnly`). Returns it with its quotes.
std::optional<std::string_view> plainString(const char *&p, const char *end, bool asciiOnly)
{
    const char *start = p++;
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            ++p;
            return std::string_view(start, std::size_t(p - start));
        }
        if (c < 0x20 || c == '\\')
            return std::nullopt;
        if (c < 0x80)
            ++p;
        else if (asciiOnly || !skipUtf8(p, end))
            return std::nullopt;
    }
    return std::nullopt;
}

// A number in JSON's grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
std::optional<std::string_view> numberToken(const char *&p, const char *end)
{
    const char *start = p;
    auto digits = [&] {
        const char *from = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p - from;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (digits() == 0)
        return std::nullopt;
    if (p < end && *p == '.') {
        ++p;
        if (digits() == 0)
            return std::nullopt;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (digits() == 0)
            return std::nullopt;
    }
    return std::string_view(start, std::size_t(p - start));
}

// How Qt writes a number it read: an integer when the text is one that fits in 64 bits, or
// when its value is a whole number that fits; otherwise the shortest text of the double. Empty
// when Qt would refuse it (out of a double's range).
QByteArray numberText(std::string_view token)
{
    const QByteArray text = QByteArray::fromRawData(token.data(), qsizetype(token.size()));
    bool ok = false;
    if (token.find_first_of(".eE") == std::string_view::npos) {
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return QByteArray::number(n);
    }
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return {};
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

// Reads a flat object's members; false for anything the fast path does not take.
bool readMembers(const char *p, const char *end, QVarLengthArray<Member, 48> &members)
{
    auto skipSpace = [&] {
        while (p < end && isSpace(*p))
            ++p;
    };
    skipSpace();
    if (p == end || *p != '{')
        return false;
    ++p;
    skipSpace();
    bool first = true;
    while (true) {
        if (p == end)
            return false;
        if (*p == '}' && first) {
            ++p;
            break;
        }
        Member m;
        if (*p != '"')
            return false;
        const auto key = plainString(p, end, true);
        if (!key)
            return false;
        m.key = key->substr(1, key->size() - 2);
        skipSpace();
        if (p == end || *p != ':')
            return false;
        ++p;
        skipSpace();
        if (p == end)
            return false;
        const std::string_view rest(p, std::size_t(end - p));
        std::optional<std::string_view> value;
        if (*p == '"') {
            value = plainString(p, end, false);
        } else if (rest.starts_with("null") || rest.starts_with("true")) {
            value = rest.substr(0, 4), p += 4;
        } else if (rest.starts_with("false")) {
            value = rest.substr(0, 5), p += 5;
        } else {
            value = numberToken(p, end);
            m.number = true;
        }
        if (!value)
            return false;
        m.value = *value;
        members.append(m);
        first = false;
        skipSpace();
        if (p == end)
            return false;
        if (*p == '}') {
            ++p;
            break;
        }
        if (*p != ',')
            return false;
        ++p;
        skipSpace();
    }
    skipSpace();
    return p == end;
}

// The object without its null members, in nested objects too (arrays are values, kept whole).
QJsonObject withoutNulls(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (it->isNull()) {
            it = object.erase(it);
            continue;
        }
        if (it->isObject())
            *it = withoutNulls(it->toObject());
        ++it;
    }
    return object;
}

} // namespace

QByteArray canonicalJsonByQt(QByteArrayView json, NullMembers nulls)
{
    QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()));
    if (nulls == NullMembers::Drop && document.isObject())
        document.setObject(withoutNulls(document.object()));
    return document.toJson(QJsonDocument::Compact);
}

QByteArray canonicalJson(QByteArrayView json, NullMembers nulls)
{
    QVarLengthArray<Member, 48> members;
    if (!readMembers(json.data(), json.data() + json.size(), members))
        return canonicalJsonByQt(json, nulls);
    // Keys in Qt's order (UTF-16 code units, which for ASCII is the bytes' order); a repeated
    // key is left to Qt.
    std::sort(members.begin(), members.end(),
              [](const Member &a, const Member &b) { return a.key < b.key; });
    for (qsizetype i = 1; i < members.size(); ++i)
        if (members.at(i).key == members.at(i - 1).key)
            return canonicalJsonByQt(json, nulls);
    if (nulls == NullMembers::Drop)
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [](const Member &m) { return m.value == "null"; }),
                      members.end());
    QByteArray out;
    out.reserve(json.size() + 2);
    out += '{';
    for (const Member &m : std::as_const(members)) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out.append(m.key.data(), qsizetype(m.key.size()));
        out += "\":";
        if (!m.number) {
            out.append(m.value.data(), qsizetype(m.value.size()));
            continue;
        }
        // An integer of up to 18 digits is already as Qt writes it (its grammar has no leading
        // zeros), save "-0".
        if (m.value.size() <= 18 && m.value != "-0" &&
            m.value.find_first_of(".eE") == std::string_view::npos) {
            out.append(m.value.data(), qsizetype(m.value.size()));
            continue;
        }
        const QByteArray number = numberText(m.value);
        if (number.isEmpty())
            return canonicalJsonByQt(json, nulls);
        out += number;
    }
    out += '}';
    return out;
}

} // namespace tricholog
