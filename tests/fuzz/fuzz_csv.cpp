// libFuzzer target for outside data: the RFC 4180 reader and the per-kind row readers of the
// CSV import. Built with clang (-fsanitize=fuzzer,address) by tests/fuzz/CMakeLists.txt; the seed
// corpus is tests/fuzz/corpus/csv. tst_fuzz_csv runs it for a bounded time.
#include "core/io/Csv.h"
#include "core/io/CsvFormat.h"

#include <cstddef>
#include <cstdint>

using namespace tricholog;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto table = parseCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!table)
        return 0;
    for (const CsvRecord &record : table.value().records) {
        const csv::CellGetter cell = [&](const QString &column) {
            const int i = table.value().column(column);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i) : QString();
        };
        QList<csv::CellProblem> problems;
        const Patient p = csv::patientFrom(cell, problems);
        const Diagnosis d = csv::diagnosisFrom(cell, problems);
        const MicroneedlingSession s = csv::sessionFrom(cell, problems);
        const Measurement m = csv::measurementFrom(cell, problems);
        // What was read, written back in the export format, must read back.
        const QList<QPair<CsvKind, QStringList>> rows{
            {CsvKind::Patients, csv::patientRow(p)},
            {CsvKind::Diagnoses, csv::diagnosisRow(p.mrn, d)},
            {CsvKind::Sessions, csv::sessionRow(p.mrn, s)},
            {CsvKind::Measurements, csv::measurementRow(p.mrn, m)}};
        for (const auto &[kind, row] : rows) {
            CsvWriter writer(table.value().delimiter);
            writer.addRow(csv::columns(kind));
            writer.addRow(row);
            const auto back = parseCsv(writer.data());
            if (!back || back.value().records.size() != 1 ||
                back.value().records.first().fields != row)
                __builtin_trap(); // what we write, we must read back unchanged
        }
    }
    return 0;
}
