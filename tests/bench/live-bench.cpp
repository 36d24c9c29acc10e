// live-bench: how the Live events page behaves under load and with a large history.
//
//   live-bench flow [--seconds 10] [--connections 8]
//       The real LiveEventsPage, ReceiverService (receiver + store) and a load generator in another
//       thread that posts deliveries over loopback HTTP for the given time. A 5 ms QTimer on the GUI
//       thread measures the event loop: the longest gap between ticks beyond 5 ms is the longest stall.
//   live-bench open [--rows 1000000] [--data-dir DIR]
//       Fills a store with that many events (reused when DIR already holds them), then measures how
//       long the page takes to show it (ids listed, last page read) and to jump to the middle.
//   live-bench overview [--rows 1000000] [--data-dir DIR] [--range day|week|month|all]
//       The same history; times the Overview tab's aggregates: first straight on a reader connection (the
//       baseline: the SQL alone, per query), then in the page, from showing the tab to its first chart, and each
//       range after it, with the longest GUI event-loop gap meanwhile. Targets (issue 19): 500 ms, 16 ms.
// Run it with a display (Xvfb) or QT_QPA_PLATFORM=offscreen.

#include "ThreadCpuTime.h"
#include "core/CompanyChange.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/OverviewPanel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"
#include "store/EventStats.h"
#include "store/EventStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray deliveryBody(quint64 n)
{
    const int company = int(n % 1000);
    const QJsonObject data {{u"business_id"_s, QString::number(2000000 + company)},
                            {u"company_name"_s, u"Bench Company %1 Oy"_s.arg(company)},
                            {u"staff_number"_s, qint64(n)},
                            {u"turn_over"_s, 1000 + company},
                            {u"visiting_city"_s, u"HELSINKI"_s},
                            {u"domain"_s, u"bench%1.example"_s.arg(company)},
                            {u"status"_s, u"active"_s}};
    return QJsonDocument(QJsonObject {{u"data"_s, data},
                                      {u"number_of_tries"_s, 1},
                                      {u"type"_s, u"company_change_webhook"_s},
                                      {u"unique_id"_s, u"bench-%1"_s.arg(company)}})
        .toJson(QJsonDocument::Compact);
}

// The history `open` and `overview` read: unlike deliveryBody() (the flow's load), it looks like months of real
// deliveries, so that the Overview's aggregates have something to group: 20,000 companies in 8 regions, each
// event changing the staff number and now and then other fields, arrivals spread evenly over the last 90 days.
constexpr int historyCompanies = 20000;
constexpr qint64 historyDays = 90;

QByteArray historyBody(qint64 n, int generationBack = 0, int tries = 1)
{
    static const char* const regions[]
        = {"Uusimaa", "Pirkanmaa", "Varsinais-Suomi", "Pohjois-Pohjanmaa", "Keski-Suomi", "Satakunta", "Lappi", ""};
    const int company = int((n * 7919) % historyCompanies); // 7919 is prime: neighbours are different companies
    const qint64 generation = n / historyCompanies - generationBack; // the company's how-many-th state
    QJsonObject data {{u"business_id"_s, QString::number(2000000 + company)},
                      {u"company_name"_s, u"History Company %1 Oy"_s.arg(company)},
                      {u"staff_number"_s, 10 + generation},
                      {u"turn_over"_s, 1000 + company + generation / 3 * 100},
                      {u"visiting_city"_s, generation % 13 == 12 ? u"TAMPERE"_s : u"HELSINKI"_s},
                      {u"domain"_s, u"company%1-%2.example"_s.arg(company).arg(generation / 7)},
                      {u"status"_s, generation % 11 == 10 ? u"inactive"_s : u"active"_s}};
    if (company % 8 != 7) // one company in eight has no region
        data.insert(u"region"_s, QString::fromLatin1(regions[company % 8]));
    return QJsonDocument(QJsonObject {{u"data"_s, data},
                                      {u"number_of_tries"_s, tries},
                                      {u"type"_s, u"company_change_webhook"_s},
                                      {u"unique_id"_s, u"history-%1-%2"_s.arg(n).arg(generationBack)}})
        .toJson(QJsonDocument::Compact);
}

