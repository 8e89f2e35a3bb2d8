#include "core/storage/PatientListQuery.h"

#include "core/model/Diagnosis.h"
#include "core/storage/Database.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SearchKey.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

// The list order; `x` is the alias that carries the patient's name and MRN keys and id.
QString orderBy(PatientSort sort, bool descending, const QString &x)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString id = x + QStringLiteral(".id");
    switch (sort) {
    case PatientSort::Mrn:
        return x + QStringLiteral(".mrn_key") + dir + QStringLiteral(", ") + id + dir;
    case PatientSort::Name: // the MRN is unique: the name index gives the whole order
        return x + QStringLiteral(".family_key") + dir + QStringLiteral(", ") + x +
               QStringLiteral(".given_key") + dir + QStringLiteral(", ") + x +
               QStringLiteral(".mrn_key") + dir;
    case PatientSort::Age: // ascending age is descending date of birth; unknown ages last
        return x + QStringLiteral(".date_of_birth IS NULL, ") + x +
               QStringLiteral(".date_of_birth") +
               (descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) +
               QStringLiteral(", ") + id;
    case PatientSort::Diagnosis:
        return QStringLiteral("s.diagnosis_sort IS NULL, s.diagnosis_sort") + dir +
               QStringLiteral(", ") + id;
    case PatientSort::Sessions:
        return QStringLiteral("s.sessions") + dir + QStringLiteral(", ") + id + dir;
    case PatientSort::LastVisit:
        return QStringLiteral("s.last_visit IS NULL, s.last_visit") + dir + QStringLiteral(", ") +
               id;
    case PatientSort::DensityChange: // unknown changes last, either direction
        return QStringLiteral("s.density_change IS NULL, s.density_change") + dir +
               QStringLiteral(", ") + id;
    }
    return id;
}

bool sortsBySummary(PatientSort sort)
{
    return sort == PatientSort::Diagnosis || sort == PatientSort::Sessions ||
           sort == PatientSort::LastVisit || sort == PatientSort::DensityChange;
}

PatientListRow readRow(const QSqlQuery &q, QDate today)
{
    PatientListRow row;
    row.id = q.value(0).toLongLong();
    row.mrn = q.value(1).toString();
    const QString family = q.value(2).toString();
    const QString given = q.value(3).toString();
    row.name = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
    row.dateOfBirth = sql::toDate(q.value(4));
    if (row.dateOfBirth.isValid() && today >= row.dateOfBirth) {
        int age = today.year() - row.dateOfBirth.year();
        if (today < row.dateOfBirth.addYears(age))
            --age;
        row.age = age;
    }
    row.archived = q.value(5).toBool();
    row.sessions = q.value(6).toInt();
    row.lastVisit = sql::toDate(q.value(7));
    if (!q.value(8).isNull())
        row.densityChangePercent = q.value(8).toDouble();
    if (!q.value(9).isNull()) {
        Diagnosis d;
        d.type = sql::toEnum(q.value(9), DiagnosisType::Other);
        d.icd10 = q.value(10).toString();
        d.scale = sql::toEnum(q.value(11), Scale::None);
        d.grade = q.value(12).toString();
        d.salt = {
            sql::toQuantity<Percentage>(q.value(13)), sql::toQuantity<Percentage>(q.value(14)),
            sql::toQuantity<Percentage>(q.value(15)), sql::toQuantity<Percentage>(q.value(16))};
        // Compact for the list: ICD-10 code and grade; the full label is the tooltip.
        row.diagnosis = d.icd10;
        row.diagnosisLabel = label(d.type);
        const QString severity = d.severityText();
        if (!severity.isEmpty())
            row.diagnosis += QStringLiteral(" · ") + severity;
    }
    return row;
}

} // namespace

