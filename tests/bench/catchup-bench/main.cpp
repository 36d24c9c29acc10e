// Catch-up benchmark: a history of 100,000 companies compared with the sandbox's Get Companies, as the app
// does it when the receiver starts after downtime (session/CatchUp).
//
// Build (VW_BUILD_BENCHMARKS=ON, the default) and run, or use scripts/bench.sh:
//     cmake --build build --target catchup-bench
//     build/bin/catchup-bench [COMPANIES] [CHANGED_PER_MILLE]
// (defaults: 100000 companies, 10 per mille of them changed since their snapshot)
//
// The sandbox runs in its own thread, as in the app, with COMPANIES companies. The store is a real SQLite
// file with one snapshot per company (a delivery of its current data, some of them with an older
// staff_number so that catching up finds them changed). The main thread plays the GUI thread: a 5 ms
// heartbeat timer measures the longest gap of its event loop while the run goes on.
//
// Baseline, measured in the same run: the same Get Companies calls alone (1,000 business ids per POST,
// one after the other, answers parsed), without reading snapshots, comparing or recording: the floor a
// catch-up cannot beat. Then two catch-up runs: the first finds the changes, the second finds nothing.
// Printed: companies per second, the longest event-loop stall, and the peak memory the run added
// (VmHWM after the run minus VmRSS before it, the high-water mark reset through /proc/self/clear_refs).
// Targets: at least 5,000 companies/s, no stall over 50 ms.
#include "api/VainuClient.h"
#include "cli/CliCall.h"
#include "core/CatchUpComparison.h"
#include "sandbox/SandboxThread.h"
#include "session/CatchUp.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Heartbeat
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    void tick()
    {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    }
    void reset()
    {
        last = clock.elapsed();
        longest = 0;
    }
};

// A value of /proc/self/status in kB, e.g. "VmRSS" or "VmHWM"; -1 where there is no such file.
qint64 statusKb(const char* name)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5"); // resets VmHWM to the current RSS (Linux 4.0 and later)
}

// Every company's business id and its ten delivery fields, page by page (kept: 100,000 small objects).
bool readCompanies(VainuClient& client, QList<QJsonObject>* companies)
{
    CompanyQuery query;
    query.fields = CatchUpComparison::requestedFields();
    query.limit = 1000;
    for (query.offset = 0;; query.offset += query.limit) {
        const auto [error, page] = CliCall::await(client.getCompanies(query));
        if (error.isError()) {
            std::fprintf(stderr, "Get Companies: %s\n", qPrintable(error.userMessage()));
            return false;
        }
        for (const Company& company : page.items)
            companies->append(company.fields);
        if (page.items.size() < query.limit)
            return true;
    }
}