// Fills the store in `directory` up to `rows` events (reused when it holds them already). Every 50th event is
// also delivered again (Vainu's retry: a duplicate attempt, not an event), and every 97th is followed by an older
// state of its company arriving late (a stale event, which counts as an event too).
bool fillHistory(const QString& directory, qint64 rows)
{
    EventStore store;
    StoreOptions options;
    options.directory = directory;
    options.synchronousFull = false;
    QString error;
    if (!store.open(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    qint64 have = store.maxEventId();
    if (have >= rows)
        return true;
    std::printf("history: filling the store with about %lld events…\n", static_cast<long long>(rows - have));
    std::fflush(stdout);
    QElapsedTimer fill;
    fill.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 step = historyDays * 24 * 3600 * 1000 / std::max<qint64>(rows, 1);
    const auto submit = [&store](const QByteArray& raw, qint64 arrival) {
        IncomingDelivery delivery;
        delivery.change = CompanyChange::fromJson(raw).value();
        delivery.rawBody = raw;
        delivery.remoteAddress = u"127.0.0.1"_s;
        delivery.arrival = QDateTime::fromMSecsSinceEpoch(arrival, Qt::UTC);
        store.submit(delivery, &store, [](const StoreOutcome&) {});
    };
    // Continues from the id it has (ids count stale events too: close enough for a reused folder).
    for (qint64 n = have; n < rows; ++n) {
        const qint64 arrival = now - (rows - n) * step;
        submit(historyBody(n), arrival);
        if (n % 50 == 49)
            submit(historyBody(n, 0, 2), arrival + 1000);
        if (n % 97 == 96 && n >= historyCompanies)
            submit(historyBody(n, 1, 3), arrival + 2000);
        if (n % 20000 == 0)
            store.flush(); // keep the queue short
    }
    store.flush(600000);
    std::printf("history: filled in %.1f s\n", fill.elapsed() / 1000.0);
    return true;
}

// Measures the GUI thread's event loop with a 5 ms timer.
qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = steadyNs();
            if (m_last > 0) {
                m_gaps.append((now - m_last) / 1000); // microseconds
                if (now - m_last > m_longestEnd - m_longestStart) {
                    m_longestStart = m_last;
                    m_longestEnd = now;
                }
            }
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = 0;
        m_longestStart = m_longestEnd = 0;
        m_timer.start();
    }
    // When the longest gap began and ended, in steadyNs().
    std::pair<qint64, qint64> longest() const { return {m_longestStart, m_longestEnd}; }
    void stop() { m_timer.stop(); }
    double maxMs() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()) / 1000.0; }
    double percentileMs(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size()))) / 1000.0;
    }
    qsizetype ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_longestStart = 0;
    qint64 m_longestEnd = 0;
    QList<qint64> m_gaps;
};

// Keeps `connections` POSTs in flight until told to stop; lives in its own thread.
class LoadGenerator : public QObject
{
public:
    LoadGenerator(QUrl url, int connections)
        : m_url(std::move(url))
        , m_connections(connections)
    { }
    void start()
    {
        m_network = new QNetworkAccessManager(this);
        for (int i = 0; i < m_connections; ++i)
            post();
    }
    std::atomic_bool stopping {false};
    std::atomic<quint64> sent {0};
    std::atomic<quint64> ok {0};

private:
    void post()
    {
        if (stopping)
            return;
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply* reply = m_network->post(request, deliveryBody(sent++));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++ok;
            reply->deleteLater();
            post();
        });
    }
    QUrl m_url;
    int m_connections;
    QNetworkAccessManager* m_network = nullptr;
};

// Runs the event loop until done() or the timeout. The loop sleeps between events, as the application's does:
// spinning processEvents() would keep the GUI thread busy, and on a loaded machine the scheduler then preempts
// it for whole time slices, which the stall meter would count as the page's stalls.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

