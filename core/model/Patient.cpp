#include "core/model/Patient.h"

namespace tricholog {

QString Patient::displayName() const
{
    if (givenName.isEmpty())
        return familyName;
    return familyName + QStringLiteral(", ") + givenName;
}

std::optional<int> Patient::ageOn(QDate day) const
{
    if (!dateOfBirth.isValid() || !day.isValid() || day < dateOfBirth)
        return std::nullopt;
    int age = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() ||
        (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

QString fitzpatrickRoman(int type)
{
    static const char *const numerals[] = {"I", "II", "III", "IV", "V", "VI"};
    if (type < 1 || type > 6)
        return {};
    return QString::fromLatin1(numerals[type - 1]);
}

} // namespace tricholog
