#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tricholog {

// The text Qt writes for a JSON document after reading it:
//   QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact)
// byte for byte (keys sorted, the last of a repeated key kept, one form for each number, "" when
// the text is not JSON), which is what the import digests and the audit checks hash a row by.
// A flat object of ASCII keys with null, true, false, numbers and strings without escapes (the
// JSON both engines write for a row) is rewritten here without building a QJsonObject, several
// times faster; anything else (nested values, escapes, non-ASCII keys, text that is not
// well-formed UTF-8, repeated keys, numbers outside JSON's grammar) goes through Qt itself.
//
// NullMembers::Drop leaves out the members whose value is null, in nested objects too, as
// SQLite's json_patch('{}', json) and PostgreSQL's jsonb_strip_nulls do first: the text is then
// the one Qt writes for the JSON without them.
enum class NullMembers
{
    Keep,
    Drop
};
QByteArray canonicalJson(QByteArrayView json, NullMembers nulls = NullMembers::Keep);

// The same through Qt alone: the reference the fast path is tested against.
QByteArray canonicalJsonByQt(QByteArrayView json, NullMembers nulls = NullMembers::Keep);

} // namespace tricholog
