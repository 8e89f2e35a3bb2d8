#pragma once

#include <QString>

namespace tricholog {

// An entry field that can hold text it cannot turn into a value ("15" for a needle length of at
// most 3 mm, "14/13/1978" for a date): it keeps what was typed and says what is wrong with it.
// EntryDialog asks every such field before saving, and again whenever a field changes.
class CheckedInput
{
public:
    virtual ~CheckedInput() = default;
    // Empty when the text is a valid value or empty; otherwise a sentence naming the text typed
    // and what is allowed.
    virtual QString inputProblem() const = 0;
    // The allowed values in words ("0.10–3.00 mm"), for the error's "allowed" part.
    virtual QString allowedText() const = 0;
};

} // namespace tricholog