// Times every event the GUI thread handles (the outermost delivery; nested sends count in it), by receiver class
// and event type, in this thread's CPU time as well as wall time: on a loaded machine wall-clock gaps include the
// time the scheduler gave other processes, CPU time is what the page itself costs.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Nested deliveries count in the outermost one; paint events are also listed by widget, to show what
        // a repaint covers.
        const bool paint = event->type() == QEvent::Paint;
        if (m_depth > 0 && !paint)
            return QApplication::notify(receiver, event);
        const std::string key = std::string(m_depth > 0 ? "  paint " : "") + receiver->metaObject()->className() + '/'
            + std::to_string(int(event->type()));
        ++m_depth;
        QElapsedTimer wall;
        wall.start();
        const qint64 cpuStart = threadCpuNanoseconds();
        const bool result = QApplication::notify(receiver, event);
        const qint64 cpu = threadCpuNanoseconds() - cpuStart;
        const qint64 wallNs = wall.nsecsElapsed();
        --m_depth;
        if (m_depth == 0)
            m_timeline.push_back({steadyNs() - wallNs, wallNs, key});
        Stat& stat = m_stats[key];
        ++stat.count;
        stat.cpuNs += cpu;
        stat.maxCpuNs = std::max(stat.maxCpuNs, cpu);
        stat.maxWallNs = std::max(stat.maxWallNs, wallNs);
        return result;
    }
    void startRecording()
    {
        m_stats.clear();
        m_timeline.clear();
        m_cpuStart = threadCpuNanoseconds();
        m_recording = true;
    }
    void stopRecording()
    {
        m_recording = false;
        m_cpuNs = threadCpuNanoseconds() - m_cpuStart;
    }
    // The GUI thread's CPU time while recording, and the events that cost most at once.
    void report(double seconds) const
    {
        std::vector<std::pair<std::string, Stat>> sorted(m_stats.begin(), m_stats.end());
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto& a, const auto& b) { return a.second.maxCpuNs > b.second.maxCpuNs; });
        std::printf("gui: GUI thread CPU %.0f ms in %.1f s (%.1f%% of a core); longest single event %.1f ms CPU\n",
                    m_cpuNs / 1e6, seconds, 100.0 * m_cpuNs / 1e9 / seconds,
                    sorted.empty() ? 0.0 : sorted.front().second.maxCpuNs / 1e6);
        for (std::size_t i = 0; i < std::min<std::size_t>(14, sorted.size()); ++i) {
            const Stat& stat = sorted[i].second;
            std::printf("gui:   %-40s x%-6lld max %6.2f ms CPU (%6.2f ms wall), total %7.1f ms CPU\n",
                        sorted[i].first.c_str(), static_cast<long long>(stat.count), stat.maxCpuNs / 1e6,
                        stat.maxWallNs / 1e6, stat.cpuNs / 1e6);
        }
    }

    // The events the GUI thread handled between `from` and `to` (steadyNs()), 0.5 ms or longer: what a gap was
    // spent on.
    void reportSpan(qint64 from, qint64 to) const
    {
        std::printf("gui: the longest gap, %.1f ms, was spent on:\n", (to - from) / 1e6);
        for (const Handled& handled : m_timeline) {
            if (handled.startNs + handled.wallNs < from || handled.startNs > to || handled.wallNs < 500000)
                continue;
            std::printf("gui:   +%5.1f ms %-40s %6.2f ms wall\n", (handled.startNs - from) / 1e6, handled.key.c_str(),
                        handled.wallNs / 1e6);
        }
    }

private:
    struct Handled
    {
        qint64 startNs;
        qint64 wallNs;
        std::string key;
    };
    std::vector<Handled> m_timeline;
    struct Stat
    {
        qint64 count = 0;
        qint64 cpuNs = 0;
        qint64 maxCpuNs = 0;
        qint64 maxWallNs = 0;
    };
    std::map<std::string, Stat> m_stats;
    bool m_recording = false;
    int m_depth = 0;
    qint64 m_cpuStart = 0;
    qint64 m_cpuNs = 0;
};

