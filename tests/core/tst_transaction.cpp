// Transaction and its savepoints (issue 19, item 6): an inner Transaction is a savepoint, so a
// repository's write can be undone alone or as part of a larger all-or-nothing write.
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tricholog;

namespace {

bool put(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')"));
    q.addBindValue(key);
    return q.exec();
}

bool has(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void commitKeepsAndDestructorRollsBack()
    {
        test::TempDatabase t;
        {
            Transaction tx(*t);
            QVERIFY(tx.isActive());
            QCOMPARE(t.db->transactionDepth(), 1);
            QVERIFY(put(*t, QStringLiteral("kept")));
            QVERIFY(tx.commit());
        }
        {
            Transaction tx(*t);
            QVERIFY(put(*t, QStringLiteral("dropped")));
        } // no commit: rolled back
        QCOMPARE(t.db->transactionDepth(), 0);
        QVERIFY(has(*t, QStringLiteral("kept")));
        QVERIFY(!has(*t, QStringLiteral("dropped")));
    }

    void innerRollbackUndoesOnlyTheSavepoint()
    {
        test::TempDatabase t;
        Transaction outer(*t);
        QVERIFY(put(*t, QStringLiteral("outer")));
        {
            Transaction inner(*t);
            QVERIFY(inner.isActive());
            QCOMPARE(t.db->transactionDepth(), 2);
            QVERIFY(put(*t, QStringLiteral("inner")));
            inner.rollback();
        }
        QCOMPARE(t.db->transactionDepth(), 1);
        QVERIFY(has(*t, QStringLiteral("outer")));
        QVERIFY(!has(*t, QStringLiteral("inner")));
        QVERIFY(outer.commit());
        QVERIFY(has(*t, QStringLiteral("outer")));
        QVERIFY(!has(*t, QStringLiteral("inner")));
    }

    void outerRollbackUndoesACommittedSavepoint()
    {
        test::TempDatabase t;
        {
            Transaction outer(*t);
            {
                Transaction inner(*t);
                QVERIFY(put(*t, QStringLiteral("inner")));
                QVERIFY(inner.commit()); // released into the outer transaction only
            }
            QVERIFY(has(*t, QStringLiteral("inner")));
            outer.rollback();
        }
        QCOMPARE(t.db->transactionDepth(), 0);
        QVERIFY(!has(*t, QStringLiteral("inner")));
    }

    void threeLevelsEachUndoneAlone()
    {
        test::TempDatabase t;
        Transaction a(*t);
        QVERIFY(put(*t, QStringLiteral("a")));
        {
            Transaction b(*t);
            QVERIFY(put(*t, QStringLiteral("b")));
            {
                Transaction c(*t);
                QCOMPARE(t.db->transactionDepth(), 3);
                QVERIFY(put(*t, QStringLiteral("c")));
            } // c rolled back
            QVERIFY(b.commit());
        }
        QVERIFY(a.commit());
        QVERIFY(has(*t, QStringLiteral("a")));
        QVERIFY(has(*t, QStringLiteral("b")));
        QVERIFY(!has(*t, QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