PatientListQuery::PatientListQuery(Database &db, PatientListRequest request)
    : m_db(db)
    , m_request(std::move(request))
    , m_words(searchKey(m_request.text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
    , m_birthDate(searchDate(m_request.text, db.clock().today()))
{
    // A word that starts with a digit is part of an MRN ("00026" of DEMO-00026; no name starts
    // so): it is also looked for anywhere in the MRN. A word typed from the MRN's start
    // ("demo-000") keeps the index's prefix range, the fast path of every keystroke.
    m_mrnAnywhere =
        !m_birthDate.isValid() && m_words.size() == 1 && m_words.first().front().isDigit();
}

QString PatientListQuery::searchTerms(bool indexed) const
{
    // Prefix ranges on the folded keys: "mül" finds Müller (key "muller"). Unless `indexed`, the
    // dialect keeps the engine from reading a term through its index (SQLite's unary +), so the
    // plan is the one chosen here.
    if (m_birthDate.isValid())
        return QStringLiteral(" AND m.date_of_birth = :dob");
    auto key = [&](const char *column) {
        const QString c = QStringLiteral("m.") + QLatin1String(column);
        return indexed ? c : m_db.dialect().unindexed(c);
    };
    return QStringLiteral(" AND ((%1 >= :lo AND %1 < :hi) OR (%2 >= :lo AND %2 < :hi) OR "
                          "(%3 >= :lo AND %3 < :hi)%4)")
               .arg(key("mrn_key"), key("family_key"), key("given_key"),
                    m_mrnAnywhere ? QStringLiteral(" OR m.mrn_key LIKE :anywhere ESCAPE '!'")
                                  : QString()) +
           otherWordTerms();
}

QString PatientListQuery::archivedTerm() const
{
    // The archived flag is in the search-key indexes: checked there, never the way in.
    return m_request.includeArchived
               ? QString()
               : QStringLiteral(" AND ") + m_db.dialect().unindexed(QStringLiteral("m.archived")) +
                     QStringLiteral(" = 0");
}

QString PatientListQuery::otherWordTerms() const
{
    // "jonas mu": every further word must start one of the keys too.
    QString terms;
    if (m_birthDate.isValid())
        return terms;
    for (qsizetype i = 1; i < m_words.size(); ++i)
        terms +=
            QStringLiteral(" AND (substr(m.family_key, 1, length(CAST(:w%1 AS TEXT))) = :w%1 OR "
                           "substr(m.given_key, 1, length(CAST(:w%1 AS TEXT))) = :w%1 OR "
                           "substr(m.mrn_key, 1, length(CAST(:w%1 AS TEXT))) = :w%1)")
                .arg(i);
    return terms;
}

QString PatientListQuery::idsSql(const QString &limit, Plan plan) const
{
    const PatientSort sort = m_request.sort;
    const QString archived = archivedTerm();
    const QString summaryJoin =
        sortsBySummary(sort) ? QStringLiteral(" JOIN patient_summary s ON s.patient_id = m.id")
                             : QString();
    const QString order =
        QStringLiteral(" ORDER BY ") + orderBy(sort, m_request.descending, QStringLiteral("m"));
    if (plan == Plan::ListOrder) {
        // The whole list, or a search whose matches are everywhere in the list: the list
        // order's index read in order (the name keys and the archived flag are in it),
        // stopping after the page.
        return QStringLiteral("SELECT m.id FROM patient m") + summaryJoin +
               QStringLiteral(" WHERE TRUE") + archived +
               (m_words.isEmpty() ? QString() : searchTerms(false)) + order + limit;
    }
    // Each key's range read from its own index, then only these patients sorted. When the
    // family names alone match many (in name order: "mu" for Müller), that range is read in
    // list order and only as far as the page reaches.
    const QString narrow = otherWordTerms();
    const QString columns =
        sort == PatientSort::Age
            ? QStringLiteral("m.id, m.family_key, m.given_key, m.mrn_key, m.date_of_birth")
            : QStringLiteral("m.id, m.family_key, m.given_key, m.mrn_key");
    QStringList branches;
    if (m_birthDate.isValid())
        return QStringLiteral("SELECT m.id FROM (SELECT %1 FROM patient m WHERE "
                              "m.date_of_birth = :dob%2) m")
                   .arg(columns, archived) +
               summaryJoin + order + limit;
    if (m_mrnAnywhere) // the range branches below find MRNs by their start only
        branches << QStringLiteral("SELECT %1 FROM patient m WHERE m.mrn_key LIKE :anywhere "
                                   "ESCAPE '!'")
                            .arg(columns) +
                        archived;
    for (const char *key : {"family_key", "given_key", "mrn_key"}) {
        QString branch = QStringLiteral("SELECT %1 FROM patient m WHERE m.%2 >= :lo AND m.%2 < :hi")
                             .arg(columns, QLatin1String(key)) +
                         archived + narrow;
        if (plan == Plan::FamilyRangeInOrder && qstrcmp(key, "family_key") == 0)
            branch = QStringLiteral("SELECT * FROM (") + branch + order +
                     QStringLiteral(" LIMIT :top) f");
        branches << branch;
    }
    return QStringLiteral("SELECT m.id FROM (") + branches.join(QStringLiteral(" UNION ")) +
           QStringLiteral(") m") + summaryJoin + order + limit;
}

PatientListQuery::Plan PatientListQuery::plan() const
{
    if (m_words.isEmpty())
        return Plan::ListOrder;
    if (m_plan)
        return *m_plan;
    const auto total = count(m_manyAt);
    if (total && total.value() < m_manyAt) {
        m_plan = Plan::SortMatches;
    } else if (m_request.sort != PatientSort::Name || m_birthDate.isValid() || m_mrnAnywhere) {
        m_plan = Plan::ListOrder;
    } else {
        // Many matches in name order: if only the family names match many, their range is
        // already in name order; otherwise the matches are spread through the list.
        const QString archived = archivedTerm();
        auto branchCount = [&](const char *key) {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient m WHERE "
                                     "m.%1 >= :lo AND m.%1 < :hi")
                          .arg(QLatin1String(key)) +
                      archived + otherWordTerms() + QStringLiteral(" LIMIT %1) x").arg(m_manyAt));
            bind(q);
            return q.exec() && q.next() ? q.value(0).toInt() : m_manyAt;
        };
        m_plan = branchCount("given_key") < m_manyAt && branchCount("mrn_key") < m_manyAt
                     ? Plan::FamilyRangeInOrder
                     : Plan::ListOrder;
    }
    return *m_plan;
}

