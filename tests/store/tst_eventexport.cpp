#include "StoreTestSupport.h"
#include "core/csv/CsvReader.h"
#include "store/EventExport.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The export of a real store in both formats: how each event came in, the before and after of
// every changed field, and the body byte for byte as it was received.
class TestEventExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<EventStore>();
        StoreOptions options;
        options.directory = m_dir->path();
        options.synchronousFull = false;
        QString error;
        QVERIFY2(m_store->open(options, &error), qPrintable(error));
        for (const QByteArray& body : {m_first, m_changed, m_unrecognised})
            QVERIFY(StoreTestSupport::submit(*m_store, body));
        QVERIFY(m_store->flush());
        m_events = m_store->events(0, 10);
        QCOMPARE(m_events.size(), 3);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void jsonLinesCarryOriginChangesAndTheBody()
    {
        QList<QJsonObject> lines;
        for (const StoredEvent& event : std::as_const(m_events)) {
            const QByteArray line = EventExport::line(EventExport::Format::JsonLines, event);
            QVERIFY(line.endsWith('\n'));
            QCOMPARE(line.count('\n'), 1); // a body spanning lines stays on one line
            lines.append(QJsonDocument::fromJson(line).object());
        }
        QCOMPARE(lines.at(0).value(u"origin"_s).toString(), u"delivery"_s);
        QCOMPARE(lines.at(2).value(u"origin"_s).toString(), u"unrecognised"_s);
        QCOMPARE(lines.at(2).value(u"problem"_s).toString(), m_events.at(2).problem);
        // The body exactly as received: spaces, key order and line breaks included.
        QCOMPARE(lines.at(0).value(u"payload"_s).toString().toUtf8(), m_first);
        QCOMPARE(lines.at(2).value(u"payload"_s).toString().toUtf8(), m_unrecognised);
        // The first state of a company has no earlier values; the change has both.
        const QJsonArray firstChanges = lines.at(0).value(u"changes"_s).toArray();
        QVERIFY(!firstChanges.isEmpty());
        QVERIFY(!firstChanges.first().toObject().contains(u"before"_s));
        const QJsonArray changes = lines.at(1).value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject(),
                 (QJsonObject {{u"field"_s, u"turn_over"_s}, {u"before"_s, 1000}, {u"after"_s, 2500}}));
        QCOMPARE(changes.at(1).toObject(),
                 (QJsonObject {{u"field"_s, u"staff_number"_s}, {u"before"_s, 12}, {u"after"_s, 14}}));
        QCOMPARE(lines.at(2).value(u"changes"_s).toArray().size(), 0);
    }

    void csvCarriesOriginChangesAndTheBody()
    {
        QByteArray file = EventExport::header(EventExport::Format::Csv);
        for (const StoredEvent& event : std::as_const(m_events))
            file += EventExport::line(EventExport::Format::Csv, event);
        const CsvTable table = CsvReader::read(file, CsvReadOptions {QChar(u','), true});
        QVERIFY(table.issues.isEmpty());
        QCOMPARE(table.rows.size(), 3);
        const qsizetype origin = table.header.indexOf(u"origin"_s);
        const qsizetype changes = table.header.indexOf(u"changes"_s);
        const qsizetype payload = table.header.indexOf(u"payload"_s);
        QVERIFY(origin >= 0 && changes >= 0 && payload >= 0);
        QCOMPARE(table.rows.at(0).at(origin), u"delivery"_s);
        QCOMPARE(table.rows.at(2).at(origin), u"unrecognised"_s);
        const QJsonArray changed = QJsonDocument::fromJson(table.rows.at(1).at(changes).toUtf8()).array();
        QCOMPARE(changed.at(0).toObject().value(u"before"_s).toInt(), 1000);
        QCOMPARE(changed.at(0).toObject().value(u"after"_s).toInt(), 2500);
        // Quoted by RFC 4180 in the file; unquoted, the bytes as received.
        QCOMPARE(table.rows.at(0).at(payload).toUtf8(), m_first);
        QCOMPARE(table.rows.at(2).at(payload).toUtf8(), m_unrecognised);
        const QByteArray quoted = "\"" + QByteArray(m_unrecognised).replace("\"", "\"\"") + "\"\r\n";
        QVERIFY(file.contains(quoted));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    QList<StoredEvent> m_events;
    // Keys not in sorted order and spacing that a re-serialisation would lose.
    const QByteArray m_first
        = "{\"unique_id\": \"crm-1\", \"type\": \"company_change_webhook\", \"number_of_tries\": 1,\n"
          " \"data\": {\"business_id\": \"2331972-7\", \"company_name\": \"Oy Esimerkki Ab\","
          " \"turn_over\": 1000, \"staff_number\": 12}}";
    const QByteArray m_changed = "{\"unique_id\":\"crm-1\",\"type\":\"company_change_webhook\",\"number_of_tries\":1,"
                                 "\"data\":{\"business_id\":\"2331972-7\",\"company_name\":\"Oy Esimerkki Ab\","
                                 "\"turn_over\":2500,\"staff_number\":14}}";
    const QByteArray m_unrecognised = "[{\"unique_id\": \"crm-1\"},\n {\"note\": \"\\u00e4 a list, not a change\"}]";
};

QTEST_GUILESS_MAIN(TestEventExport)
#include "tst_eventexport.moc"
