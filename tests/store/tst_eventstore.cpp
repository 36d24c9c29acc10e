#include "SqliteTestSupport.h"
#include "store/EventQuery.h"
#include "store/EventStore.h"
#include "store/Schema.h"
#include "store/SqliteConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject companyData(const QString& businessId, qint64 turnOver, int staff = 12)
{
    return QJsonObject {{u"status"_s, u"active"_s},          {u"domain"_s, u"vainu.com"_s},
                        {u"turn_over"_s, turnOver},          {u"visiting_address"_s, u"Etel\u00e4esplanadi 12"_s},
                        {u"business_id"_s, businessId},      {u"company_name"_s, u"Vainu. io Software Oy"_s},
                        {u"visiting_city"_s, u"HELSINKI"_s}, {u"visiting_postal"_s, u"00130"_s},
                        {u"staff_number"_s, staff},          {u"region"_s, u"FI-18"_s}};
}

IncomingDelivery delivery(const QString& uniqueId, const QJsonObject& data, int tries, const QDateTime& arrival)
{
    const QJsonObject body {{u"data"_s, data},
                            {u"number_of_tries"_s, tries},
                            {u"type"_s, u"company_change_webhook"_s},
                            {u"unique_id"_s, uniqueId}};
    IncomingDelivery incoming;
    incoming.rawBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto parsed = CompanyChange::fromJson(incoming.rawBody);
    Q_ASSERT(parsed.ok());
    incoming.change = parsed.value();
    incoming.headers = {{"Content-Type", "application/json"}, {"User-Agent", "test"}};
    incoming.remoteAddress = u"127.0.0.1"_s;
    incoming.arrival = arrival;
    return incoming;
}

