// `vainu-webhooks events stats` as a user runs it: the real program on a real event history built here with known
// counts per day, hour, field, region, company and origin, including Vainu's retry of a delivery (not a new event),
// a stale delivery, an unrecognised body and a test delivery, across a day boundary in local time (UTC+2 here) and
// in UTC.
#include "CliProcess.h"
#include "ScopedTimeZone.h"
#include "SqliteTestSupport.h"
#include "StoreTestSupport.h"
#include "store/EventStats.h"
#include "store/EventStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEventsStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsByEachDimension_data();
    void countsByEachDimension();
    void tableForPeople();
    void rangeAndTests();
    void overviewAggregates();
    void overviewTimesInLocalTime();
    void anOriginOfALaterVersionCountsAsADelivery();
    void emptyHistory();
    void usageErrors_data();
    void usageErrors();

private:
    // Local time for the program: UTC+2 all year (a POSIX zone, so no time zone database is needed).
    static QProcessEnvironment environment()
    {
        QProcessEnvironment environment = CliProcess::environment();
        environment.insert(u"TZ"_s, u"EET-2"_s);
        return environment;
    }
    CliProcess::Run stats(QStringList arguments, const QString& dataDir) const
    {
        return CliProcess::run(QStringList {u"events"_s, u"stats"_s, u"--data-dir"_s, dataDir} + arguments,
                               environment());
    }
    // The --json output as "bucket=count" strings, in the program's order (null bucket: "-").
    static QStringList rows(const CliProcess::Run& run)
    {
        QStringList result;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        if (!document.isArray())
            return {u"not a JSON array: "_s + run.out};
        for (const QJsonValue& row : document.array()) {
            const QJsonValue bucket = row.toObject().value(u"bucket"_s);
            result.append((bucket.isNull() ? u"-"_s : bucket.toString()) + u'='
                          + QString::number(row.toObject().value(u"count"_s).toInteger()));
        }
        return result;
    }

    QTemporaryDir m_history;
};

