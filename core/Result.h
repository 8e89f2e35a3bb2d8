#pragma once

#include "core/clinical/ValidationResult.h"

#include <QString>
#include <utility>
#include <variant>

namespace tricholog {

// Why an operation failed. Validation errors carry every problem found, not just the first.
struct Error
{
    enum class Kind
    {
        Validation,
        NotFound,
        Conflict,
        Storage,
        Permission
    };

    Kind kind = Kind::Storage;
    QString message;
    QList<ValidationIssue> issues;

    static Error validation(const ValidationResult &result)
    {
        return {Kind::Validation, result.summary(), result.issues()};
    }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message), {}}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message), {}}; }
    static Error permission(QString message) { return {Kind::Permission, std::move(message), {}}; }
};

// A value or the Error that prevented it (std::expected is C++23; this is the C++20 subset we use).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so `for (auto &x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace tricholog
