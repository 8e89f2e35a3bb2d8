#pragma once

#include "ui/commands/DatabaseCommand.h"
#include "ui/commands/RecordTraits.h"

#include <QList>

namespace tricholog {

// Adds a record; undo removes it; redo stores it again under the same id, so later commands
// that refer to it stay valid.
template<typename T>
class AddRecordCommand : public DatabaseCommand
{
public:
    AddRecordCommand(Database &db, ChangeNotifier &notifier, T record)
        : DatabaseCommand(
              db, notifier,
              QCoreApplication::translate("Commands", "Add %1").arg(RecordTraits<T>::noun()))
        , m_record(std::move(record))
    {}
    const T &record() const { return m_record; }

protected:
    Result<void> apply() override
    {
        auto r = RecordTraits<T>::add(m_db, m_record);
        if (!r)
            return r.error();
        RecordTraits<T>::notify(m_notifier, RecordTraits<T>::patientOf(m_record));
        return {};
    }
    Result<void> revert() override
    {
        auto r = RecordTraits<T>::remove(m_db, m_record.id);
        if (r)
            RecordTraits<T>::notify(m_notifier, RecordTraits<T>::patientOf(m_record));
        return r;
    }

private:
    T m_record;
};

// Replaces a record with an edited copy; undo writes the previous version back.
template<typename T>
class EditRecordCommand : public DatabaseCommand
{
public:
    EditRecordCommand(Database &db, ChangeNotifier &notifier, T before, T after, QString text = {})
        : DatabaseCommand(
              db, notifier,
              text.isEmpty()
                  ? QCoreApplication::translate("Commands", "Edit %1").arg(RecordTraits<T>::noun())
                  : text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    // Each write expects the version this command last saw: its own previous write, or the
    // version the edit started from. A save from another workstation in between is refused.
    Result<void> write(T record)
    {
        record.rowVersion.value = m_version;
        auto r = RecordTraits<T>::update(m_db, record);
        if (r) {
            if (m_version > 0)
                ++m_version;
            RecordTraits<T>::notify(m_notifier, RecordTraits<T>::patientOf(record));
        }
        return r;
    }
    T m_before;
    T m_after;
    int m_version = m_before.rowVersion.value;
};

// Removes a record; undo restores it under its id.
template<typename T>
class RemoveRecordCommand : public DatabaseCommand
{
public:
    RemoveRecordCommand(Database &db, ChangeNotifier &notifier, T record)
        : DatabaseCommand(
              db, notifier,
              QCoreApplication::translate("Commands", "Delete %1").arg(RecordTraits<T>::noun()))
        , m_record(std::move(record))
    {}

protected:
    Result<void> apply() override
    {
        auto r = RecordTraits<T>::remove(m_db, m_record.id);
        if (r)
            RecordTraits<T>::notify(m_notifier, RecordTraits<T>::patientOf(m_record));
        return r;
    }
    Result<void> revert() override
    {
        T copy = m_record;
        auto r = RecordTraits<T>::add(m_db, copy);
        if (!r)
            return r.error();
        RecordTraits<T>::notify(m_notifier, RecordTraits<T>::patientOf(m_record));
        return {};
    }

    T m_record;
};

} // namespace tricholog