// One snapshot per company, through the store's writer as deliveries; every changedPerMille-th one older.
bool writeHistory(EventStore& store, const QList<QJsonObject>& companies, int changedPerMille, int* older)
{
    QObject context;
    qsizetype pending = 0;
    bool ok = true;
    QEventLoop loop;
    const int every = changedPerMille > 0 ? 1000 / changedPerMille : 0;
    for (qsizetype i = 0; i < companies.size(); ++i) {
        QJsonObject data = companies.at(i);
        if (every > 0 && i % every == 0) {
            data.insert(u"staff_number"_s, data.value(u"staff_number"_s).toInteger() + 1);
            ++*older;
        }
        const QByteArray body = QJsonDocument(QJsonObject {{u"data"_s, data},
                                                           {u"number_of_tries"_s, 1},
                                                           {u"type"_s, u"company_change_webhook"_s},
                                                           {u"unique_id"_s, u"bench-%1"_s.arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        IncomingDelivery delivery;
        delivery.change.uniqueId = u"bench-%1"_s.arg(i);
        delivery.change.type = u"company_change_webhook"_s;
        delivery.change.data = data;
        delivery.rawBody = body;
        delivery.remoteAddress = u"127.0.0.1"_s;
        delivery.arrival = QDateTime::currentDateTimeUtc();
        ++pending;
        store.submit(std::move(delivery), &context, [&](const StoreOutcome& outcome) {
            ok = ok && outcome.ok;
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured, also into a file
    const QStringList args = app.arguments();
    const int companyCount = args.value(1, u"100000"_s).toInt();
    const int changedPerMille = args.value(2, u"10"_s).toInt();

    SandboxOptions options;
    options.companyCount = companyCount;
    SandboxThread sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const ApiConnection connection {sandbox.apiBaseUrl(), sandbox.demoApiKey()};
    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection(connection);

    QList<QJsonObject> companies;
    if (!readCompanies(client, &companies))
        return 1;
    QTemporaryDir data;
    EventStore store;
    StoreOptions storeOptions;
    storeOptions.directory = data.path();
    if (!store.open(storeOptions, &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    int older = 0;
    if (!writeHistory(store, companies, changedPerMille, &older)) {
        std::fprintf(stderr, "the history could not be written\n");
        return 1;
    }
    QStringList ids;
    for (const QJsonObject& company : std::as_const(companies))
        ids.append(company.value(u"business_id"_s).toString());
    companies.clear();
    companies.squeeze();
    std::printf("companies %d, snapshots older than the sandbox's data %d\n", companyCount, older);

    Heartbeat beat;
    beat.clock.start();
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&beat] { beat.tick(); });
    heartbeat.start();
    // One idle second first: the longest gap of an event loop with nothing to do is this machine's noise floor.
    {
        QEventLoop idle;
        QTimer::singleShot(1000, &idle, &QEventLoop::quit);
        idle.exec();
    }
    std::printf("idle event loop, 1 s: longest gap %lld ms (the machine's noise floor)\n",
                static_cast<long long>(beat.longest));

    // Baseline: the Get Companies calls alone.
    beat.reset();
    QElapsedTimer clock;
    clock.start();
    qsizetype fetched = 0;
    for (qsizetype offset = 0; offset < ids.size(); offset += 1000) {
        CompanyQuery query;
        query.filters = {{u"business_id__in"_s, ids.mid(offset, 1000).join(u',')}};
        query.fields = CatchUpComparison::requestedFields();
        query.limit = 1000;
        const auto [callError, page] = CliCall::await(client.findCompanies(query));
        if (callError.isError()) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(callError.userMessage()));
            return 1;
        }
        fetched += page.items.size();
    }
    const qint64 baselineMs = clock.elapsed();
    std::printf("baseline, Get Companies alone (%lld companies in %lld calls): %lld ms, %.0f companies/s\n",
                static_cast<long long>(fetched), static_cast<long long>((ids.size() + 999) / 1000),
                static_cast<long long>(baselineMs),
                baselineMs > 0 ? double(fetched) * 1000.0 / double(baselineMs) : 0.0);
    ids.clear();
    ids.squeeze();

    bool ok = true;
    for (const char* label : {"catch-up, first run", "catch-up, second run"}) {
        resetPeakMemory();
        const qint64 rssBefore = statusKb("VmRSS");
        beat.reset();
        clock.restart();
        CatchUp catchUp(connection, &store);
        const CatchUpResult result = catchUp.run();
        const qint64 ms = clock.elapsed();
        const qint64 peakAdded = statusKb("VmHWM") - rssBefore;
        if (!result.ok()) {
            std::fprintf(stderr, "%s failed: %s\n", label, qPrintable(result.error));
            return 1;
        }
        std::printf("%s: compared %lld, changed %lld, %lld ms, %.0f companies/s, longest event-loop stall %lld ms, "
                    "peak memory added %.1f MB\n",
                    label, static_cast<long long>(result.compared), static_cast<long long>(result.changed),
                    static_cast<long long>(ms), ms > 0 ? double(result.compared) * 1000.0 / double(ms) : 0.0,
                    static_cast<long long>(beat.longest), double(peakAdded) / 1024.0);
        ok = ok && result.compared == companyCount;
    }
    store.close();
    return ok ? 0 : 1;
}
