#include "ClosingPost.h"
#include "models/EventRejectedModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Vainu's documented example (docs/api-choices.md); the variants below change one thing each.
const QByteArray documented
    = "{\"data\":{\"status\":\"active\",\"domain\":\"vainu.com\",\"turn_over\":895766,\"visiting_address\":"
      "\"Etel\\u00e4esplanadi 12\",\"business_id\":\"25578642\",\"company_name\":\"Vainu. io Software Oy\","
      "\"visiting_city\":\"HELSINKI\",\"visiting_postal\":\"00130\",\"staff_number\":12,\"region\":\"FI-18\"},"
      "\"number_of_tries\":1,\"type\":\"company_change_webhook\",\"unique_id\":\"5f7c8e4a9b1d2c3e4f5a6b7c\"}";

QByteArray variant(const QByteArray& from, const QByteArray& to)
{
    QByteArray body = documented;
    Q_ASSERT(body.contains(from));
    return body.replace(from, to);
}

ClosingPost::Answer post(quint16 port, const QByteArray& body)
{
    return ClosingPost::post(port, "/vainu/webhook?secret=s3cret", body, 5000);
}

QByteArray jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

// Real deliveries may differ from the one documented example: every JSON body is kept and answered
// 2xx, read as far as it can be and shown; only a body that is not JSON at all is refused, and then
// its bytes are kept in the Rejected view within its limits.
class TestLenientDeliveries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;

    bool start(const RejectedRetention& retention = {})
    {
        m_receiver.reset();
        m_store = std::make_unique<EventStore>();
        StoreOptions options;
        options.directory = m_dir->path();
        options.rejectedRetention = retention;
        QString error;
        if (!m_store->open(options, &error))
            return false;
        m_receiver = std::make_unique<WebhookReceiver>(m_store.get());
        ReceiverSettings settings;
        settings.port = 0;
        settings.secret = u"s3cret"_s;
        QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listening);
        m_receiver->start(settings);
        return listening.wait(5000);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(start());
    }

    void cleanup()
    {
        m_receiver.reset();
        m_store.reset();
    }

    void variantIsKeptAndRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("recognised");
        QTest::addColumn<QString>("uniqueId");
        QTest::addColumn<QString>("businessId");
        QTest::addColumn<int>("tries");
        QTest::addColumn<QString>("field"); // a data field and how it reads (JSON), or empty
        QTest::addColumn<QByteArray>("value");

        const QString uid = u"5f7c8e4a9b1d2c3e4f5a6b7c"_s;
        const QString bid = u"25578642"_s;
        QTest::newRow("documented example")
            << documented << true << uid << bid << 1 << u"turn_over"_s << QByteArray("895766");
        QTest::newRow("turn_over decimal")
            << variant("895766", "895766.5") << true << uid << bid << 1 << u"turn_over"_s << QByteArray("895766.5");
        QTest::newRow("turn_over quoted")
            << variant("895766", "\"895766\"") << true << uid << bid << 1 << u"turn_over"_s << QByteArray("895766");
        QTest::newRow("staff_number quoted decimal")
            << variant("\"staff_number\":12", "\"staff_number\":\"12.5\"") << true << uid << bid << 1
            << u"staff_number"_s << QByteArray("12.5");
        QTest::newRow("business_id a number") << variant("\"25578642\"", "25578642") << true << uid << bid << 1
                                              << u"business_id"_s << QByteArray("\"25578642\"");
        QTest::newRow("type in capitals") << variant("company_change_webhook", "COMPANY_CHANGE_WEBHOOK") << true << uid
                                          << bid << 1 << QString() << QByteArray();
        QTest::newRow("number_of_tries as text") << variant("\"number_of_tries\":1", "\"number_of_tries\":\"1\"")
                                                 << true << uid << bid << 1 << QString() << QByteArray();
        QTest::newRow("number_of_tries missing")
            << variant("\"number_of_tries\":1,", "") << true << uid << bid << 1 << QString() << QByteArray();
        QTest::newRow("nulls") << variant("\"turn_over\":895766", "\"turn_over\":null").replace("\"FI-18\"", "null")
                               << true << uid << bid << 1 << u"turn_over"_s << QByteArray("null");
        QTest::newRow("only business_id")
            << QByteArray("{\"data\":{\"business_id\":\"25578642\"},\"unique_id\":\"5f7c8e4a9b1d2c3e4f5a6b7c\"}")
            << true << uid << bid << 1 << u"business_id"_s << QByteArray("\"25578642\"");
        QTest::newRow("extra fields") << variant("\"region\":\"FI-18\"}",
                                                 "\"region\":\"FI-18\",\"industry\":{\"code\":"
                                                 "\"62010\"}},\"event_time\":\"2026-12-05\"")
                                      << true << uid << bid << 1 << u"industry"_s << QByteArray("{\"code\":\"62010\"}");
        QTest::newRow("unique_id a number") << variant("\"5f7c8e4a9b1d2c3e4f5a6b7c\"", "1234567") << true
                                            << u"1234567"_s << bid << 1 << QString() << QByteArray();
        QTest::newRow("no data") << QByteArray("{\"number_of_tries\":1,\"type\":\"company_change_webhook\","
                                               "\"unique_id\":\"5f7c8e4a9b1d2c3e4f5a6b7c\"}")
                                 << false << uid << QString() << 1 << QString() << QByteArray();
        QTest::newRow("data a list") << variant("\"data\":{", "\"data\":[{").replace("\"FI-18\"},", "\"FI-18\"}],")
                                     << false << uid << QString() << 1 << QString() << QByteArray();
        QTest::newRow("JSON array") << "[" + documented + "]" << false << QString() << QString() << 1 << QString()
                                    << QByteArray();
        QTest::newRow("no unique_id") << variant("\"unique_id\"", "\"id\"") << false << QString() << QString() << 1
                                      << QString() << QByteArray();
    }

    void variantIsKeptAndRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, recognised);
        QFETCH(QString, uniqueId);
        QFETCH(QString, businessId);
        QFETCH(int, tries);
        QFETCH(QString, field);
        QFETCH(QByteArray, value);

        const ClosingPost::Answer answer = post(m_receiver->port(), body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.contains("stored_unrecognised"), !recognised);
        // Committed before the answer: readable right now, byte for byte.
        QCOMPARE(m_store->eventCount(), 1);
        const StoredEvent event = m_store->events(0, 1).first();
        QCOMPARE(event.rawBody, body);
        QCOMPARE(event.isUnrecognised(), !recognised);
        QCOMPARE(event.uniqueId, uniqueId);
        QCOMPARE(event.businessId, businessId);
        QCOMPARE(event.maxNumberOfTries, tries);
        if (!field.isEmpty())
            QCOMPARE(jsonText(event.data.value(field)), value);
        if (!recognised)
            QVERIFY(!event.problem.isEmpty());

        // Shown: the Live events table marks an unrecognised delivery and says why.
        EventTableModel model;
        QSignalSpy reloaded(&model, &EventTableModel::reloaded);
        model.setStore(m_store.get());
        QVERIFY(reloaded.wait());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex flags = model.index(0, EventTableModel::FlagsColumn);
        QTRY_VERIFY(model.data(flags, EventTableModel::LoadedRole).toBool());
        QCOMPARE(model.data(flags, EventTableModel::UnrecognisedRole).toBool(), !recognised);
        QCOMPARE(model.data(flags).toString().contains(u"unrecognised"_s), !recognised);
        QCOMPARE(model.data(model.index(0, EventTableModel::BusinessIdColumn)).toString(), businessId);
        const QString changed = model.data(model.index(0, EventTableModel::ChangedFieldsColumn)).toString();
        if (recognised)
            QCOMPARE(changed, u"(first seen)"_s);
        else
            QVERIFY2(changed.contains(event.problem), qPrintable(changed));
    }

    void notJsonIsRefusedAndKept_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cut off") << QByteArray(documented).left(100);
        QTest::newRow("invalid UTF-8") << QByteArray(documented).replace("HELSINKI", "HELS\xff\xfeNKI");
        QTest::newRow("nesting too deep") << QByteArray(2000, '[') + QByteArray(2000, ']');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("form data") << QByteArray("unique_id=5f7c8e4a9b1d2c3e4f5a6b7c&data=x");
    }

    void notJsonIsRefusedAndKept()
    {
        QFETCH(QByteArray, body);
        const ClosingPost::Answer answer = post(m_receiver->port(), body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(m_store->eventCount(), 0);
        // Committed before the answer, with its bytes.
        const QList<RejectedRequest> log = m_store->rejected(10, 1024 * 1024);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().status, 400);
        QVERIFY(log.first().hasKeptBody());
        QCOMPARE(log.first().keptBodySize, body.size());
        QCOMPARE(m_store->rejectedBody(log.first().id), body);

        // Shown in the Rejected view, bytes that are not text escaped.
        EventRejectedModel model;
        QSignalSpy refreshed(&model, &EventRejectedModel::refreshed);
        model.setStore(m_store.get());
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex kept = model.index(0, EventRejectedModel::BodyColumn);
        QCOMPARE(model.data(kept, EventRejectedModel::KeptBodyRole).toByteArray(), body.left(4096));
        if (body.contains('\xff'))
            QVERIFY(model.data(kept, Qt::ToolTipRole).toString().contains(u"\\xff"_s));
        else
            QCOMPARE(model.data(kept).toString(), QString::fromUtf8(body.left(120)));
    }

    void unauthenticatedBodyIsNotKept()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /vainu/webhook?secret=wrong HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(documented.size()) + "\r\n\r\n" + documented);
        QVERIFY(socket.waitForReadyRead(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 401"));
        QVERIFY(m_store->flush());
        QTRY_COMPARE(m_store->rejected().size(), 1);
        QVERIFY(!m_store->rejected().first().hasKeptBody());
    }

    void rejectedViewKeepsWithinItsLimits()
    {
        QVERIFY(start(RejectedRetention {3, 250}));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(post(m_receiver->port(), "not json " + QByteArray::number(i) + QByteArray(90, '.')).status, 400);
        const QList<RejectedRequest> log = m_store->rejected();
        // 100 bytes each: two fit in 250 bytes (the row limit of 3 would allow one more).
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).body.startsWith("not json 5"));
        QVERIFY(log.at(1).body.startsWith("not json 4"));
        EventRejectedModel model;
        model.setStore(m_store.get());
        QTRY_COMPARE(model.rowCount(), 2);
        // The view says what it keeps.
        const QString notice
            = model.headerData(EventRejectedModel::BodyColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(notice.contains(u"3"_s) && notice.contains(QLocale().formattedDataSize(250)), qPrintable(notice));
    }
};

QTEST_MAIN(TestLenientDeliveries)
#include "tst_lenientdeliveries.moc"