QString PatientListQuery::pageSql() const
{
    // The page's ids first (narrow rows), then their lines with the joins.
    return QStringLiteral(
               "SELECT p.id, p.mrn, p.family_name, p.given_name, p.date_of_birth, p.archived, "
               "s.sessions, s.last_visit, s.density_change, d.type, d.icd10, d.scale, d.grade, "
               "d.salt_vertex, d.salt_posterior, d.salt_right, d.salt_left, s.stale FROM (") +
           idsSql(QStringLiteral(" LIMIT :limit OFFSET :offset"), plan()) +
           QStringLiteral(") page JOIN patient p ON p.id = page.id "
                          "JOIN patient_summary s ON s.patient_id = p.id "
                          "LEFT JOIN diagnosis d ON d.id = s.main_diagnosis_id ORDER BY ") +
           orderBy(m_request.sort, m_request.descending, QStringLiteral("p"));
}

void PatientListQuery::bind(QSqlQuery &q) const
{
    if (m_birthDate.isValid()) {
        q.bindValue(QStringLiteral(":dob"), m_birthDate.toString(Qt::ISODate));
        return;
    }
    if (m_mrnAnywhere) {
        QString escaped = m_words.first();
        escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
            .replace(QLatin1Char('%'), QStringLiteral("!%"))
            .replace(QLatin1Char('_'), QStringLiteral("!_"));
        q.bindValue(QStringLiteral(":anywhere"),
                    QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    }
    if (!m_words.isEmpty()) {
        q.bindValue(QStringLiteral(":lo"), m_words.first());
        q.bindValue(QStringLiteral(":hi"), prefixUpperBound(m_words.first()));
    }
    for (qsizetype i = 1; i < m_words.size(); ++i)
        q.bindValue(QStringLiteral(":w%1").arg(i), m_words.at(i));
}

Result<QList<PatientListRow>> PatientListQuery::page(int offset, int limit) const
{
    // Figures the order depends on are brought up to date before reading. Otherwise only the
    // page's own stale rows are, after reading it, and the page is read again: with eight
    // workstations saving on a server, a keystroke that computed every patient's stale figures
    // took 20 ms at the 95th percentile, one that computes its page's 14-15 ms.
    const bool current = m_db.readOnly();
    if (!current && sortsBySummary(m_request.sort))
        if (auto refreshed = patientsummary::refreshStale(m_db); !refreshed)
            return refreshed.error();
    QList<qint64> stale;
    auto rows = readPage(offset, limit, current ? nullptr : &stale);
    if (!rows || stale.isEmpty())
        return rows;
    if (auto refreshed = patientsummary::refreshPatients(m_db, stale); !refreshed)
        return refreshed.error();
    return readPage(offset, limit, nullptr);
}

Result<QList<PatientListRow>> PatientListQuery::readPage(int offset, int limit,
                                                         QList<qint64> *stale) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(pageSql());
    bind(q);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (plan() == Plan::FamilyRangeInOrder)
        q.bindValue(QStringLiteral(":top"), qint64(offset) + limit);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    const QDate today = m_db.clock().today();
    QList<PatientListRow> rows;
    rows.reserve(std::min(limit, 1024));
    while (q.next()) {
        rows.append(readRow(q, today));
        if (stale && q.value(17).toInt() != 0)
            *stale << rows.last().id;
    }
    if (auto read = sql::finished(q); !read)
        return read.error();
    return rows;
}

Result<int> PatientListQuery::count(int cap) const
{
    if (const auto known = m_counted.constFind(cap); known != m_counted.cend())
        return known.value(); // the model and the plan ask the same
    auto counted = countUpTo(cap);
    if (counted)
        m_counted.insert(cap, counted.value());
    return counted;
}

Result<int> PatientListQuery::countUpTo(int cap) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (m_words.isEmpty()) {
        // The whole list: counted on a narrow index that holds the archived flag.
        q.prepare(QStringLiteral("SELECT count(*) FROM patient") +
                  (m_request.includeArchived ? QString() : QStringLiteral(" WHERE archived = 0")));
    } else {
        // Each matching patient once (SQLite's OR over the three key indexes streams its rows,
        // so the cap stops it early).
        const QString limit = cap < std::numeric_limits<int>::max()
                                  ? QStringLiteral(" LIMIT %1").arg(cap)
                                  : QString();
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient m WHERE TRUE") +
                  archivedTerm() + searchTerms(true) + limit + QStringLiteral(") x"));
        bind(q);
    }
    if (!q.exec() || !q.next())
        return Error::storage(Database::describe(q));
    return std::min(cap, q.value(0).toInt());
}

Result<QList<PatientListRow>> queryPatientList(Database &db, const PatientListRequest &request)
{
    return PatientListQuery(db, request).page(0, std::numeric_limits<int>::max());
}

} // namespace tricholog
