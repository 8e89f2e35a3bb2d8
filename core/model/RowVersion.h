#pragma once

namespace tricholog {

// The version of a stored row, for lost-update checks: an update names the version it was made
// from and is refused when another workstation saved in between. It is bookkeeping, not
// content: records compare equal whatever their versions. 0 means "not checked".
struct RowVersion
{
    int value = 0;
    friend bool operator==(const RowVersion &, const RowVersion &) { return true; }
};

} // namespace tricholog
