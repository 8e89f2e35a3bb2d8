// RFC 4180 reading and writing: the cases a clinic's spreadsheet export produces.
#include "core/io/Csv.h"
#include "core/io/CsvFormat.h"

#include <QBuffer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace tricholog;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    // parseNumber reads a cell as QLocale::c().toDouble does, bit for bit (its own exact path for
    // plain decimals included), and refuses what is not a finite number.
    void numbersReadAsQLocaleReadsThem()
    {
        const QLocale c = QLocale::c();
        auto sameAsQLocale = [&](const QString &text) {
            bool ok = false;
            const double expected = c.toDouble(text, &ok);
            const std::optional<double> got = csv::parseNumber(text);
            if (!ok || !std::isfinite(expected) || text.contains(QLatin1Char(',')))
                return !got.has_value();
            return got.has_value() &&
                   std::memcmp(&*got, &expected, sizeof expected) == 0; // -0.0 too
        };
        for (const char *text : {"0",
                                 "-0",
                                 "-0.0",
                                 "0.1",
                                 "145.6",
                                 "63.30",
                                 "999999999999999",
                                 "1000000000000000",
                                 "0.000000000000001",
                                 "123456789.012345",
                                 "1234567890123456",
                                 "12345678901234.56",
                                 "9007199254740993",
                                 "0.30000000000000004",
                                 "007.5",
                                 "00",
                                 "1.",
                                 ".5",
                                 "-.5",
                                 "+1.5",
                                 " 1.5",
                                 "1.5 ",
                                 "1e3",
                                 "1.5e-3",
                                 "1E+2",
                                 "inf",
                                 "-inf",
                                 "nan",
                                 "1,5",
                                 "1,000.5",
                                 "",
                                 "-",
                                 ".",
                                 "1..5",
                                 "1.5.",
                                 "0x10",
                                 "1_000",
                                 "\u0661"})
            QVERIFY2(sameAsQLocale(QString::fromUtf8(text)), text);
        QVERIFY(!csv::parseNumber(u"nan").has_value());
        QCOMPARE(*csv::parseNumber(u"145.6"), 145.6);
        // Random decimals of every length and scale, with and without a sign and trailing zeros.
        QRandomGenerator r(4122026);
        for (int i = 0; i < 200000; ++i) {
            QString text = r.bounded(4) == 0 ? QStringLiteral("-") : QString();
            const int whole = r.bounded(18), decimals = r.bounded(18);
            text += whole == 0 ? QStringLiteral("0") : QString::number(1 + r.bounded(9));
            for (int d = 1; d < whole; ++d)
                text += QChar(u'0' + r.bounded(10));
            if (decimals > 0 || r.bounded(8) == 0)
                text += QLatin1Char('.');
            for (int d = 0; d < decimals; ++d)
                text += QChar(u'0' + r.bounded(10));
            QVERIFY2(sameAsQLocale(text), qPrintable(text));
        }
    }

    void quotedDelimitersDoubledQuotesAndNewlines()
    {
        const QByteArray data = "mrn,notes,family_name\r\n"
                                "A-1,\"calm, no redness\",O'Brien\r\n"
                                "A-2,\"said \"\"much better\"\"\",Smith\r\n"
                                "A-3,\"line one\r\nline two\",\"Ngu,yen\"\r\n"
                                "A-4,,\"\"\r\n";
        const auto table = parseCsv(data);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(table.value().delimiter, QLatin1Char(','));
        QCOMPARE(table.value().header, (QStringList{QStringLiteral("mrn"), QStringLiteral("notes"),
                                                    QStringLiteral("family_name")}));
        const auto &r = table.value().records;
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].fields[1], QStringLiteral("calm, no redness"));
        QCOMPARE(r[0].fields[2], QStringLiteral("O'Brien"));
        QCOMPARE(r[1].fields[1], QStringLiteral("said \"much better\""));
        QCOMPARE(r[2].fields[1], QStringLiteral("line one\r\nline two"));
        QCOMPARE(r[2].fields[2], QStringLiteral("Ngu,yen"));
        QCOMPARE(r[3].fields, (QStringList{QStringLiteral("A-4"), QString(), QString()}));
        // Line numbers count physical lines: the record after the embedded newline is on line 6.
        QCOMPARE(r[0].line, 2);
        QCOMPARE(r[2].line, 4);
        QCOMPARE(r[3].line, 6);
    }

    void bomSemicolonLfAndBlankLines()
    {
        const QByteArray data = "\xEF\xBB\xBFmrn;density_per_cm2\n\nX-1;150.5\nX-2;\"1;2\"\n\n";
        const auto table = parseCsv(data);
        QVERIFY(table.ok());
        QCOMPARE(table.value().delimiter, QLatin1Char(';'));
        QCOMPARE(table.value().header.first(), QStringLiteral("mrn")); // no BOM left in it
        QCOMPARE(table.value().records.size(), 2);
        QCOMPARE(table.value().records[0].line, 3);
        QCOMPARE(table.value().records[1].fields[1], QStringLiteral("1;2"));
        QCOMPARE(table.value().column(QStringLiteral("density_per_cm2")), 1);
        QCOMPARE(table.value().column(QStringLiteral("nope")), -1);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unbalanced quote")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << 3 << QStringLiteral("never closed");
        QTest::newRow("text after quote")
            << QByteArray("a,b\n1,\"x\"y\n") << 2 << QStringLiteral("after a closing quote");
        QTest::newRow("quote inside field")
            << QByteArray("a,b\n1,x\"y\n") << 2 << QStringLiteral("quote inside an unquoted field");
        QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n1,2,3\n") << 3
                                         << QStringLiteral("has 3 field(s) but the header has 2");
        QTest::newRow("too few fields")
            << QByteArray("a,b,c\r\n1,2\r\n") << 2 << QStringLiteral("has 2 field(s)");
        // Not UTF-8, and 0x81 is one of the five bytes Windows-1252 leaves undefined.
        QTest::newRow("no known encoding") << QByteArray("a,b\n1,\xe9\x81\n") << 0
                                           << QStringLiteral("not UTF-8, UTF-16 or "
                                                             "Windows-1252");
        QTest::newRow("broken utf-8 after its mark") << QByteArray("\xEF\xBB\xBF"
                                                                   "a,b\n1,\xe9\n")
                                                     << 0 << QStringLiteral("not UTF-8");
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE"
                                                  "a\0,\0b\0\n\0x",
                                                  11)
                                    << 0 << QStringLiteral("not valid UTF-16");
        // A low surrogate alone on line 2 (found by the fuzzer: it came back as "?").
        QTest::newRow("unpaired utf-16 surrogate")
            << QByteArray("\xFF\xFE"
                          "a\0\n\0x\0\x53\xDF\n\0",
                          12)
            << 0 << QStringLiteral("surrogate without its pair (U+DF53) on line 2");
        // A pair is a character (U+1F600), and reads.
        QVERIFY(parseCsv(QByteArray("\xFF\xFE"
                                    "a\0\n\0\x3D\xD8\x00\xDE\n\0",
                                    12))
                    .ok());
        QTest::newRow("empty") << QByteArray("") << 0 << QStringLiteral("empty");
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, words);
        int at = -1;
        const auto table = parseCsv(data, &at);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().message.contains(words), qPrintable(table.error().message));
        QCOMPARE(at, line);
        if (line > 0)
            QVERIFY(table.error().message.startsWith(QStringLiteral("Line %1").arg(line)));
    }

    // The encodings spreadsheet programs save, each detected and decoded to the same text.
    // A file pasted together from a UTF-8 program and a Windows-1252 one: refused, naming a line
    // of each (read as Windows-1252 whole, the UTF-8 lines' "Müller" became "MÃ¼ller", and only
    // the summary's encoding told). An overlong form, a surrogate or a lead byte past U+10FFFF
    // is no UTF-8 either: alone, such a file is Windows-1252.
    void aFileOfTwoEncodingsIsRefused()
    {
        const QByteArray mixed = "name\n\"M\xC3\xBCller\"\nx\n\"M\xFC"
                                 "ller\"\n";
        const auto table = parseCsv(mixed);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().message,
                 QStringLiteral("The file mixes UTF-8 (line 2) with another encoding (line 4): "
                                "read either way, some of its names would come out garbled. Save "
                                "it from the spreadsheet as CSV UTF-8."));
        // Lines ended by CR alone are counted as the reader counts them.
        QByteArray crOnly = mixed;
        crOnly.replace('\n', '\r');
        QVERIFY(parseCsv(crOnly).error().message.contains(QStringLiteral("(line 2)")));
        QVERIFY(parseCsv(crOnly).error().message.contains(QStringLiteral("(line 4)")));
        // French Windows-1252 whose bytes happen to form UTF-8 sequences ("é" before a no-break
        // space and "»": E9 A0 BB; "É" before a no-break space: C9 A0) stays Windows-1252.
        const auto french = parseCsv("name\n\"\xAB\xA0"
                                     "commenc\xE9\xA0\xBB, CAF\xC9\xA0: \xE0\"\n");
        QVERIFY2(french.ok(), qPrintable(french.ok() ? QString() : french.error().message));
        QCOMPARE(french.value().encoding, TextEncoding::Windows1252);
        QCOMPARE(french.value().records.first().fields.first(),
                 QStringLiteral("«\u00A0commencé\u00A0», CAFÉ\u00A0: à"));
        for (const QByteArray &bytes :
             {QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("\xF5\x80\x80\x80")}) {
            const auto t = parseCsv("name\n\"a" + bytes + "\"\n");
            QVERIFY2(t.ok(), bytes.toHex().constData());
            QCOMPARE(t.value().encoding, TextEncoding::Windows1252);
        }
        const auto utf8 = parseCsv("name\n\"M\xC3\xBC"
                                   "ller \xF0\x9F\x98\x80\"\n");
        QVERIFY(utf8.ok());
        QCOMPARE(utf8.value().encoding, TextEncoding::Utf8);
        QCOMPARE(utf8.value().records.first().fields.first(), QStringLiteral("Müller 😀"));
    }

    void encodingsOfSpreadsheets()
    {
        const QString expected =
            QStringLiteral("é ü ß € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š "
                           "› œ ž Ÿ ÿ");
        // Every defined byte of 80-9F, then ÿ (FF), as Windows-1252 has them.
        const QByteArray cp1252 = "name\r\n\"\xE9 \xFC \xDF \x80 \x82 \x83 \x84 \x85 \x86 \x87 "
                                  "\x88 \x89 \x8A \x8B \x8C \x8E \x91 \x92 \x93 \x94 \x95 \x96 "
                                  "\x97 \x98 \x99 \x9A \x9B \x9C \x9E \x9F \xFF\"\r\n";
        const auto table = parseCsv(cp1252);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(table.value().encoding, TextEncoding::Windows1252);
        QCOMPARE(table.value().records.first().fields.first(), expected);

        const QString text = QStringLiteral("name;note\r\n") + expected + QStringLiteral(";x\r\n");
        auto utf16 = [&](bool littleEndian, bool bom) {
            QByteArray out =
                bom ? QByteArray(littleEndian ? "\xFF\xFE" : "\xFE\xFF") : QByteArray();
            for (const QChar c : text) {
                const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
                out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
            }
            return out;
        };
        for (const auto &[data, name] : {std::pair{utf16(true, true), "LE with BOM"},
                                         std::pair{utf16(false, true), "BE with BOM"},
                                         std::pair{utf16(true, false), "LE without BOM"},
                                         std::pair{utf16(false, false), "BE without BOM"}}) {
            const auto t = parseCsv(data);
            QVERIFY2(t.ok(), name);
            QCOMPARE(t.value().encoding, TextEncoding::Utf16);
            QCOMPARE(t.value().delimiter, QLatin1Char(';'));
            QCOMPARE(t.value().header,
                     (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
            QCOMPARE(t.value().records.first().fields.first(), expected);
        }
        for (const QByteArray &data : QList<QByteArray>{
                 QByteArray(QByteArray("\xEF\xBB\xBF") + text.toUtf8()), text.toUtf8()}) {
            const auto t = parseCsv(data);
            QVERIFY(t.ok());
            QCOMPARE(t.value().encoding, TextEncoding::Utf8);
            QCOMPARE(t.value().header.first(), QStringLiteral("name"));
            QCOMPARE(t.value().records.first().fields.first(), expected);
        }
        QCOMPARE(encodingName(TextEncoding::Utf8), QStringLiteral("UTF-8"));
        QCOMPARE(encodingName(TextEncoding::Utf16), QStringLiteral("UTF-16"));
        QCOMPARE(encodingName(TextEncoding::Windows1252), QStringLiteral("Windows-1252"));
    }

    void writerQuotesOnlyWhatNeedsIt()
    {
        CsvWriter w;
        w.addRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                  QStringLiteral("two\nlines"), QStringLiteral(" padded"), QString(),
                  QStringLiteral("Åberg")});
        const QByteArray out = w.data();
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(out.mid(3), QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\","
                                            "\" padded\",,Åberg\r\n")
                                 .toUtf8());
        // What it writes, it reads back unchanged.
        CsvWriter table;
        table.addRow({QStringLiteral("h1"), QStringLiteral("h2")});
        table.addRow({QStringLiteral("x;\"y\""), QStringLiteral("l1\r\nl2")});
        const auto back = parseCsv(table.data());
        QVERIFY(back.ok());
        QCOMPARE(back.value().records[0].fields,
                 (QStringList{QStringLiteral("x;\"y\""), QStringLiteral("l1\r\nl2")}));
    }

    // Spreadsheet formula injection (OWASP): cells that would run as a formula get a leading
    // apostrophe, numbers stay numbers, and reading gives back exactly what was written.
    void formulasAreWrittenAsTextAndReadBack()
    {
        const QStringList attacks{QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"x\")"),
                                  QStringLiteral("+cmd|' /C calc'!A0"),
                                  QStringLiteral("-2+3+cmd"),
                                  QStringLiteral("@SUM(1+1)*cmd"),
                                  QStringLiteral("\t=1+1"),
                                  QStringLiteral("\r=1+1")};
        for (const QString &a : attacks)
            QCOMPARE(csv::protectFormula(a), QLatin1Char('\'') + a);
        for (const char *number : {"-12.5", "+3", "-7", "12", "-0,5"})
            QCOMPARE(csv::protectFormula(QString::fromLatin1(number)), QString::fromLatin1(number));
        QCOMPARE(csv::protectFormula(QStringLiteral("'Tis fine")), QStringLiteral("'Tis fine"));
        // An apostrophe already before a formula character gets one more: the round trip holds.
        QCOMPARE(csv::protectFormula(QStringLiteral("'=1")), QStringLiteral("''=1"));

        CsvWriter w;
        w.addRow({QStringLiteral("notes")});
        QStringList cells = attacks;
        cells << QStringLiteral("-12.5") << QStringLiteral("'=1") << QStringLiteral("''@x")
              << QStringLiteral("plain") << QStringLiteral("'Tis fine");
        for (const QString &c : std::as_const(cells))
            w.addRow({c});
        const QString written = QString::fromUtf8(w.data());
        QVERIFY(written.contains(QStringLiteral("'=HYPERLINK")));
        QVERIFY(written.contains(QStringLiteral("\r\n-12.5\r\n")));
        const auto back = parseCsv(w.data());
        QVERIFY(back.ok());
        QStringList read;
        for (const auto &r : back.value().records)
            read << r.fields.first();
        QCOMPARE(read, cells);
    }

    // A file is read a megabyte at a time: quotes, doubled quotes, CRLF, characters of several
    // bytes and UTF-16 surrogate pairs that fall across the edge of a piece come back whole, in
    // each encoding, at eight different offsets of the edges.
    void piecesOfALargeFileJoinUp()
    {
        const QStringList cells{QStringLiteral("plain"),
                                QStringLiteral("a,b"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("two\r\nlines"),
                                QStringLiteral("Åberg é"),
                                QStringLiteral("😀 emoji"),
                                QString(),
                                QStringLiteral("\"\"\"")};
        for (int shift = 0; shift < 8; ++shift) {
            CsvWriter w;
            w.addRow({QStringLiteral("h") + QString(shift, QLatin1Char('x')), QStringLiteral("k"),
                      QStringLiteral("v")});
            QList<QStringList> rows;
            for (int r = 0; rows.size() < 40000; ++r) {
                rows << QStringList{QString::number(r), cells.at(r % cells.size()),
                                    cells.at((r * 7 + shift) % cells.size()) +
                                        QString(r % 13, QChar(0x00E9))};
                w.addRow(rows.last());
            }
            const QByteArray utf8 = w.data();
            QVERIFY(utf8.size() > 1024 * 1024); // more than one piece
            QString text = QString::fromUtf8(utf8.mid(3));
            QByteArray utf16("\xFF\xFE");
            utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            for (const QByteArray &data : {utf8, utf16}) {
                const auto back = parseCsv(data);
                QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
                QCOMPARE(back.value().records.size(), rows.size());
                for (qsizetype r = 0; r < rows.size(); ++r)
                    QCOMPARE(back.value().records.at(r).fields, rows.at(r));
            }
        }
    }

    // A field longer than a piece (the reader copies a field's characters a piece at a time)
    // comes back whole: plain, with characters of two bytes, across two edges of the 1 MiB pieces
    // the file is read in; quoted, with a doubled quote whose halves lie on the two sides of the
    // third edge.
    void aFieldLongerThanAPieceComesBackWhole()
    {
        constexpr qsizetype kPiece = 1024 * 1024;
        QString plain;
        for (int i = 0; plain.size() < 2'500'000; ++i)
            plain += QString::number(i % 10) + (i % 1000 == 0 ? QStringLiteral("é") : QString());
        const QByteArray before = QByteArray("a,b,c\n1,") + plain.toUtf8() + ",x\n2,\"";
        QVERIFY(before.size() > 2 * kPiece && before.size() < 3 * kPiece - 10);
        const QString digits(2'000'000, QLatin1Char('7'));
        const qsizetype cut = 3 * kPiece - 1 - before.size(); // the first quote's byte: 3 MiB - 1
        const QString quoted = digits.left(cut) + QStringLiteral("\"\"") + digits.mid(cut);
        const QByteArray data = before + quoted.toUtf8() + "\",\"\"\n3,," + plain.left(5).toUtf8();
        QCOMPARE(data.mid(3 * kPiece - 2, 3), QByteArray("7\"\""));
        const auto back = parseCsv(data);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        const auto &records = back.value().records;
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields,
                 (QStringList{QStringLiteral("1"), plain, QStringLiteral("x")}));
        QCOMPARE(records.at(1).fields,
                 (QStringList{QStringLiteral("2"),
                              digits.left(cut) + QLatin1Char('"') + digits.mid(cut), QString()}));
        // The last record, without a line end.
        QCOMPARE(records.at(2).fields,
                 (QStringList{QStringLiteral("3"), QString(), plain.left(5)}));
        QCOMPARE(records.at(2).line, 4);
    }

    // A file without line ends is refused after 16 million characters, not held whole.
    void anEndlessRowIsRefused()
    {
        int at = -1;
        const auto table = parseCsv(QByteArray("h\n\"") + QByteArray(17 * 1024 * 1024, 'x'), &at);
        QVERIFY(!table.ok());
        QCOMPARE(at, 2);
        QVERIFY2(table.error().message.startsWith(
                     QStringLiteral("Line 2: a row of more than 16 million characters")),
                 qPrintable(table.error().message));
    }

    // Quotes read as they come, whatever a piece ends with: a field of 1.5 million doubled
    // quotes (3 MiB of them across the reader's 1 MiB pieces, some pieces ending between the
    // two of a pair) reads as 1.5 million quotes; 48 MiB of nothing but quotes is refused at the
    // row's limit of 16 million characters (a doubled quote is one: 32 MiB of them), not after
    // the whole file (every quote at a piece's end was held back until the run ended: 40 MB of
    // quotes took 539 MB and 46 s).
    void aRunOfQuotesIsReadAsItComes()
    {
        const qsizetype pairs = 1'500'000;
        const QByteArray doubled = "h,k\n\"" + QByteArray(2 * pairs, '"') + "\",x\n";
        const auto read = parseCsv(doubled);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value().records.size(), 1);
        QCOMPARE(read.value().records.first().fields,
                 (QStringList{QString(pairs, QLatin1Char('"')), QStringLiteral("x")}));

        QByteArray quotes = "h\n" + QByteArray(48 * 1024 * 1024, '"');
        QBuffer file(&quotes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QVERIFY(reader.open().ok());
        CsvRecord record;
        const auto next = reader.next(record);
        QVERIFY(!next.ok());
        QVERIFY2(next.error().message.startsWith(
                     QStringLiteral("Line 2: a row of more than 16 million characters")),
                 qPrintable(next.error().message));
        QVERIFY2(reader.bytesRead() < 40 * 1024 * 1024,
                 qPrintable(QString::number(reader.bytesRead())));
    }

    // A row of millions of fields is refused at its 4,097th, not made a list of millions of
    // strings (16 MB of commas took 422 MiB): empty fields and one-letter fields alike. A row of
    // 4,096 fields is read.
    void aRowOfMillionsOfFieldsIsRefused()
    {
        for (const QByteArray &field : {QByteArray(), QByteArray("a")}) {
            QByteArray row;
            for (int i = 0; i < 4 * 1024 * 1024; ++i)
                row += field + ',';
            int at = -1;
            const auto table = parseCsv(QByteArray("h\nfirst\n") + row + "\n", &at);
            QVERIFY(!table.ok());
            QCOMPARE(at, 3);
            QCOMPARE(
                table.error().message,
                QStringLiteral("Line 3: a row of more than 4096 fields (is this a CSV file?)."));
        }
        QByteArray wide = "h";
        for (int i = 1; i < 4096; ++i)
            wide += ",h" + QByteArray::number(i);
        const auto read = parseCsv(wide + "\nx" + QByteArray(4095, ',') + '\n');
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value().records.size(), 1);
        QCOMPARE(read.value().records.first().fields.size(), 4096);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