LiveEventsPage* showPage()
{
    auto* page = new LiveEventsPage;
    page->resize(1280, 800);
    page->show();
    return page;
}

int runFlow(int seconds, int connections, bool withPage)
{
    QTemporaryDir dir;
    ReceiverService service(nullptr);
    QString error;
    if (!service.openStore(dir.path(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Profile profile;
    profile.kind = Profile::Kind::Vainu;
    profile.receiver.port = 0;
    profile.receiver.autostart = true;
    QSignalSpy listening(service.receiver(), &WebhookReceiver::listening);
    service.setProfile(profile);
    if (!listening.wait(10000)) {
        std::fprintf(stderr, "receiver did not start: %s\n", qPrintable(service.receiver()->lastError()));
        return 1;
    }
    LiveEventsPage* page = showPage();
    if (withPage) // --no-page: the same load and window, but the page does not follow the store
        page->setService(&service);
    waitFor([page] { return !page->model()->isLoading(); }, 10000);

    // The same meter with no load first: on a shared machine the scheduler alone causes gaps.
    StallMeter idle;
    idle.start();
    waitFor([] { return false; }, 3000);
    idle.stop();
    std::printf("idle: GUI event loop with no deliveries, 3 s: longest gap %.1f ms, p99 %.1f ms\n", idle.maxMs(),
                idle.percentileMs(0.99));

    QThread loadThread;
    LoadGenerator load(service.receiver()->localUrl(), connections);
    load.moveToThread(&loadThread);
    loadThread.start();
    StallMeter meter;
    meter.start();
    auto* app = static_cast<TimedApplication*>(QCoreApplication::instance());
    app->startRecording();
    QMetaObject::invokeMethod(&load, [&load] { load.start(); });
    QElapsedTimer clock;
    clock.start();
    waitFor([] { return false; }, seconds * 1000);
    load.stopping = true;
    const double elapsed = clock.elapsed() / 1000.0;
    if (withPage)
        waitFor([&] { return page->model()->rowCount() >= int(load.ok) && load.ok > 0; }, 10000);
    meter.stop();
    app->stopRecording();
    loadThread.quit();
    loadThread.wait();
    std::printf("flow: %.1f s, %d connections, %llu deliveries answered 200 (%.0f/s), %d rows in the table\n", elapsed,
                connections, static_cast<unsigned long long>(load.ok.load()), double(load.ok) / elapsed,
                page->model()->rowCount());
    std::printf("flow: GUI event loop over %lld ticks of a 5 ms timer: longest gap %.1f ms, p99 %.1f ms, p50 %.1f ms\n",
                static_cast<long long>(meter.ticks()), meter.maxMs(), meter.percentileMs(0.99),
                meter.percentileMs(0.5));
    app->report(elapsed);
    delete page;
    return meter.maxMs() > 50 ? 3 : 0;
}

int runOpen(qint64 rows, const QString& dataDir)
{
    QTemporaryDir temp;
    const QString directory = dataDir.isEmpty() ? temp.path() : dataDir;
    if (!fillHistory(directory, rows))
        return 1;
    ReceiverService service(nullptr);
    QString error;
    QElapsedTimer clock;
    clock.start();
    // EventStore::open() is synchronous (the writer thread opens and migrates): timed on its own.
    if (!service.openStore(directory, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 storeOpen = clock.elapsed();
    // The window is on screen before a history opens (at start-up, and on a profile switch): its first paint, which
    // costs the same whatever the history, is timed on its own, and the meter starts once it is done.
    auto* app = static_cast<TimedApplication*>(QCoreApplication::instance());
    QElapsedTimer firstPaint;
    firstPaint.start();
    LiveEventsPage* page = showPage();
    const qint64 built = firstPaint.elapsed();
    QCoreApplication::processEvents();
    std::printf("open: the page shown without a history first: built in %lld ms, first painted %lld ms later\n",
                static_cast<long long>(built), static_cast<long long>(firstPaint.elapsed() - built));
    waitFor([] { return false; }, 300);
    EventTableModel* model = page->model();
    StallMeter meter;
    meter.start();
    app->startRecording();
    clock.start();
    // The one step of opening that runs on the GUI thread with all the ids: the model reset.
    QElapsedTimer resetClock;
    qint64 resetMs = -1;
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, model, [&] { resetClock.start(); });
    QObject::connect(model, &EventTableModel::reloaded, model, [&] {
        if (model->rowCount() > 0 && resetMs < 0)
            resetMs = resetClock.elapsed();
    });
    page->setService(&service);
    const qint64 opened = clock.elapsed();
    waitFor([model] { return !model->isLoading() && model->rowCount() > 0; }, 120000);
    const qint64 listed = clock.elapsed();
    const int last = model->rowCount() - 1;
    waitFor([model, last] { return model->data(model->index(last, 0), EventTableModel::LoadedRole).toBool(); }, 60000);
    const qint64 shown = clock.elapsed();
    // Jump to the middle, as dragging the scroll bar does.
    const int middle = model->rowCount() / 2;
    QElapsedTimer jump;
    jump.start();
    page->table()->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtCenter);
    waitFor([model, middle] { return model->data(model->index(middle, 0), EventTableModel::LoadedRole).toBool(); },
            60000);
    const qint64 jumped = jump.elapsed();
    meter.stop();
    std::printf("open: %d rows; EventStore::open %lld ms; then page set up %lld ms, ids listed %lld ms, newest rows "
                "shown %lld ms, jump to the middle %lld ms\n",
                model->rowCount(), static_cast<long long>(storeOpen), static_cast<long long>(opened),
                static_cast<long long>(listed), static_cast<long long>(shown), static_cast<long long>(jumped));
    std::printf("open: GUI event loop meanwhile: longest gap %.1f ms (p99 %.1f ms); model reset with all ids %lld ms\n",
                meter.maxMs(), meter.percentileMs(0.99), static_cast<long long>(resetMs));
    app->stopRecording();
    app->reportSpan(meter.longest().first, meter.longest().second);
    delete page;
    return 0;
}

// The Overview's ranges, as OverviewPanel::refresh() reads them: since when, and per hour or per day.
struct OverviewRange
{
    const char* name;
    OverviewPanel::Span span;
};
constexpr OverviewRange overviewRanges[] = {{"day", OverviewPanel::Span::Day},
                                            {"week", OverviewPanel::Span::Week},
                                            {"month", OverviewPanel::Span::Month},
                                            {"all", OverviewPanel::Span::All}};

EventStats::Range statsRange(OverviewPanel::Span span, EventStats::Dimension* time)
{
    const QDateTime now = QDateTime::currentDateTime();
    EventStats::Range range;
    switch (span) {
    case OverviewPanel::Span::Day:
        range.since = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(-23 * 3600);
        break;
    case OverviewPanel::Span::Week:
        range.since = QDateTime(now.date().addDays(-6), QTime(0, 0));
        break;
    case OverviewPanel::Span::Month:
        range.since = QDateTime(now.date().addDays(-29), QTime(0, 0));
        break;
    case OverviewPanel::Span::All:
    case OverviewPanel::Span::Custom: // not measured: its days are the user's
        break;
    }
    *time = span == OverviewPanel::Span::Day ? EventStats::Dimension::Hour : EventStats::Dimension::Day;
    return range;
}

// Counts the paint events of a widget and notes when each began: the chart drawn, not only filled.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(const QElapsedTimer& clock)
        : m_clock(clock)
    { }
    int paints = 0;
    QList<qint64> paintMs; // when each began

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            paintMs.append(m_clock.elapsed());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
};

int runOverview(qint64 rows, const QString& dataDir, const QString& firstRangeName)
{
    const auto first
        = std::find_if(std::begin(overviewRanges), std::end(overviewRanges),
                       [&](const OverviewRange& range) { return firstRangeName == QLatin1StringView(range.name); });
    if (first == std::end(overviewRanges)) {
        std::fprintf(stderr, "Unknown range %s: use day, week, month or all.\n", qPrintable(firstRangeName));
        return 2;
    }
    QTemporaryDir temp;
    const QString directory = dataDir.isEmpty() ? temp.path() : dataDir;
    if (!fillHistory(directory, rows))
        return 1;
    ReceiverService service(nullptr);
    QString error;
    if (!service.openStore(directory, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // Baseline: the same aggregates straight on a reader connection of their own, no GUI, each query timed (what
    // dominates), then overview() as the panel calls it. It runs first, so the GUI run below finds the OS's file
    // cache as warm as this one left it, as it would after any earlier use of the app.
    for (const OverviewRange& entry : overviewRanges) {
        EventStats stats(service.store()->databasePath());
        EventStats::Dimension time;
        const EventStats::Range range = statsRange(entry.span, &time);
        EventStats::Totals totals;
        QList<EventStats::OriginSplit> activity;
        QList<EventStats::Bucket> fields;
        QList<EventStats::Bucket> regions;
        QList<EventStats::CompanyChanges> companies;
        EventStats::Overview overview;
        QElapsedTimer clock;
        qint64 ms[6];
        clock.start();
        bool ok = stats.totals(range, &totals, &error);
        ms[0] = clock.restart();
        ok = ok && stats.activity(time, range, &totals, &activity, &error); // what the first chart waits for
        ms[1] = clock.restart();
        ok = ok && stats.count(EventStats::Dimension::Field, range, &fields, &error);
        ms[2] = clock.restart();
        ok = ok && stats.count(EventStats::Dimension::Region, range, &regions, &error);
        ms[3] = clock.restart();
        ok = ok && stats.mostChangedCompanies(range, 10, &companies, &error);
        ms[4] = clock.restart();
        ok = ok && stats.overview(time, range, 10, &overview, &error);
        ms[5] = clock.elapsed();
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf(
            "baseline: %-5s %8lld events: SQL alone, totals %lld ms, activity with totals %lld ms, fields %lld ms, "
            "regions %lld ms, companies %lld ms; overview() in one transaction %lld ms\n",
            entry.name, static_cast<long long>(totals.events), static_cast<long long>(ms[0]),
            static_cast<long long>(ms[1]), static_cast<long long>(ms[2]), static_cast<long long>(ms[3]),
            static_cast<long long>(ms[4]), static_cast<long long>(ms[5]));
    }

    // The page as the app opens it, on its Events tab; the Overview reads nothing while hidden.
    QElapsedTimer clock;
    clock.start();
    LiveEventsPage* page = showPage();
    EventTableModel* model = page->model();
    page->setService(&service);
    waitFor([model] { return !model->isLoading() && model->rowCount() > 0; }, 120000);
    const qint64 eventsTab = clock.elapsed();
    OverviewPanel* panel = page->overviewPanel();
    panel->setSpan(first->span);
    // The activity chart's paints counted when it was filled: the paint may come before waitFor() sees the signal.
    // The first chart is the events over time (the panel reads it first); the rankings fill the rest after it.
    int refreshes = 0;
    int activityShown = 0;
    int paintsWhenFilled = 0;
    qint64 activityFilled = -1;
    qint64 filled = -1;
    PaintCounter painted(clock);
    qint64 lastActivityMs = -1;
    QObject::connect(panel, &OverviewPanel::activityRefreshed, panel, [&] {
        lastActivityMs = clock.elapsed();
        if (++activityShown == 1) {
            activityFilled = clock.elapsed();
            paintsWhenFilled = painted.paints;
        }
    });
    QObject::connect(panel, &OverviewPanel::refreshed, panel, [&] {
        if (++refreshes == 1)
            filled = clock.elapsed();
    });
    auto* chart = panel->findChild<QAbstractScrollArea*>(u"activityChart"_s);
    if (!chart) {
        std::fprintf(stderr, "The Overview has no activityChart.\n");
        return 1;
    }
    chart->viewport()->installEventFilter(&painted);
    waitFor([] { return false; }, 500); // settle: the Events tab's last reads and paints

    StallMeter meter;
    meter.start();
    auto* app = static_cast<TimedApplication*>(QCoreApplication::instance());
    app->startRecording();
    QElapsedTimer all;
    all.start();
    clock.start();
    page->showOverview();
    waitFor([&] { return activityShown >= 1 && painted.paints > paintsWhenFilled; }, 120000);
    const qint64 drawn = painted.paints > paintsWhenFilled ? painted.paintMs.at(paintsWhenFilled) : -1;
    waitFor([&] { return refreshes >= 1; }, 120000);
    const double firstGap = meter.maxMs();
    const double firstP99 = meter.percentileMs(0.99);
    std::printf("overview: %s, %lld events counted: tab shown to the first chart (events over time) filled %lld ms, "
                "drawn %lld ms (target 500 ms: %s); every chart filled %lld ms\n",
                first->name, static_cast<long long>(panel->shown().totals.events),
                static_cast<long long>(activityFilled), static_cast<long long>(drawn),
                drawn >= 0 && drawn <= 500 ? "met" : "MISSED", static_cast<long long>(filled));
    std::printf("overview: GUI event loop meanwhile: longest gap %.1f ms, p99 %.1f ms (target 16 ms: %s)\n", firstGap,
                firstP99, firstGap <= 16 ? "met" : "MISSED");

    // Every other range, chosen in the combo box as a user would: its reading until the charts show it.
    for (const OverviewRange& entry : overviewRanges) {
        if (&entry == first)
            continue;
        const int before = refreshes;
        clock.start();
        panel->setSpan(entry.span);
        waitFor([&] { return refreshes > before; }, 120000);
        std::printf("overview: range %-5s %8lld events: events over time shown %lld ms, every chart %lld ms\n",
                    entry.name, static_cast<long long>(panel->shown().totals.events),
                    static_cast<long long>(lastActivityMs), static_cast<long long>(clock.elapsed()));
    }
    meter.stop();
    app->stopRecording();
    std::printf("overview: GUI event loop over all ranges: longest gap %.1f ms, p99 %.1f ms, %lld ticks\n",
                meter.maxMs(), meter.percentileMs(0.99), static_cast<long long>(meter.ticks()));
    app->report(all.elapsed() / 1000.0); // what the GUI thread spent the time on
    app->reportSpan(meter.longest().first, meter.longest().second);
    std::printf("overview: baseline in the page: the Events tab opened (ids listed) in %lld ms\n",
                static_cast<long long>(eventsTab));
    delete page;
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"mode"_s, u"flow, open or overview"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"flow: how long to post"_s, u"s"_s, u"10"_s);
    const QCommandLineOption connections(u"connections"_s, u"flow: requests in flight"_s, u"n"_s, u"8"_s);
    const QCommandLineOption noPage(u"no-page"_s, u"flow: baseline, the page does not show the events"_s);
    const QCommandLineOption rows(u"rows"_s, u"open, overview: events in the store"_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"open, overview: keep the store here (reused)"_s, u"dir"_s);
    const QCommandLineOption range(u"range"_s, u"overview: the range shown first, day, week, month or all"_s,
                                   u"range"_s, u"week"_s);
    parser.addOptions({seconds, connections, noPage, rows, dataDir, range});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0, u"flow"_s);
    if (mode == u"flow")
        return runFlow(parser.value(seconds).toInt(), parser.value(connections).toInt(), !parser.isSet(noPage));
    if (mode == u"open")
        return runOpen(parser.value(rows).toLongLong(), parser.value(dataDir));
    if (mode == u"overview")
        return runOverview(parser.value(rows).toLongLong(), parser.value(dataDir), parser.value(range));
    std::fprintf(stderr, "Unknown mode %s: use flow, open or overview.\n", qPrintable(mode));
    return 2;
}
