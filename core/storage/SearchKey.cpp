#include "SearchKey.h"

namespace tricholog {

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case u'\'':
        case u'\u2019': // right single quotation mark, as in O’Brien
        case u'`':
            continue;
        case u'\u00f8': // ø
            key += u'o';
            continue;
        case u'\u0142': // ł
            key += u'l';
            continue;
        case u'\u0111': // đ
            key += u'd';
            continue;
        case u'\u00df': // ß (simple case folding keeps it)
            key += QStringLiteral("ss");
            continue;
        case u'\u00e6': // æ
            key += QStringLiteral("ae");
            continue;
        case u'\u0153': // œ
            key += QStringLiteral("oe");
            continue;
        default:
            key += c;
        }
    }
    return key.simplified();
}

QString prefixUpperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace tricholog
