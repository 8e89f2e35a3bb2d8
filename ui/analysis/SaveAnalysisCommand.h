#pragma once

#include "core/model/Measurement.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "ui/commands/DatabaseCommand.h"

#include <optional>

namespace tricholog {

// Saves an image analysis with its measurement. Undo of a first save deletes both (the analysis
// first), and redo puts them back under the same ids (later commands name them); undo of a later
// save writes the previous hairs, edits and figures back.
class SaveAnalysisCommand : public DatabaseCommand
{
public:
    SaveAnalysisCommand(Database &db, ChangeNotifier &notifier, ImageAnalysisRecord record,
                        Measurement measurement);
    const ImageAnalysisRecord &record() const { return m_after; }
    const Measurement &measurement() const { return m_afterMeasurement; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ImageAnalysisRecord m_after;
    Measurement m_afterMeasurement;
    // What was saved before (a later save); empty for a first save.
    std::optional<ImageAnalysisRecord> m_before;
    std::optional<Measurement> m_beforeMeasurement;
    bool m_undone = false; // a first save undone: redo puts both rows back under their ids
};

} // namespace tricholog
