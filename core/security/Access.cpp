#include "core/security/Access.h"

#include <QCoreApplication>

namespace tricholog {

QString toKey(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Administrator, Role::Clinician, Role::Assistant})
        if (toKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Access", "Administrator");
    case Role::Clinician:
        return QCoreApplication::translate("Access", "Clinician");
    case Role::Assistant:
        return QCoreApplication::translate("Access", "Assistant");
    }
    return {};
}

bool allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Clinician:
        return permission != Permission::ManageUsers && permission != Permission::Restore;
    case Role::Assistant:
        return permission == Permission::EditSessions ||
               permission == Permission::EditMeasurements || permission == Permission::EditPhotos;
    }
    return false;
}

} // namespace tricholog