// Submits and waits for the completion; returns the outcome.
StoreOutcome store(EventStore& eventStore, IncomingDelivery incoming)
{
    QObject context;
    std::optional<StoreOutcome> result;
    eventStore.submit(std::move(incoming), &context, [&](const StoreOutcome& outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return StoreOutcome {false, 0, false, false, {}, u"timeout"_s};
    return *result;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_options.directory = m_dir->path();
    }

    void createsVersionedSchemaInWalMode()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        eventStore.close();
        {
            SqliteTestSupport::Database db(m_dir->filePath(EventStore::databaseFileName()));
            QVERIFY(db.isOpen());
            QCOMPARE(SqliteTestSupport::value(db.handle(), "PRAGMA user_version").toInt(), Schema::currentVersion());
            QCOMPARE(SqliteTestSupport::value(db.handle(), "PRAGMA journal_mode"), u"wal"_s);
            // A database from a newer build is refused with a message.
            QVERIFY(SqliteTestSupport::exec(db.handle(), "PRAGMA user_version = 99"));
        }
        QVERIFY(!eventStore.open(m_options, &error));
        QVERIFY2(error.contains(u"99"_s), qPrintable(error));
    }

    void runsOnTheSqliteCMakeFound()
    {
        // Every connection of the store goes through the one SQLite it links: the library found at build
        // time (its header's version), not another libsqlite3 the loader happens to pick at run time.
        QCOMPARE(EventStore::sqliteVersion(), QStringLiteral(VW_SQLITE_VERSION_FOUND));
    }

    void upgradesAVersionOneDatabase()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const IncomingDelivery old = delivery(u"old"_s, companyData(u"25578642"_s, 100), 1, t0);
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(m_dir->filePath(EventStore::databaseFileName()), m_options, &error), qPrintable(error));
            QVERIFY2(Schema::migrate(db, &error, 1), qPrintable(error));
            // Version 1 kept every attempt's body, the first one's too.
            QVERIFY(SqliteTestSupport::exec(
                db.handle(),
                "INSERT INTO events (id, unique_id, data_hash, company_key, business_id, data, raw_body,"
                " first_arrival, last_arrival) VALUES (1, 'old', 'h', '25578642', '25578642', '{}', "
                "x'7b7d', 0, 0)"));
            QVERIFY(
                SqliteTestSupport::exec(db.handle(),
                                        "INSERT INTO attempts (event_id, arrival, number_of_tries, headers, raw_body)"
                                        " VALUES (1, 0, 1, '{}', ?)",
                                        {old.rawBody}));
        }
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        QCOMPARE(eventStore.attempts(1).size(), 1);
        QCOMPARE(eventStore.attempts(1).first().rawBody, old.rawBody);
        const auto added = store(eventStore, delivery(u"new"_s, companyData(u"25578642"_s, 200), 1, t0.addSecs(1)));
        QVERIFY2(added.ok, qPrintable(added.error));
        QCOMPARE(eventStore.attempts(added.eventId).first().rawBody, eventStore.eventById(added.eventId)->rawBody);
        eventStore.close();
        {
            SqliteTestSupport::Database db(m_dir->filePath(EventStore::databaseFileName()));
            QVERIFY(db.isOpen());
            QCOMPARE(SqliteTestSupport::value(db.handle(), "PRAGMA user_version").toInt(), Schema::currentVersion());
            QCOMPARE(SqliteTestSupport::value(db.handle(),
                                              "SELECT count(*) FROM sqlite_master WHERE name = 'events_company_hash'"),
                     u"0"_s);
        }
    }

    // A history written before the counters had their index: they read the whole table (a second for a million
    // events, every second while deliveries arrived). The writer builds the index after the store opened (not a
    // schema step: the open does not wait for it), and from then on they read only the few events that count.
    void countersOfAnOlderHistoryComeFromTheirIndex()
    {
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(m_dir->filePath(EventStore::databaseFileName()), m_options, &error), qPrintable(error));
            QVERIFY2(Schema::migrate(db, &error), qPrintable(error));
            QCOMPARE(SqliteTestSupport::value(db.handle(),
                                              "SELECT count(*) FROM sqlite_master WHERE name = 'events_repeats'"),
                     u"0"_s);
            // Plain events, one with three attempts, one Vainu tried twice, one stale.
            for (int id = 1; id <= 6; ++id) {
                const int attempts = id == 2 ? 3 : 1;
                const int maxTries = id == 3 ? 2 : 1;
                const int stale = id == 4 ? 1 : 0;
                QVERIFY(SqliteTestSupport::exec(
                    db.handle(),
                    "INSERT INTO events (id, unique_id, data_hash, company_key, business_id, data, raw_body,"
                    " first_arrival, last_arrival, attempts, max_tries, stale) VALUES (?, ?, 'h', '5', '5', '{}',"
                    " x'7b7d', 0, 0, ?, ?, ?)",
                    {id, u"u%1"_s.arg(id), attempts, maxTries, stale}));
            }
        }
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const StoreCounters counters = eventStore.counters();
        QCOMPARE(counters.events, 6);
        QCOMPARE(counters.duplicates, 2);
        QCOMPARE(counters.retries, 1);
        QCOMPARE(counters.stale, 1);
        eventStore.close();
        SqliteTestSupport::Database db(m_dir->filePath(EventStore::databaseFileName()));
        QVERIFY(db.isOpen());
        // The query counters() runs: it must find its index (a changed WHERE would read the table again).
        sqlite3_stmt* statement = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(db.handle(),
                               "EXPLAIN QUERY PLAN SELECT coalesce(sum(attempts - 1), 0), coalesce(sum(max_tries > 1),"
                               " 0), coalesce(sum(stale <> 0), 0) FROM events WHERE attempts > 1 OR max_tries > 1"
                               " OR stale <> 0",
                               -1, &statement, nullptr),
            SQLITE_OK);
        QString detail;
        while (sqlite3_step(statement) == SQLITE_ROW)
            detail += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)));
        sqlite3_finalize(statement);
        QVERIFY2(detail.contains(u"events_repeats"_s), qPrintable(detail));
    }

    void refusesAnUnusableFolder()
    {
        StoreOptions options;
        options.directory = m_dir->filePath(u"file"_s);
        QFile file(options.directory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        EventStore eventStore;
        QString error;
        QVERIFY(!eventStore.open(options, &error));
        QVERIFY2(error.contains(u"--data-dir"_s), qPrintable(error));
    }

    void storesEverythingOfADelivery()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        QSignalSpy appended(&eventStore, &EventStore::eventsAppended);
        const QDateTime arrival = QDateTime::currentDateTimeUtc();
        IncomingDelivery incoming = delivery(u"123abc"_s, companyData(u"25578642"_s, 895766), 1, arrival);
        const QByteArray raw = incoming.rawBody;
        const QByteArray expectedHash = incoming.change.dataHash();
        const QJsonObject expectedData = incoming.change.data;
        // A repeated header is joined; values that need JSON escaping keep their text.
        incoming.headers.append(qMakePair(QByteArray("X-Note"), QByteArray("say \"hi\"\\ \xc3\xa4")));
        incoming.headers.append(qMakePair(QByteArray("user-agent"), QByteArray("second")));
        const StoreOutcome outcome = store(eventStore, incoming);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.duplicate);
        QVERIFY(!outcome.stale);
        QCOMPARE(outcome.changedFields.size(), 10); // nothing known before: every field is new
        QCOMPARE(eventStore.eventCount(), 1);
        const auto stored = eventStore.eventById(outcome.eventId);
        QVERIFY(stored);
        QCOMPARE(stored->uniqueId, u"123abc"_s);
        QCOMPARE(stored->businessId, u"25578642"_s);
        QCOMPARE(stored->companyName, u"Vainu. io Software Oy"_s);
        QCOMPARE(stored->rawBody, raw);
        QCOMPARE(stored->dataHash, expectedHash); // the dedupe key the writer computes is CompanyChange's
        QCOMPARE(stored->data, expectedData);
        QCOMPARE(stored->remoteAddress, u"127.0.0.1"_s);
        QCOMPARE(stored->firstArrival.toMSecsSinceEpoch(), arrival.toMSecsSinceEpoch());
        QCOMPARE(stored->attempts, 1);
        QVERIFY(!stored->isRetry());
        QVERIFY(!stored->hasBefore);
        const auto attempts = eventStore.attempts(outcome.eventId);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(attempts.first().headersJson).object(),
                 (QJsonObject {{u"content-type"_s, u"application/json"_s},
                               {u"user-agent"_s, u"test, second"_s},
                               {u"x-note"_s, u"say \"hi\"\\ \u00e4"_s}}));
        QVERIFY(attempts.first().headersJson.startsWith("{\"content-type\":\"application/json\",\"user-agent\":"));
        QTRY_COMPARE(appended.size(), 1);
        QCOMPARE(appended.first().first().value<QList<qint64>>(), QList<qint64> {outcome.eventId});
    }

    // The Live events page asks for counters and event details on its reader thread as soon as it shows,
    // which can be before the profile's history is open. Such a read must not leave that thread reading
    // a made-up empty database afterwards (seen as "Event 13 is not in the store" and "all 0" while the
    // table listed every delivery).
    void readsBeforeOpeningDoNotHideWhatArrivesLater()
    {
        EventStore eventStore;
        QCOMPARE(eventStore.counters().events, 0);
        QVERIFY(!eventStore.eventById(1));
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const StoreOutcome outcome = store(
            eventStore, delivery(u"early-1"_s, companyData(u"25578642"_s, 1), 1, QDateTime::currentDateTimeUtc()));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(eventStore.counters().events, 1);
        const auto stored = eventStore.eventById(outcome.eventId);
        QVERIFY(stored);
        QCOMPARE(stored->uniqueId, u"early-1"_s);

        // Reopened on another history (another profile): its reads follow.
        eventStore.close();
        QTemporaryDir other;
        StoreOptions otherOptions = m_options;
        otherOptions.directory = other.path();
        QVERIFY2(eventStore.open(otherOptions, &error), qPrintable(error));
        QCOMPARE(eventStore.counters().events, 0);
        QVERIFY(!eventStore.eventById(outcome.eventId));
    }

    void answeredDeliveriesSurviveARestart()
    {
        const int count = 300;
        {
            EventStore eventStore;
            QString error;
            QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
            QObject context;
            int ok = 0;
            for (int i = 0; i < count; ++i) {
                eventStore.submit(delivery(u"id-%1"_s.arg(i), companyData(u"FI%1"_s.arg(i % 17), i), 1,
                                           QDateTime::currentDateTimeUtc()),
                                  &context, [&](const StoreOutcome& outcome) { ok += outcome.ok ? 1 : 0; });
            }
            QTRY_COMPARE_WITH_TIMEOUT(ok, count, 20000);
        }
        EventStore reopened;
        QString error;
        QVERIFY2(reopened.open(m_options, &error), qPrintable(error));
        QCOMPARE(reopened.eventCount(), count);
        QCOMPARE(reopened.events(100, 50).size(), 50);
        QCOMPARE(reopened.events(100, 50).first().uniqueId, u"id-100"_s);
    }

    void repeatedDeliveryIsAnotherAttempt()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        QSignalSpy updated(&eventStore, &EventStore::eventsUpdated);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const auto first = store(eventStore, delivery(u"u1"_s, companyData(u"2822996-6"_s, 1), 1, t0));
        const auto second = store(eventStore, delivery(u"u1"_s, companyData(u"2822996-6"_s, 1), 2, t0.addSecs(1)));
        QVERIFY(first.ok && second.ok);
        QVERIFY(second.duplicate);
        QCOMPARE(second.eventId, first.eventId);
        QCOMPARE(eventStore.eventCount(), 1);
        const auto stored = eventStore.eventById(first.eventId);
        QCOMPARE(stored->attempts, 2);
        QVERIFY(stored->isDuplicate());
        QVERIFY(stored->isRetry());
        QCOMPARE(stored->lastArrival.toMSecsSinceEpoch(), t0.addSecs(1).toMSecsSinceEpoch());
        const auto attempts = eventStore.attempts(first.eventId);
        QCOMPARE(attempts.size(), 2);
        // Each attempt shows the body it came with: the first one the event's, the retry its own.
        QCOMPARE(attempts.at(0).rawBody, stored->rawBody);
        QCOMPARE(attempts.at(0).numberOfTries, 1);
        QCOMPARE(attempts.at(1).rawBody, delivery(u"u1"_s, companyData(u"2822996-6"_s, 1), 2, t0).rawBody);
        QCOMPARE(attempts.at(1).numberOfTries, 2);
        QTRY_COMPARE(updated.size(), 1);
        // Same data tracked by another customer record is a separate event with nothing changed.
        const auto other = store(eventStore, delivery(u"u2"_s, companyData(u"2822996-6"_s, 1), 1, t0.addSecs(2)));
        QVERIFY(!other.duplicate);
        QVERIFY(other.changedFields.isEmpty());
        const StoreCounters counters = eventStore.counters();
        QCOMPARE(counters.events, 2);
        QCOMPARE(counters.duplicates, 1);
        QCOMPARE(counters.retries, 1);
        QCOMPARE(counters.eventsToday, 2);
    }

    void eventsKnowWhichFieldsChanged()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        store(eventStore, delivery(u"u1"_s, companyData(u"25578642"_s, 100, 12), 1, t0));
        const auto changed
            = store(eventStore, delivery(u"u1"_s, companyData(u"25578642"_s, 250, 14), 1, t0.addSecs(60)));
        QVERIFY(changed.ok);
        QCOMPARE(changed.changedFields, (QStringList {u"turn_over"_s, u"staff_number"_s}));
        const QList<FieldChange> changes = eventStore.fieldChanges(changed.eventId);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, u"turn_over"_s);
        QCOMPARE(changes.at(0).before.toInteger(), 100);
        QCOMPARE(changes.at(0).after.toInteger(), 250);
        QCOMPARE(eventStore.timeline(u"25578642"_s).size(), 2);
    }

    void companyStateSurvivesARestart()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        {
            EventStore eventStore;
            QString error;
            QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
            QVERIFY(store(eventStore, delivery(u"u1"_s, companyData(u"25578642"_s, 100, 12), 1, t0)).ok);
        }
        EventStore reopened;
        QString error;
        QVERIFY2(reopened.open(m_options, &error), qPrintable(error));
        const auto changed = store(reopened, delivery(u"u1"_s, companyData(u"25578642"_s, 100, 15), 1, t0.addSecs(5)));
        QVERIFY2(changed.ok, qPrintable(changed.error));
        QCOMPARE(changed.changedFields, QStringList {u"staff_number"_s});
        const auto stored = reopened.eventById(changed.eventId);
        QVERIFY(stored->hasBefore);
        QCOMPARE(stored->before.value(u"staff_number"_s).toInt(), 12);
    }

    void lateRetryOfAnOlderChangeIsStale()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        // Change A arrives; change C's first attempt is lost; change B arrives; C's retry (try 2)
        // comes 1.5 s after A, only 0.5 s after B: its first attempt was sent before B arrived.
        store(eventStore, delivery(u"u1"_s, companyData(u"111"_s, 1), 1, t0));
        const auto b = store(eventStore, delivery(u"u1"_s, companyData(u"111"_s, 3), 1, t0.addMSecs(1000)));
        const auto c = store(eventStore, delivery(u"u1"_s, companyData(u"111"_s, 2), 2, t0.addMSecs(1500)));
        QVERIFY(c.ok);
        QVERIFY(c.stale);
        QVERIFY(eventStore.eventById(c.eventId)->stale);
        // The snapshot still holds B: the next change is compared with B, not with the stale C.
        const auto d = store(eventStore, delivery(u"u1"_s, companyData(u"111"_s, 3, 40), 1, t0.addMSecs(9000)));
        QVERIFY(!d.stale);
        QCOMPARE(d.changedFields, QStringList {u"staff_number"_s});
        QCOMPARE(eventStore.eventById(d.eventId)->before, companyData(u"111"_s, 3));
        Q_UNUSED(b);
        QCOMPARE(eventStore.counters().stale, 1);
    }

    void retryOfAStateAlreadyLeftIsStale()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        store(eventStore, delivery(u"u1"_s, companyData(u"222"_s, 1), 1, t0));
        store(eventStore, delivery(u"u1"_s, companyData(u"222"_s, 2), 1, t0.addSecs(3600)));
        // Another tracker's retry of the first state, long after: the company already moved on.
        const auto late = store(eventStore, delivery(u"u2"_s, companyData(u"222"_s, 1), 3, t0.addSecs(7200)));
        QVERIFY(late.stale);
        // The same data on a first attempt is a real change back, not stale.
        const auto revert = store(eventStore, delivery(u"u3"_s, companyData(u"222"_s, 1), 1, t0.addSecs(7300)));
        QVERIFY(!revert.stale);
        QCOMPARE(revert.changedFields, QStringList {u"turn_over"_s});
    }

    void retryWithoutNewerStateIsNotStale()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        store(eventStore, delivery(u"u1"_s, companyData(u"333"_s, 1), 1, t0));
        // A new change whose first attempt failed arrives as try 2 long after the last change.
        const auto retry = store(eventStore, delivery(u"u1"_s, companyData(u"333"_s, 2), 2, t0.addSecs(600)));
        QVERIFY(!retry.stale);
        QCOMPARE(retry.changedFields, QStringList {u"turn_over"_s});
    }

    void fullDiskFailsTheDelivery()
    {
        m_options.maxPageCount = 30; // a real SQLITE_FULL once the file would grow past 30 pages
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        QSignalSpy failed(&eventStore, &EventStore::writeFailed);
        IncomingDelivery big = delivery(u"big"_s, companyData(u"444"_s, 1), 1, QDateTime::currentDateTimeUtc());
        big.rawBody.append(QByteArray(400 * 1024, ' '));
        const auto outcome = store(eventStore, big);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(outcome.error));
        QCOMPARE(eventStore.eventCount(), 0);
        QCOMPARE(failed.size(), 1);
        // A small delivery still fits afterwards: one failure does not break the writer.
        const auto small = store(eventStore, delivery(u"small"_s, companyData(u"444"_s, 1), 1, {}));
        QVERIFY2(small.ok, qPrintable(small.error));

        // Changes queued together with a failing one share its transaction and are undone with it:
        // the next change compares against the last state that was committed, not an undone one.
        QObject context;
        QList<StoreOutcome> outcomes(21);
        int answered = 0;
        for (int i = 0; i < 20; ++i) {
            eventStore.submit(delivery(u"queued-%1"_s.arg(i), companyData(u"444"_s, 100 + i), 1, {}), &context,
                              [&, i](const StoreOutcome& queuedOutcome) {
                                  outcomes[i] = queuedOutcome;
                                  ++answered;
                              });
        }
        IncomingDelivery big2 = delivery(u"big2"_s, companyData(u"444"_s, 999), 1, {});
        big2.rawBody.append(QByteArray(400 * 1024, ' '));
        eventStore.submit(std::move(big2), &context, [&](const StoreOutcome& bigOutcome) {
            outcomes[20] = bigOutcome;
            ++answered;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 21, 10000);
        QVERIFY(!outcomes[20].ok);
        qint64 lastCommittedTurnOver = 1; // "small"
        for (int i = 0; i < 20; ++i) {
            if (outcomes[i].ok)
                lastCommittedTurnOver = 100 + i;
        }
        const auto next = store(eventStore, delivery(u"next"_s, companyData(u"444"_s, 5000), 1, {}));
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(eventStore.eventById(next.eventId)->before.value(u"turn_over"_s).toInteger(), lastCommittedTurnOver);
    }

    void companyGoingBackAndForthHasAnEventPerChange()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        // One customer record (unique_id) tracks the company through every change: A -> B -> A.
        const QJsonObject a = companyData(u"555"_s, 100);
        const QJsonObject b = companyData(u"555"_s, 200);
        const auto first = store(eventStore, delivery(u"crm-1"_s, a, 1, t0));
        const auto second = store(eventStore, delivery(u"crm-1"_s, b, 1, t0.addSecs(60)));
        const auto third = store(eventStore, delivery(u"crm-1"_s, a, 1, t0.addSecs(120)));
        QVERIFY(first.ok && second.ok && third.ok);
        QVERIFY(!third.duplicate);
        QCOMPARE(eventStore.eventCount(), 3);
        QCOMPARE(third.changedFields, QStringList {u"turn_over"_s});
        const auto back = eventStore.eventById(third.eventId);
        QCOMPARE(back->before, b);
        QCOMPARE(back->data, a);
        QVERIFY(!back->stale);
        // A retry of that last A is one more attempt of the third event, not of the first.
        const auto retry = store(eventStore, delivery(u"crm-1"_s, a, 2, t0.addSecs(121)));
        QVERIFY(retry.duplicate);
        QCOMPARE(retry.eventId, third.eventId);
        QVERIFY(!retry.stale);
        QCOMPARE(eventStore.eventById(third.eventId)->attempts, 2);
        QCOMPARE(eventStore.eventById(first.eventId)->attempts, 1);
        QCOMPARE(eventStore.eventCount(), 3);
        // The known state ends at A: the next change is compared with A.
        const auto next = store(eventStore, delivery(u"crm-1"_s, companyData(u"555"_s, 100, 40), 1, t0.addSecs(180)));
        QCOMPARE(eventStore.eventById(next.eventId)->before, a);
        QCOMPARE(next.changedFields, QStringList {u"staff_number"_s});
    }

    void lateRetryOfTheFirstStateChangesNothing()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const QJsonObject a = companyData(u"556"_s, 100);
        const QJsonObject b = companyData(u"556"_s, 200);
        const auto first = store(eventStore, delivery(u"crm-2"_s, a, 1, t0));
        const auto second = store(eventStore, delivery(u"crm-2"_s, b, 1, t0.addSecs(60)));
        // A's second try arrives after B: an attempt of the first event, stale, and B stays the state.
        const auto late = store(eventStore, delivery(u"crm-2"_s, a, 2, t0.addSecs(61)));
        QVERIFY(late.ok);
        QVERIFY(late.duplicate);
        QVERIFY(late.stale);
        QCOMPARE(late.eventId, first.eventId);
        QCOMPARE(eventStore.eventCount(), 2);
        const auto next = store(eventStore, delivery(u"crm-2"_s, companyData(u"556"_s, 300), 1, t0.addSecs(120)));
        QCOMPARE(eventStore.eventById(next.eventId)->before, b);
        Q_UNUSED(second);
    }

    void unrecognisedDeliveryIsKeptRaw()
    {
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        IncomingDelivery odd;
        odd.origin = DeliveryOrigin::Unrecognised;
        odd.problem = u"there is no \"data\" object"_s;
        odd.change.uniqueId = u"crm-9"_s;
        odd.rawBody = "{ \"unique_id\": \"crm-9\",\n  \"payload\": [1, 2] }";
        odd.arrival = QDateTime::currentDateTimeUtc();
        const auto first = store(eventStore, odd);
        const auto second = store(eventStore, odd);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.unrecognised);
        // Never a duplicate and never a company's state: each one is its own event.
        QVERIFY(!second.duplicate);
        QVERIFY(second.eventId != first.eventId);
        const auto stored = eventStore.eventById(first.eventId);
        QVERIFY(stored->isUnrecognised());
        QCOMPARE(stored->rawBody, odd.rawBody);
        QCOMPARE(stored->problem, odd.problem);
        QCOMPARE(stored->uniqueId, u"crm-9"_s);
        QCOMPARE(eventStore.attempts(first.eventId).first().rawBody, odd.rawBody);
    }

    void upgradesAVersionTwoDatabase()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const IncomingDelivery old = delivery(u"crm-old"_s, companyData(u"777"_s, 100), 1, t0);
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(m_dir->filePath(EventStore::databaseFileName()), m_options, &error), qPrintable(error));
            QVERIFY2(Schema::migrate(db, &error, 2), qPrintable(error));
            QVERIFY(SqliteTestSupport::exec(
                db.handle(),
                "INSERT INTO events (id, unique_id, data_hash, company_key, business_id, data, raw_body,"
                " first_arrival, last_arrival) VALUES (7, 'crm-old', ?, '777', '777', ?, ?, ?, ?)",
                {QString::fromLatin1(old.change.dataHash()),
                 QString::fromUtf8(QJsonDocument(old.change.data).toJson(QJsonDocument::Compact)), old.rawBody,
                 t0.toMSecsSinceEpoch(), t0.toMSecsSinceEpoch()}));
            QVERIFY(
                SqliteTestSupport::exec(db.handle(),
                                        "INSERT INTO attempts (event_id, arrival, number_of_tries, headers, raw_body)"
                                        " VALUES (7, 0, 1, '{}', x'')"));
            QVERIFY(SqliteTestSupport::exec(db.handle(),
                                            "INSERT INTO rejected (arrival, status, reason) VALUES (0, 401, 'old')"));
        }
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        // Old rows keep their ids and come in as deliveries; old refusals have no kept body.
        const auto migrated = eventStore.eventById(7);
        QVERIFY(migrated);
        QCOMPARE(migrated->origin, DeliveryOrigin::Delivery);
        QCOMPARE(migrated->rawBody, old.rawBody);
        QVERIFY(!eventStore.rejected().first().hasKeptBody());
        // The old unique (unique_id, data) rule is gone: the same record's same data is a new event.
        const auto again = store(eventStore, delivery(u"crm-old"_s, companyData(u"777"_s, 100), 1, t0.addSecs(5)));
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!again.duplicate);
        QVERIFY(again.eventId > 7);
        QCOMPARE(eventStore.eventCount(), 2);
    }

    // Since version 5 a change names the event whose data it was compared with instead of keeping a copy of it (a
    // sixth of the history). Changes stored before keep their copy; both read the same, in the detail, the rows'
    // "changed from something" and the filter for a field.
    void aChangeNamesTheEventItWasComparedWith()
    {
        const IncomingDelivery a = delivery(u"crm-1"_s, companyData(u"555"_s, 100), 1, QDateTime::currentDateTimeUtc());
        const IncomingDelivery b = delivery(u"crm-1"_s, companyData(u"555"_s, 200), 1, a.arrival.addSecs(60));
        const QString aText = QString::fromUtf8(QJsonDocument(a.change.data).toJson(QJsonDocument::Compact));
        const QString bText = QString::fromUtf8(QJsonDocument(b.change.data).toJson(QJsonDocument::Compact));
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(m_dir->filePath(EventStore::databaseFileName()), m_options, &error), qPrintable(error));
            QVERIFY2(Schema::migrate(db, &error, 4), qPrintable(error));
            const QByteArray insert = "INSERT INTO events (id, unique_id, data_hash, company_key, business_id, data,"
                                      " raw_body, first_arrival, last_arrival, before_data, changed_fields)"
                                      " VALUES (?, 'crm-1', ?, '555', '555', ?, ?, ?, ?, ?, ?)";
            QVERIFY(SqliteTestSupport::exec(db.handle(), insert,
                                            {1, QString::fromLatin1(a.change.dataHash()), aText, a.rawBody,
                                             a.arrival.toMSecsSinceEpoch(), a.arrival.toMSecsSinceEpoch(), QVariant(),
                                             u"business_id,company_name,turn_over"_s}));
            QVERIFY(SqliteTestSupport::exec(db.handle(), insert,
                                            {2, QString::fromLatin1(b.change.dataHash()), bText, b.rawBody,
                                             b.arrival.toMSecsSinceEpoch(), b.arrival.toMSecsSinceEpoch(), aText,
                                             u"turn_over"_s}));
            QVERIFY(SqliteTestSupport::exec(
                db.handle(),
                "INSERT INTO snapshots (company_key, data, data_hash, event_id, arrival) VALUES (?, ?, ?, ?, ?)",
                {u"555"_s, bText, QString::fromLatin1(b.change.dataHash()), 2, b.arrival.toMSecsSinceEpoch()}));
        }
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        const auto old = eventStore.eventById(2);
        QVERIFY(old->hasBefore);
        QCOMPARE(old->before, a.change.data);
        const auto next = store(eventStore, delivery(u"crm-1"_s, companyData(u"555"_s, 300), 1, b.arrival.addSecs(60)));
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.changedFields, QStringList {u"turn_over"_s});
        const auto stored = eventStore.eventById(next.eventId);
        QVERIFY(stored->hasBefore);
        QCOMPARE(stored->before, b.change.data);
        QCOMPARE(eventStore.fieldChanges(next.eventId).first().before.toInteger(), 200);
        {
            EventQuery query(eventStore.databasePath());
            EventFilter turnOver;
            turnOver.field = u"turn_over"_s;
            qint64 upTo = 0;
            QCOMPARE(query.matchingIds(turnOver, &upTo, &error), (QList<qint64> {2, next.eventId}));
            const QList<EventRow> rows = query.rows({1, 2, next.eventId});
            QCOMPARE(rows.size(), 3);
            QVERIFY(!rows.at(0).hasBefore);
            QVERIFY(rows.at(1).hasBefore);
            QVERIFY(rows.at(2).hasBefore);
        }
        eventStore.close();
        // On disk the new change holds the earlier event's id and no copy of its data.
        SqliteTestSupport::Database db(m_dir->filePath(EventStore::databaseFileName()));
        QCOMPARE(SqliteTestSupport::value(db.handle(), "SELECT before_event FROM events WHERE id = ?", {next.eventId}),
                 u"2"_s);
        QCOMPARE(SqliteTestSupport::value(db.handle(), "SELECT before_data IS NULL FROM events WHERE id = ?",
                                          {next.eventId}),
                 u"1"_s);
    }

    void rejectedBodiesAreBoundedByBytes()
    {
        m_options.rejectedRetention = RejectedRetention {5, 100};
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        for (int i = 0; i < 8; ++i) {
            RejectedRequest rejected;
            rejected.arrival = QDateTime::currentDateTimeUtc();
            rejected.status = 400;
            rejected.reason = u"not JSON %1"_s.arg(i);
            rejected.body = QByteArray(40, char('a' + i)); // 40 bytes each: two fit in 100
            rejected.keptBodySize = rejected.body.size();
            eventStore.logRejected(rejected);
            QVERIFY(eventStore.flush()); // one commit each: the limits hold after every commit
            const QList<RejectedRequest> rows = eventStore.rejected();
            qint64 kept = 0;
            for (const RejectedRequest& row : rows)
                kept += qMax<qint64>(0, row.keptBodySize);
            QVERIFY2(kept <= 100, QByteArray::number(kept).constData());
            QVERIFY(rows.size() <= 5);
        }
        const QList<RejectedRequest> rows = eventStore.rejected();
        QCOMPARE(rows.size(), 2); // the newest, oldest dropped first
        QCOMPARE(rows.at(0).body, QByteArray(40, 'h'));
        QCOMPARE(rows.at(1).body, QByteArray(40, 'g'));
        QCOMPARE(eventStore.rejectedBody(rows.at(0).id), QByteArray(40, 'h'));
        // A list read holds only the start of each body; keptBodySize has the whole size.
        QCOMPARE(eventStore.rejected(10, 8).first().body, QByteArray(8, 'h'));
        QCOMPARE(eventStore.rejected(10, 8).first().keptBodySize, 40);
        // A body larger than the whole budget is still kept when it is the newest.
        RejectedRequest big;
        big.status = 400;
        big.reason = u"big"_s;
        big.body = QByteArray(500, 'x');
        big.keptBodySize = big.body.size();
        eventStore.logRejected(big);
        QVERIFY(eventStore.flush());
        QCOMPARE(eventStore.rejected().size(), 1);
        QCOMPARE(eventStore.rejected().first().keptBodySize, 500);
    }

    void rejectedLogIsBounded()
    {
        m_options.rejectedRetention.rows = 100;
        EventStore eventStore;
        QString error;
        QVERIFY2(eventStore.open(m_options, &error), qPrintable(error));
        for (int i = 0; i < 300; ++i) {
            RejectedRequest rejected;
            rejected.arrival = QDateTime::currentDateTimeUtc();
            rejected.status = 401;
            rejected.reason = u"wrong secret %1"_s.arg(i);
            rejected.method = u"POST"_s;
            rejected.path = u"/vainu/webhook"_s;
            eventStore.logRejected(rejected);
        }
        QVERIFY(eventStore.flush());
        const QList<RejectedRequest> rows = eventStore.rejected(1000);
        QCOMPARE(rows.size(), 100);
        QCOMPARE(rows.first().reason, u"wrong secret 299"_s);
        QCOMPARE(eventStore.counters().rejected, rows.size());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    StoreOptions m_options;
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
