#include "LocalSandbox.h"
#include "cli/CustomersCommand.h"
#include "core/csv/CsvReader.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

// `vainu-webhooks customers ...` against the sandbox, with --base-url and VAINU_API_KEY (no keychain).
class TestCustomersCommand : public QObject
{
    Q_OBJECT

    LocalSandbox m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(QStringList args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        args.prepend(u"customers"_s);
        args.prepend(u"vainu-webhooks"_s);
        args << u"--base-url"_s << m_sandbox->apiBaseUrl().toString();
        r.code = CustomersCommand::run(args, out, err);
        out.flush();
        err.flush();
        return r;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        qputenv("VAINU_API_KEY", m_sandbox->demoApiKey().toUtf8());
    }

    void init() { m_sandbox->reset(1); }

    void importSampleReportsAndExitsOneOnAFailedRow()
    {
        const QString sample = qEnvironmentVariable("VW_SOURCE_DIR") + u"/resources/samples/crm-export-fi-sv.csv"_s;
        const QString failures = m_dir.filePath(u"failed.csv"_s);
        Run r = run({u"import"_s, sample, u"--failures"_s, failures});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"19 created"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"CRM-1010"_s), qPrintable(r.out));
        QVERIFY(r.err.contains(u"ISO-8859-1"_s));
        CsvTable failed;
        QString error;
        QVERIFY(CsvReader::readFile(failures, &failed, &error));
        QCOMPARE(failed.rows.size(), 1);
        QCOMPARE(failed.rows.at(0).at(0), u"CRM-1010"_s);

        r = run({u"import"_s, sample});
        QVERIFY2(r.out.contains(u"0 created, 19 updated"_s), qPrintable(r.out));
    }

    void cleanImportExitsZeroAndJson()
    {
        const QString file
            = writeFile(u"ok.csv"_s, "Id,Account,Org\nx-1,Vainu,2557864-2\nx-2,Ekmedia AB,SE5569355299\n"_ba);
        Run r = run({u"import"_s, file, u"--mapping"_s, u"company_name=Account,business_id=Org"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"created"_s).toInt(), 2);
        QVERIFY(report.value(u"failed"_s).toArray().isEmpty());

        r = run({u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        bool found = false;
        for (const QJsonValue& v : list) {
            if (v[u"unique_id"_s].toString() == u"x-2") {
                found = true;
                QCOMPARE(v[u"match_status"_s].toString(), u"matched"_s);
            }
        }
        QVERIFY(found);

        const QString exported = m_dir.filePath(u"export.csv"_s);
        r = run({u"export"_s, u"-o"_s, exported});
        QCOMPARE(r.code, 0);
        CsvTable table;
        QString error;
        QVERIFY(CsvReader::readFile(exported, &table, &error));
        QCOMPARE(table.rows.size(), list.size());
        QCOMPARE(table.header.first(), u"unique_id"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList {} << u"list, import or export"_s;
        QTest::newRow("unknown command") << QStringList {u"sync"_s} << u"sync"_s;
        QTest::newRow("missing file") << QStringList {u"import"_s, u"/nonexistent/x.csv"_s} << u"x.csv"_s;
        QTest::newRow("import without file") << QStringList {u"import"_s} << u"one CSV file"_s;
        QTest::newRow("bad batch size") << QStringList {u"list"_s, u"--batch-size"_s, u"0"_s} << u"batch-size"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void unmappableFileIsAUsageError()
    {
        const QString file = writeFile(u"nomap.csv"_s, "foo,bar\n1,2\n"_ba);
        const Run r = run({u"import"_s, file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"foo, bar"_s), qPrintable(r.err));
    }

    void wrongKeyIsAnApiError()
    {
        qputenv("VAINU_API_KEY", "wrong");
        const Run r = run({u"list"_s});
        qputenv("VAINU_API_KEY", m_sandbox->demoApiKey().toUtf8());
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomersCommand)
#include "tst_customerscommand.moc"