namespace {

QByteArray companyBody(const QString& uniqueId, const QString& businessId, const QString& name, int staff,
                       const QString& region, int tries = 1)
{
    const QJsonObject data {{u"business_id"_s, businessId},
                            {u"company_name"_s, name},
                            {u"staff_number"_s, staff},
                            {u"region"_s, region},
                            {u"visiting_city"_s, u"HELSINKI"_s}};
    return QJsonDocument(QJsonObject {{u"data"_s, data},
                                      {u"number_of_tries"_s, tries},
                                      {u"type"_s, u"company_change_webhook"_s},
                                      {u"unique_id"_s, uniqueId}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestEventsStats::initTestCase()
{
    QVERIFY(m_history.isValid());
    EventStore store;
    const QString error = StoreTestSupport::openStore(store, m_history.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto deliver = [&store](const QByteArray& body, const QString& arrivalUtc,
                                  DeliveryOrigin origin = DeliveryOrigin::Delivery) {
        IncomingDelivery delivery = StoreTestSupport::incoming(body);
        delivery.arrival = QDateTime::fromString(arrivalUtc, Qt::ISODateWithMs);
        if (origin == DeliveryOrigin::Test)
            delivery.origin = origin;
        StoreOutcome stored;
        bool done = false;
        store.submit(delivery, &store, [&](const StoreOutcome& outcome) {
            stored = outcome;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            stored.error = u"the store did not answer"_s;
        return stored;
    };
    // Company B (one tracked record, crm-b): first seen at 22:00 local time on 4 December.
    QVERIFY(
        deliver(companyBody(u"crm-b"_s, u"2222222-2"_s, u"Beta Oy"_s, 5, u"FI-01"_s), u"2026-12-04T20:00:00Z"_s).ok);
    // Company A (crm-a): first seen at 23:30 local, then its staff changes at 00:30 local on 5 December (still
    // 4 December in UTC), and Vainu retries that delivery a minute later: another attempt, not a new event.
    QVERIFY(
        deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Oy"_s, 10, u"FI-18"_s), u"2026-12-04T21:30:00Z"_s).ok);
    QVERIFY(
        deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Oy"_s, 12, u"FI-18"_s), u"2026-12-04T22:30:00Z"_s).ok);
    const StoreOutcome retry
        = deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Oy"_s, 12, u"FI-18"_s, 2), u"2026-12-04T22:31:00Z"_s);
    QVERIFY(retry.ok);
    QVERIFY(retry.duplicate);
    // A's staff and name change; B's staff and region change.
    QVERIFY(
        deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Group Oy"_s, 13, u"FI-18"_s), u"2026-12-05T10:00:00Z"_s)
            .ok);
    QVERIFY(
        deliver(companyBody(u"crm-b"_s, u"2222222-2"_s, u"Beta Oy"_s, 6, u"FI-18"_s), u"2026-12-05T10:15:00Z"_s).ok);
    // A retried delivery of an older state of B, half a second after the newer one: stale (an event, no change).
    const StoreOutcome stale = deliver(companyBody(u"crm-b"_s, u"2222222-2"_s, u"Beta Oy"_s, 4, u"FI-01"_s, 2),
                                       u"2026-12-05T10:15:00.500Z"_s);
    QVERIFY(stale.ok);
    QVERIFY(stale.stale);
    // JSON that is not a company change (kept as unrecognised), and a test delivery of company C.
    QVERIFY(deliver(R"({"unique_id":"crm-x","what":"not a company change"})", u"2026-12-05T11:00:00Z"_s).ok);
    QVERIFY(deliver(companyBody(u"receiver-check"_s, u"3333333-3"_s, u"Gamma Oy"_s, 1, u"FI-01"_s),
                    u"2026-12-05T11:30:00Z"_s, DeliveryOrigin::Test)
                .ok);
}

void TestEventsStats::countsByEachDimension_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("days, local time") << QStringList {u"--by"_s, u"day"_s}
                                      << QStringList {u"2026-12-04=2"_s, u"2026-12-05=5"_s};
    QTest::newRow("the default is days") << QStringList {} << QStringList {u"2026-12-04=2"_s, u"2026-12-05=5"_s};
    QTest::newRow("days, UTC") << QStringList {u"--by"_s, u"day"_s, u"--utc"_s}
                               << QStringList {u"2026-12-04=3"_s, u"2026-12-05=4"_s};
    QTest::newRow("hours, local time") << QStringList {u"--by"_s, u"hour"_s}
                                       << QStringList {u"2026-12-04T22:00=1"_s, u"2026-12-04T23:00=1"_s,
                                                       u"2026-12-05T00:00=1"_s, u"2026-12-05T12:00=3"_s,
                                                       u"2026-12-05T13:00=1"_s};
    QTest::newRow("hours, UTC") << QStringList {u"--by"_s, u"HOUR"_s, u"--utc"_s}
                                << QStringList {u"2026-12-04T20:00Z=1"_s, u"2026-12-04T21:00Z=1"_s,
                                                u"2026-12-04T22:00Z=1"_s, u"2026-12-05T10:00Z=3"_s,
                                                u"2026-12-05T11:00Z=1"_s};
    // First events change nothing; the stale one and the unrecognised body neither.
    QTest::newRow("fields") << QStringList {u"--by"_s, u"field"_s}
                            << QStringList {u"staff_number=3"_s, u"company_name=1"_s, u"region=1"_s};
    QTest::newRow("regions") << QStringList {u"--by"_s, u"region"_s}
                             << QStringList {u"FI-18=4"_s, u"FI-01=2"_s, u"-=1"_s};
    QTest::newRow("companies") << QStringList {u"--by"_s, u"company"_s}
                               << QStringList {u"1111111-1=3"_s, u"2222222-2=3"_s, u"-=1"_s};
    QTest::newRow("origins") << QStringList {u"--by"_s, u"origin"_s}
                             << QStringList {u"delivery=6"_s, u"unrecognised=1"_s};
}

void TestEventsStats::countsByEachDimension()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const CliProcess::Run run = stats(arguments + QStringList {u"--json"_s}, m_history.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(rows(run), expected);
}

void TestEventsStats::tableForPeople()
{
    const CliProcess::Run run = stats({u"--by"_s, u"region"_s}, m_history.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"FI-18   4\nFI-01   2\n(none)  1\n"_s);
    QVERIFY(run.err.isEmpty());
}

void TestEventsStats::rangeAndTests()
{
    // From local midnight of 5 December (22:00 UTC on the 4th) to 11:00 UTC: the unrecognised body is outside.
    CliProcess::Run run = stats({u"--by"_s, u"origin"_s, u"--since"_s, u"2026-12-04T22:00:00Z"_s, u"--until"_s,
                                 u"2026-12-05T11:00:00Z"_s, u"--json"_s},
                                m_history.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(rows(run), QStringList {u"delivery=4"_s});
    run = stats({u"--by"_s, u"origin"_s, u"--include-tests"_s, u"--json"_s}, m_history.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(rows(run), (QStringList {u"delivery=6"_s, u"test=1"_s, u"unrecognised=1"_s}));
    // The same numbers in-process, through the store's own reader.
    EventStats direct(QDir(m_history.path()).filePath(EventStore::databaseFileName()));
    QList<EventStats::Bucket> buckets;
    QString error;
    EventStats::Range everything;
    everything.includeTests = true;
    QVERIFY2(direct.count(EventStats::Dimension::Company, everything, &buckets, &error), qPrintable(error));
    QCOMPARE(buckets.size(), 4);
    QCOMPARE(buckets.last().count, 1);
}

// What the Live events page's Overview reads (in-process, in UTC): the days split by origin with the stale event
// apart, the totals with Vainu's retry counted as an attempt, the companies by changes, all under a filter too.
void TestEventsStats::overviewAggregates()
{
    EventStats stats(QDir(m_history.path()).filePath(EventStore::databaseFileName()));
    EventStats::Range range;
    range.utc = true;
    QString error;
    EventStats::Overview overview;
    QVERIFY2(stats.overview(EventStats::Dimension::Day, range, 10, &overview, &error), qPrintable(error));
    QCOMPARE(overview.totals, (EventStats::Totals {7, 1, 1}));
    EventStats::OriginSplit fourth {u"2026-12-04"_s};
    fourth.delivery = 3;
    EventStats::OriginSplit fifth {u"2026-12-05"_s};
    fifth.delivery = 2;
    fifth.unrecognised = 1;
    fifth.stale = 1;
    QCOMPARE(overview.activity, (QList<EventStats::OriginSplit> {fourth, fifth}));
    QCOMPARE(overview.fields.size(), 3);
    QCOMPARE(overview.fields.first(), (EventStats::Bucket {u"staff_number"_s, 3}));
    QCOMPARE(overview.regions.first(), (EventStats::Bucket {u"FI-18"_s, 4}));
    QCOMPARE(overview.companies,
             (QList<EventStats::CompanyChanges> {{u"1111111-1"_s, u"Alpha Group Oy"_s, 2},
                                                 {u"2222222-2"_s, u"Beta Oy"_s, 1}}));
    // The top of each list only.
    QVERIFY2(stats.overview(EventStats::Dimension::Day, range, 1, &overview, &error), qPrintable(error));
    QCOMPARE(overview.fields, (QList<EventStats::Bucket> {{u"staff_number"_s, 3}}));
    QCOMPARE(overview.companies.size(), 1);

    // Per hour, the test delivery included: it has its own part.
    range.includeTests = true;
    QList<EventStats::OriginSplit> hours;
    QVERIFY2(stats.countByOrigin(EventStats::Dimension::Hour, range, &hours, &error), qPrintable(error));
    QCOMPARE(hours.size(), 5);
    QCOMPARE(hours.last().time, u"2026-12-05T11:00Z"_s);
    QCOMPARE(hours.last().test, 1);
    QCOMPARE(hours.last().unrecognised, 1);
    QCOMPARE(hours.last().total(), 2);

    // A filter of the Live events page: Alpha's events only, in every count.
    range.includeTests = false;
    range.filter.company = u"alpha"_s;
    EventStats::Totals totals;
    QVERIFY2(stats.totals(range, &totals, &error), qPrintable(error));
    QCOMPARE(totals, (EventStats::Totals {3, 0, 1}));
    // The Overview's first pass gives the same totals with the days.
    EventStats::Totals fromActivity;
    QList<EventStats::OriginSplit> days;
    QVERIFY2(stats.activity(EventStats::Dimension::Day, range, &fromActivity, &days, &error), qPrintable(error));
    QCOMPARE(fromActivity, totals);
    QCOMPARE(days.size(), 2);
    QList<EventStats::Bucket> fields;
    QVERIFY2(stats.count(EventStats::Dimension::Field, range, &fields, &error), qPrintable(error));
    QCOMPARE(fields, (QList<EventStats::Bucket> {{u"staff_number"_s, 2}, {u"company_name"_s, 1}}));
    range.filter.field = u"company_name"_s;
    range.since = QDateTime::fromString(u"2026-12-05T00:00:00Z"_s, Qt::ISODate);
    QList<EventStats::CompanyChanges> companies;
    QVERIFY2(stats.mostChangedCompanies(range, 10, &companies, &error), qPrintable(error));
    QCOMPARE(companies, (QList<EventStats::CompanyChanges> {{u"1111111-1"_s, u"Alpha Group Oy"_s, 1}}));
}

// The Overview's days and hours in this process's own local time, here half an hour off the hour (UTC-3:30, as in
// Newfoundland): its quarter-hour groups land in the local hour and day they belong to, as `--by hour` and
// `--by day` (SQLite's 'localtime') count them.
void TestEventsStats::overviewTimesInLocalTime()
{
    const ScopedTimeZone zone("NST3:30");
    EventStats stats(QDir(m_history.path()).filePath(EventStore::databaseFileName()));
    const EventStats::Range local;
    QString error;
    EventStats::Totals totals;
    QList<EventStats::OriginSplit> hours;
    QVERIFY2(stats.activity(EventStats::Dimension::Hour, local, &totals, &hours, &error), qPrintable(error));
    QStringList named;
    for (const EventStats::OriginSplit& hour : std::as_const(hours))
        named.append(hour.time + u'=' + QString::number(hour.total()));
    // 20:00Z is 16:30, 21:30Z 18:00, 22:30Z 19:00 (its retry an attempt); 10:00Z, 10:15Z and the stale one half a
    // second later are 06:30 to 06:45; the unrecognised body at 11:00Z 07:30. The test delivery is left out.
    QCOMPARE(named,
             (QStringList {u"2026-12-04T16:00=1"_s, u"2026-12-04T18:00=1"_s, u"2026-12-04T19:00=1"_s,
                           u"2026-12-05T06:00=3"_s, u"2026-12-05T07:00=1"_s}));
    QCOMPARE(totals, (EventStats::Totals {7, 1, 1}));
    QList<EventStats::Bucket> counted;
    QVERIFY2(stats.count(EventStats::Dimension::Hour, local, &counted, &error), qPrintable(error));
    QCOMPARE(counted.size(), hours.size());
    for (qsizetype i = 0; i < counted.size(); ++i)
        QCOMPARE(counted.at(i), (EventStats::Bucket {hours.at(i).time, hours.at(i).total()}));
    QList<EventStats::OriginSplit> days;
    QVERIFY2(stats.activity(EventStats::Dimension::Day, local, &totals, &days, &error), qPrintable(error));
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).time, u"2026-12-04"_s);
    QCOMPARE(days.at(0).total(), 3);
    QCOMPARE(days.at(1).total(), 4);
}

// A history a later version wrote may hold an origin this one does not know: it reads as a delivery
// (DeliveryOrigins::fromText), and the Overview's first pass counts it so, with the totals whole.
void TestEventsStats::anOriginOfALaterVersionCountsAsADelivery()
{
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const QString path = copy.filePath(EventStore::databaseFileName());
    const QString original = QDir(m_history.path()).filePath(EventStore::databaseFileName());
    QVERIFY(QFile::copy(original, path));
    if (QFile::exists(original + u"-wal"_s)) // what is not yet checkpointed into the file
        QVERIFY(QFile::copy(original + u"-wal"_s, path + u"-wal"_s));
    {
        const SqliteTestSupport::Database db(path);
        QVERIFY(db.isOpen());
        QVERIFY(SqliteTestSupport::exec(
            db.handle(), "UPDATE events SET origin = 'relayed' WHERE id = (SELECT min(id) FROM events)"));
    }
    EventStats stats(path);
    EventStats::Range range;
    range.utc = true;
    QString error;
    EventStats::Totals totals;
    QVERIFY2(stats.totals(range, &totals, &error), qPrintable(error));
    EventStats::Totals fromActivity;
    QList<EventStats::OriginSplit> days;
    QVERIFY2(stats.activity(EventStats::Dimension::Day, range, &fromActivity, &days, &error), qPrintable(error));
    QCOMPARE(fromActivity, totals);
    QCOMPARE(fromActivity.events, 7);
    QCOMPARE(days.value(0).delivery, 3); // B's first event, now "relayed", and A's two
}

void TestEventsStats::emptyHistory()
{
    QTemporaryDir empty;
    {
        EventStore store;
        const QString error = StoreTestSupport::openStore(store, empty.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    CliProcess::Run run = stats({u"--by"_s, u"field"_s, u"--json"_s}, empty.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"[]"_s);
    run = stats({u"--by"_s, u"day"_s}, empty.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"No events"_s), qPrintable(run.err));
}

void TestEventsStats::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad --since") << QStringList {u"--since"_s, u"yesterday"_s} << 2
                                 << u"--since must be an ISO 8601 time or date"_s;
    QTest::newRow("bad --until") << QStringList {u"--until"_s, u"2026-13-01"_s} << 2
                                 << u"--until must be an ISO 8601 time or date"_s;
    QTest::newRow("until before since") << QStringList {u"--since"_s, u"2026-12-05"_s, u"--until"_s, u"2026-12-04"_s}
                                        << 2 << u"--until must be later than --since"_s;
    QTest::newRow("unknown dimension") << QStringList {u"--by"_s, u"week"_s} << 2
                                       << u"Cannot count by \"week\": use one of day, hour, field"_s;
    QTest::newRow("unknown option") << QStringList {u"--per"_s, u"day"_s} << 2 << u"Unknown option 'per'"_s;
}

void TestEventsStats::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliProcess::Run run = stats(arguments, m_history.path());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // No history in the folder: say where to look, exit 1.
    QTemporaryDir nothing;
    const CliProcess::Run none = stats({}, nothing.path());
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"No event database"_s), qPrintable(none.err));
}

QTEST_GUILESS_MAIN(TestEventsStats)
#include "tst_eventsstats.moc"
