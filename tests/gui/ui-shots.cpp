// ui-shots: a PNG of every page (in its states) and every dialog for a person to look at (not a test), in one
// language. Drives the real main window against the sandbox and the receiver, with forwarding to real targets on
// loopback (tests/common/TargetServer.h); packaging/make-screenshots.sh runs it under Xvfb and makes a contact
// sheet of the results. A third argument "forwarding" takes only the forwarding shots: the Forwarding tab, its
// target dialog, an event's forward states, Copy as cURL's shells, Edit and send and Replay, at 1280 and 680 px.
// "overview" takes the Live events page's Overview over a generated month of history (hundreds of events, a dozen
// fields, several regions, retries, stale and unrecognised deliveries) at 1100 and 680 px; a fourth argument "dark"
// draws it in a dark palette.
// "insights" takes the insight shots: a company's history as charts in the event detail pane (and its empty
// state) and the receiver panel, at 1100 and 680 px, in the light palette and a dark one.
//   DISPLAY=:99 ui-shots /tmp/shots fi [forwarding | overview [dark] | insights]

#include "EventPump.h"
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "StoreTestSupport.h"
#include "TargetServer.h"
#include "core/CustomerRecord.h"
#include "core/DeliveryReading.h"
#include "core/ProfileStore.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "gui/live/CompanyHistoryView.h"
#include "gui/live/EditAndSendDialog.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/ForwardTargetDialog.h"
#include "gui/live/ForwardingPanel.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/OverviewPanel.h"
#include "gui/live/ReceiverPanel.h"
#include "gui/live/ReplayDialog.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/CustomerTableModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/ForwardService.h"
#include "session/ReceiverService.h"
#include "session/Translations.h"
#include "store/EventStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
using EventPump::pump;
using EventPump::waitFor;

class Shots
{
public:
    Shots(QString dir, QString language)
        : m_dir(std::move(dir))
        , m_language(std::move(language))
    { }
    void save(QWidget* widget, const QString& name)
    {
        pump(300);
        // A layout change waits for its posted request: the shot shows the settled layout.
        if (widget->layout())
            widget->layout()->activate();
        pump(100);
        const QString path
            = QDir(m_dir).filePath(u"%1-%2-%3.png"_s.arg(m_language).arg(++m_count, 2, 10, QChar(u'0')).arg(name));
        widget->grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    void dialog(QDialog* dialog, const QString& name)
    {
        dialog->show();
        pump(300);
        save(dialog, name);
    }
    // What the screen shows over `area` (a popup menu is a window of its own, outside the main window's grab).
    void screen(const QRect& area, const QString& name)
    {
        pump(300);
        const QString path
            = QDir(m_dir).filePath(u"%1-%2-%3.png"_s.arg(m_language).arg(++m_count, 2, 10, QChar(u'0')).arg(name));
        QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path);
        std::printf("%s\n", qPrintable(path));
    }

private:
    QString m_dir;
    QString m_language;
    int m_count = 0;
};

// Saves a forward target through the service and waits until its list has it; the target's id.
qint64 saveTarget(ForwardService& forward, const ForwardTarget& target)
{
    qint64 id = 0;
    QObject context;
    forward.saveTarget(target, &context, [&id](const QString& error, qint64 saved) {
        if (!error.isEmpty())
            qFatal("the forward target was not saved: %s", qPrintable(error));
        id = saved;
    });
    waitFor([&] {
        const QList<ForwardTarget> targets = forward.targets();
        return std::any_of(targets.begin(), targets.end(), [id](const ForwardTarget& t) { return id && t.id == id; });
    });
    return id;
}

// One more delivery from the sandbox's demo webhook; its event id once stored.
qint64 simulate(LiveEventsPage* live)
{
    EventStore* store = live->service()->store();
    const qint64 before = store->maxEventId();
    live->simulateChange();
    if (!waitFor([&] { return store->maxEventId() > before && live->model()->rowOfEvent(store->maxEventId()) >= 0; },
                 15000))
        qFatal("no event arrived");
    return store->maxEventId();
}

void selectEvent(LiveEventsPage* live, qint64 id)
{
    live->table()->setCurrentIndex(live->model()->index(live->model()->rowOfEvent(id), 0));
    waitFor([&] { return live->detailPane()->storedEvent().id == id; });
}

// A dialog as it opens, and at 680 px when it opens wider (the narrowest main window).
void dialogShots(Shots& shots, QDialog* dialog, const QString& name)
{
    shots.dialog(dialog, name);
    if (dialog->width() > 680) {
        dialog->resize(680, dialog->height());
        shots.dialog(dialog, name + u"-680"_s);
    }
}

// The forwarding GUI with a real ForwardService on the receiver's store and three targets on loopback: one that
// answers 200, one that answers 503 (a forward that gave up, one that retries), one paused.
void shootForwarding(Shots& shots, MainWindow& window, ForwardService& forward)
{
    LiveEventsPage* live = window.liveEventsPage();
    EventDetailPane* detail = live->detailPane();
    auto* pages = window.findChild<QTabWidget*>(u"pageTabs"_s);
    auto* views = live->findChild<QTabWidget*>(u"liveViews"_s);
    auto* detailTabs = detail->findChild<QTabWidget*>(u"eventDetailTabs"_s);
    auto* statesPage = detail->findChild<QWidget*>(u"forwardStatesPage"_s);
    auto* states = detail->findChild<QTreeWidget*>(u"forwardStatesView"_s);
    const auto atBothWidths = [&](const QString& name) {
        for (int width : {1280, 680}) {
            window.resize(width, 760);
            shots.save(&window, u"%1-%2"_s.arg(name).arg(width));
        }
    };
    const auto selectState = [&](const QString& target) {
        for (int i = 0; i < states->topLevelItemCount(); ++i) {
            if (states->topLevelItem(i)->text(0) == target)
                states->setCurrentItem(states->topLevelItem(i));
        }
    };
    pages->setCurrentWidget(live);

    // No targets yet: the Forwarding tab, and an event's forward states.
    views->setCurrentWidget(live->forwardingPanel());
    atBothWidths(u"forwarding-empty"_s);
    views->setCurrentIndex(0);
    selectEvent(live, live->model()->eventIds().constLast());
    detailTabs->setCurrentWidget(statesPage);
    atBothWidths(u"detail-forwarding-none"_s);

    // The target dialog, empty and then refused at its fields: a loop to this app's receiver and a Host header.
    {
        ForwardTargetDialog dialog(&forward, ForwardTarget(), &window);
        dialogShots(shots, &dialog, u"forward-target-add"_s);
        dialog.findChild<QLineEdit*>(u"targetUrlEdit"_s)->setText(live->service()->receiver()->localUrl().toString());
        dialog.findChild<QPlainTextEdit*>(u"targetHeadersEdit"_s)
            ->setPlainText(u"Authorization: Bearer dev-token\nHost: elsewhere.example"_s);
        dialog.accept();
        dialogShots(shots, &dialog, u"forward-target-refused"_s);
    }

    qint64 hangFor = 0; // the event the first target does not answer for (a replay's timeout)
    TargetServer good([&hangFor](const TargetServer::Request& request, int) {
        TargetServer::Answer answer;
        answer.body = R"({"received": true, "event": )" + QByteArray::number(request.eventId()) + "}";
        answer.hang = hangFor != 0 && request.eventId() == hangFor;
        return answer;
    });
    TargetServer failing([](const TargetServer::Request&, int) {
        return TargetServer::Answer {503, R"({"error": "database unavailable", "retryAfter": 30})", false};
    });
    if (!good.listen() || !failing.listen())
        qFatal("the targets did not listen");
    ForwardTarget target;
    target.url = good.url(u"/webhooks/vainu"_s);
    target.headers = {{"Authorization", "Bearer dev-token"}};
    target.timeoutMs = 3000;
    const qint64 goodId = saveTarget(forward, target);
    target = ForwardTarget();
    target.url = failing.url(u"/api/v2/incoming/vainu"_s);
    const qint64 failingId = saveTarget(forward, target);
    target = ForwardTarget();
    target.url = good.url(u"/staging/hook"_s);
    target.paused = true;
    target.filter.origins = {DeliveryOrigin::Delivery};
    target.filter.origins.append(DeliveryOrigin::CatchUp);
    const qint64 pausedId = saveTarget(forward, target);
    const QString goodName = good.url(u"/webhooks/vainu"_s).toString();
    const QString failingName = failing.url(u"/api/v2/incoming/vainu"_s).toString();

    // Two tries a second apart: the failing target gives up on the first events...
    ForwardSchedule schedule;
    schedule.maxTries = 2;
    schedule.firstDelayMs = 1000;
    schedule.jitter = 0;
    forward.setSchedule(schedule);
    const qint64 gaveUp = simulate(live);
    simulate(live);
    waitFor(
        [&] {
            const ForwardCounts counts = forward.counts(failingId);
            return counts.failed >= 1 && counts.pending == 0 && counts.retrying == 0;
        },
        20000);
    // ... and retries the next one in ten minutes.
    schedule.maxTries = 10;
    schedule.firstDelayMs = 10 * 60 * 1000;
    forward.setSchedule(schedule);
    const qint64 retrying = simulate(live);
    waitFor([&] { return forward.counts(failingId).retrying >= 1 && forward.counts(goodId).pending == 0; }, 20000);

    views->setCurrentWidget(live->forwardingPanel());
    QTreeWidget* targets = live->forwardingPanel()->targetsView();
    for (int i = 0; i < targets->topLevelItemCount(); ++i) {
        if (targets->topLevelItem(i)->text(0) == failingName)
            targets->setCurrentItem(targets->topLevelItem(i));
    }
    atBothWidths(u"forwarding-targets"_s);
    for (const ForwardTarget& saved : forward.targets()) {
        if (saved.id == pausedId) {
            ForwardTargetDialog dialog(&forward, saved, &window);
            dialogShots(shots, &dialog, u"forward-target-edit"_s);
        }
    }

    // An event's forward states: delivered, gave up, pending (paused); then one that retries.
    views->setCurrentIndex(0);
    selectEvent(live, gaveUp);
    detailTabs->setCurrentWidget(statesPage);
    waitFor([&] { return states->topLevelItemCount() == 3; });
    selectState(failingName);
    atBothWidths(u"detail-forwarding-failed"_s);
    selectState(goodName);
    window.resize(1280, 760);
    shots.save(&window, u"detail-forwarding-delivered-1280"_s);
    selectEvent(live, retrying);
    waitFor([&] { return states->topLevelItemCount() == 3; });
    selectState(failingName);
    atBothWidths(u"detail-forwarding-retrying"_s);

    // Copy as cURL's menu: the shells and where to.
    auto* curl = detail->findChild<QToolButton*>(u"copyCurlButton"_s);
    auto* menu = detail->findChild<QMenu*>(u"copyCurlMenu"_s);
    for (int width : {1280, 680}) {
        window.resize(width, 760);
        pump(300);
        menu->popup(curl->mapToGlobal(QPoint(0, curl->height())));
        pump(300);
        shots.screen(window.frameGeometry().united(menu->geometry()), u"curl-shells-%1"_s.arg(width));
        menu->close();
    }
    window.resize(1280, 760);

    // Edit and send: as it opens, not JSON, and the answers of the two targets.
    {
        EditAndSendDialog dialog(&forward, detail->storedEvent(), &window);
        dialogShots(shots, &dialog, u"edit-and-send"_s);
        auto* edit = dialog.findChild<QPlainTextEdit*>(u"payloadEdit"_s);
        const QString valid = edit->toPlainText();
        edit->setPlainText(QString(valid).replace(valid.indexOf(u",\n"_s), 1, QString()));
        dialogShots(shots, &dialog, u"edit-and-send-invalid"_s);
        edit->setPlainText(valid);
        auto* destination = dialog.findChild<QComboBox*>(u"destinationCombo"_s);
        auto* answer = dialog.findChild<QPlainTextEdit*>(u"answerBodyView"_s);
        for (const auto& [id, name] : {std::pair {goodId, u"delivered"_s}, std::pair {failingId, u"failed"_s}}) {
            destination->setCurrentIndex(destination->findData(id));
            answer->clear();
            dialog.send();
            waitFor([&] { return !answer->toPlainText().isEmpty(); });
            dialogShots(shots, &dialog, u"edit-and-send-"_s + name);
        }
    }

    // Replay to the first target: it does not answer for one event (a timeout), the rest are delivered.
    {
        const QList<qint64> all = live->model()->eventIds();
        ReplayDialog dialog(&forward, {gaveUp, retrying}, all, &window);
        dialogShots(shots, &dialog, u"replay"_s);
        dialog.findChild<QAbstractButton*>(u"replayFilteredRadio"_s)->click();
        auto* destination = dialog.findChild<QComboBox*>(u"replayDestinationCombo"_s);
        destination->setCurrentIndex(destination->findData(goodId));
        QList<qint64> sorted = all;
        std::sort(sorted.begin(), sorted.end());
        hangFor = sorted.value(2);
        dialog.start();
        auto* progress = dialog.findChild<QProgressBar*>(u"replayProgress"_s);
        waitFor([&] { return progress->value() >= 2; });
        dialogShots(shots, &dialog, u"replay-running"_s);
        waitFor([&] { return !dialog.isRunning(); }, 30000);
        dialogShots(shots, &dialog, u"replay-done"_s);
        hangFor = 0;
    }
}
// A month of history written straight into the store, as the receiver would have: 40 companies first seen over
// the month, then about 600 changes of a dozen fields, busier on weekdays, with Vainu's retries (attempts of an
// event), late retries of older states (stale) and a few bodies that are no company change (unrecognised).
void generateHistory(EventStore* store)
{
    QRandomGenerator random(20261206);
    const QStringList regions {u"FI-18"_s, u"FI-18"_s, u"FI-18"_s, u"FI-11"_s, u"FI-19"_s, u"FI-14"_s,
                               u"FI-08"_s, u"FI-15"_s, u"FI-12"_s, u"SE-AB"_s, u"SE-O"_s,  u"NO-03"_s};
    const QStringList fields {u"staff_number"_s,     u"turn_over"_s,     u"status"_s,          u"domain"_s,
                              u"visiting_address"_s, u"visiting_city"_s, u"visiting_postal"_s, u"company_name"_s,
                              u"region"_s,           u"industry"_s,      u"website"_s,         u"phone"_s,
                              u"employees_range"_s};
    const QStringList firstParts {u"Kivi"_s, u"Järvi"_s,     u"Metsä"_s, u"Aalto"_s, u"Koski"_s,
                                  u"Lumi"_s, u"Revontuli"_s, u"Sisu"_s,  u"Tuuli"_s, u"Kallio"_s};
    const QStringList secondParts {u"Data"_s,         u"Tekniikka"_s, u"Logistiikka"_s, u"Rakennus"_s,
                                   u"Konsultointi"_s, u"Energia"_s,   u"Systems"_s,     u"Solutions"_s};
    struct Delivery
    {
        QDateTime arrival;
        QByteArray body;
    };
    QList<Delivery> deliveries;
    const QDateTime now = QDateTime::currentDateTime();
    // A value never seen before; staff and turnover are numbers.
    const auto valueOf = [&random, &regions](const QString& field) {
        if (field == u"region"_s)
            return QJsonValue(regions.at(random.bounded(int(regions.size()))));
        return field == u"staff_number"_s || field == u"turn_over"_s
            ? QJsonValue(random.bounded(1, 1000000))
            : QJsonValue(u"%1 %2"_s.arg(field).arg(random.bounded(1000000)));
    };
    const auto body = [](const QString& id, const QJsonObject& data, int tries) {
        return QJsonDocument(QJsonObject {{u"data"_s, data},
                                          {u"number_of_tries"_s, tries},
                                          {u"type"_s, u"company_change_webhook"_s},
                                          {u"unique_id"_s, id}})
            .toJson(QJsonDocument::Compact);
    };
    for (int company = 0; company < 40; ++company) {
        const QString id = u"crm-%1"_s.arg(company);
        QJsonObject data {
            {u"business_id"_s, u"%1-%2"_s.arg(2000000 + company * 7919).arg(company % 10)},
            {u"company_name"_s, u"%1 %2 Oy"_s.arg(firstParts.at(company % 10), secondParts.at(company % 8))},
            {u"region"_s, regions.at(random.bounded(int(regions.size())))},
        };
        for (const QString& field : fields) {
            if (!data.contains(field))
                data.insert(field, valueOf(field));
        }
        // Some companies change a lot, most a little.
        const int changes = company < 5 ? 40 + random.bounded(20) : random.bounded(18);
        const QDateTime first = now.addSecs(-qint64(30 * 24 * 3600) + random.bounded(5 * 24 * 3600));
        deliveries.append({first, body(id, data, 1)});
        // The changes spread over the rest of the month, fewer at weekends.
        QList<QDateTime> times;
        while (times.size() < changes) {
            const QDateTime at = first.addSecs(600 + qint64(random.generateDouble() * double(first.secsTo(now) - 600)));
            if (at.date().dayOfWeek() <= 5 || random.bounded(3) == 0)
                times.append(at);
        }
        std::sort(times.begin(), times.end());
        QJsonObject previous = data;
        for (const QDateTime& at : std::as_const(times)) {
            // Staff and turnover change most, then status and addresses; a rename is rare.
            const int pick = std::min(int(fields.size()) - 1,
                                      int(std::abs(random.generateDouble() * random.generateDouble() * fields.size())));
            if (fields.at(pick) == u"company_name"_s) { // a rename keeps the name recognisable
                const QString name = data.value(u"company_name"_s).toString();
                data.insert(u"company_name"_s,
                            name.contains(u" Group"_s) ? QString(name).remove(u" Group"_s)
                                                       : QString(name).replace(u" Oy"_s, u" Group Oy"_s));
            } else {
                data.insert(fields.at(pick), valueOf(fields.at(pick)));
            }
            if (random.bounded(5) == 0) {
                const QString other = fields.at(random.bounded(int(fields.size())));
                if (other != u"company_name"_s)
                    data.insert(other, valueOf(other));
            }
            deliveries.append({at, body(id, data, 1)});
            if (random.bounded(12) == 0) // Vainu retries: another attempt of the same event
                deliveries.append({at.addSecs(60), body(id, data, 2)});
            if (random.bounded(25) == 0) { // a retry of an older state, arriving after the newer one: stale
                QJsonObject older = previous;
                older.insert(u"staff_number"_s, valueOf(u"staff_number"_s));
                deliveries.append({at.addMSecs(500), body(id, older, 2)});
            }
            previous = data;
        }
    }
    for (int i = 0; i < 8; ++i) {
        deliveries.append(
            {now.addSecs(-random.bounded(30 * 24 * 3600)),
             QJsonDocument(QJsonObject {{u"unique_id"_s, u"odd-%1"_s.arg(i)}, {u"note"_s, u"not a change"_s}})
                 .toJson(QJsonDocument::Compact)});
    }
    std::sort(deliveries.begin(), deliveries.end(),
              [](const Delivery& a, const Delivery& b) { return a.arrival < b.arrival; });
    for (const Delivery& delivery : std::as_const(deliveries)) {
        IncomingDelivery incoming;
        const DeliveryReading reading = DeliveryReading::read(delivery.body);
        incoming.change = reading.change;
        incoming.origin = reading.origin();
        incoming.problem = reading.problem;
        incoming.rawBody = delivery.body;
        incoming.headers = {{"Content-Type", "application/json"}};
        incoming.remoteAddress = u"127.0.0.1"_s;
        incoming.arrival = delivery.arrival;
        store->submit(incoming, store, [](const StoreOutcome&) {});
    }
    store->flush();
}

// The Overview: each range, the lists below the charts, and the empty state, at 1100 and 680 px.
void shootOverview(Shots& shots, MainWindow& window)
{
    LiveEventsPage* live = window.liveEventsPage();
    OverviewPanel* overview = live->overviewPanel();
    generateHistory(live->service()->store());
    window.findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentWidget(live);
    int readings = 0;
    QObject::connect(overview, &OverviewPanel::refreshed, overview, [&readings] { ++readings; });
    const auto read = [&](const std::function<void()>& change) {
        const int before = readings;
        change();
        if (!waitFor([&] { return readings > before; }, 15000))
            qFatal("the Overview did not read");
        pump(300);
    };
    auto* area = overview->findChild<QScrollArea*>(u"chartsArea"_s);
    // The first reading as the user sees it before the rankings come: the events over time, the rest counting.
    bool countingShot = false;
    QObject::connect(overview, &OverviewPanel::activityRefreshed, overview, [&] {
        if (!std::exchange(countingShot, true))
            shots.save(&window, u"overview-counting"_s);
    });
    read([&] { live->showOverview(); });
    for (int width : {1100, 680}) {
        window.resize(width, 1000);
        pump(300);
        const QList<std::pair<OverviewPanel::Span, QString>> spans {{OverviewPanel::Span::Month, u"month"_s},
                                                                    {OverviewPanel::Span::Day, u"day"_s},
                                                                    {OverviewPanel::Span::Week, u"week"_s}};
        for (const auto& [span, name] : spans) {
            read([&, span = span] { overview->setSpan(span); });
            area->verticalScrollBar()->setValue(0);
            shots.save(&window, u"overview-%1-%2"_s.arg(name).arg(width));
        }
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        shots.save(&window, u"overview-week-bottom-%1"_s.arg(width));
        area->verticalScrollBar()->setValue(0);
        const QDate today = QDate::currentDate();
        read([&] { overview->setCustomRange(today.addDays(-13), today.addDays(-3)); });
        shots.save(&window, u"overview-custom-%1"_s.arg(width));
        read([&] { overview->setCustomRange(today.addDays(-2), today.addDays(-2)); });
        shots.save(&window, u"overview-custom-day-%1"_s.arg(width));
        read([&] { overview->setSpan(OverviewPanel::Span::Week); });
    }
    window.resize(1100, 1000);
    auto* company = live->findChild<QLineEdit*>(u"companyFilterEdit"_s);
    read([&] { company->setText(u"no such company"_s); });
    shots.save(&window, u"overview-empty-filtered"_s);
    read([&] { company->clear(); });
}

// A dark palette such as a dark desktop theme gives.
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x15));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    return dark;
}

// One company's half year, written into the receiver's store as deliveries would be: staff and turnover that
// grow, a delivery without a staff number, one with it as text, and the status turning from active to
// bankrupt. The id of the last event.
qint64 companyHistory(EventStore* store, const QString& businessId, const QString& name, int events)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-180);
    qint64 last = 0;
    for (int i = 0; i < events; ++i) {
        QJsonObject data {{u"business_id"_s, businessId}, {u"company_name"_s, name}};
        if (i != 4)
            data.insert(u"staff_number"_s, i == 6 ? QJsonValue(u"61"_s) : QJsonValue(40 + i * 4 - (i > 8 ? 20 : 0)));
        data.insert(u"turn_over"_s, 2400000 + i * 310000 - (i > 8 ? 1500000 : 0));
        data.insert(u"status"_s, i > 8 ? u"bankrupt"_s : u"active"_s);
        const QByteArray raw = QJsonDocument(QJsonObject {{u"data"_s, data},
                                                          {u"number_of_tries"_s, 1},
                                                          {u"type"_s, u"company_change_webhook"_s},
                                                          {u"unique_id"_s, u"shot-%1-%2"_s.arg(businessId).arg(i)}})
                                   .toJson(QJsonDocument::Compact);
        IncomingDelivery delivery = StoreTestSupport::incoming(raw);
        delivery.arrival = start.addDays(i * 180 / events).addSecs(i * 3700);
        bool done = false;
        store->submit(delivery, store, [&](const StoreOutcome& outcome) {
            last = outcome.eventId;
            done = true;
        });
        waitFor([&] { return done; });
    }
    return last;
}

void shootInsights(Shots& shots, QApplication& app, MainWindow& window)
{
    LiveEventsPage* live = window.liveEventsPage();
    window.findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentWidget(live);
    EventStore* store = live->service()->store();
    const qint64 charted = companyHistory(store, u"2345678-9"_s, u"Lumo Analytics Oy"_s, 11);
    const qint64 lone = companyHistory(store, u"3456789-0"_s, u"Pieni Paja Oy"_s, 1);
    // The last hour's traffic for the receiver panel's line: a few events a minute, busier lately.
    for (int minute = 59; minute >= 1; --minute) {
        for (int i = 0; i < 2 + (60 - minute) % 7 + (minute < 15 ? 6 : 0); ++i) {
            const QByteArray raw
                = QJsonDocument(
                      QJsonObject {{u"data"_s, QJsonObject {{u"business_id"_s, u"9%1-%2"_s.arg(minute).arg(i)}}},
                                   {u"unique_id"_s, u"traffic-%1-%2"_s.arg(minute).arg(i)}})
                      .toJson(QJsonDocument::Compact);
            IncomingDelivery delivery = StoreTestSupport::incoming(raw);
            delivery.arrival = QDateTime::currentDateTimeUtc().addSecs(-minute * 60);
            store->submit(delivery, store, [](const StoreOutcome&) {});
        }
    }
    store->flush();
    live->receiverPanel()->setService(live->service()); // seeds its line again, with that hour
    waitFor([&] { return live->model()->rowOfEvent(lone) >= 0; }, 15000);
    auto* detail = live->detailPane()->findChild<QTabWidget*>(u"eventDetailTabs"_s);
    detail->setCurrentWidget(live->detailPane()->history());
    live->detailPane()->history()->showChart(true);
    const QPalette light = app.palette();
    for (const bool dark : {false, true}) {
        app.setPalette(dark ? darkPalette() : light);
        const QString look = dark ? u"dark"_s : u"light"_s;
        for (int width : {1100, 680}) {
            window.resize(width, width == 680 ? 900 : 760);
            selectEvent(live, charted);
            shots.save(&window, u"company-chart-%1-%2"_s.arg(look).arg(width));
            shots.save(live->detailPane(), u"company-chart-pane-%1-%2"_s.arg(look).arg(width));
            selectEvent(live, lone);
            shots.save(live->detailPane(), u"company-chart-one-event-%1-%2"_s.arg(look).arg(width));
            shots.save(live->receiverPanel(), u"receiver-panel-%1-%2"_s.arg(look).arg(width));
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ui-shots"_s);
    QSettings().clear();
    const QString out = app.arguments().value(1, u"."_s);
    const QString language = app.arguments().value(2, u"en"_s);
    const bool onlyForwarding = app.arguments().value(3) == u"forwarding"_s;
    const bool onlyOverview = app.arguments().value(3) == u"overview"_s;
    if (app.arguments().value(4) == u"dark"_s) {
        // Fusion draws with the palette it is given, whatever the desktop's theme.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    const bool onlyInsights = app.arguments().value(3) == u"insights"_s;
    QDir().mkpath(out);
    Translations::setOverrideCode(language);
    Translations::install();
    Shots shots(out, language);

    ReceiverFixture receiver;
    if (!receiver.start())
        qFatal("the receiver did not start");
    ReceiverService& service = *receiver.service();
    SandboxOptions options;
    options.companyCount = 40;
    options.demoWebhookUrl = receiver.webhookUrl().toString();
    SandboxFixture sandbox;
    if (!sandbox.start(options))
        qFatal("the sandbox did not start");
    service.setSandboxControlUrl(sandbox.controlUrl());
    ForwardService forward(&service);

    MainWindow window(u"Sandbox"_s, sandbox.demoConnection());
    LiveEventsPage* live = window.liveEventsPage();
    live->model()->setBatchInterval(100);
    live->setService(&service);
    live->setForwardService(&forward);
    window.resize(1100, 700);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s);
    waitFor([&] { return !window.webhooksPage()->isBusy() && window.customersPage()->model()->rowCount() > 0; });
    for (int i = 0; i < 4; ++i)
        live->simulateChange();
    waitFor([&] { return live->model()->rowCount() >= 4; }, 15000);
    if (onlyForwarding) {
        shootForwarding(shots, window, forward);
        return 0;
    }
    if (onlyOverview) {
        shootOverview(shots, window);
        return 0;
    }
    if (onlyInsights) {
        shootInsights(shots, app, window);
        return 0;
    }

    for (int width : {1100, 680}) {
        window.resize(width, 700);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shots.save(&window,
                       u"%1-%2"_s.arg(QStringList {u"webhooks"_s, u"customers"_s, u"live"_s}.value(i)).arg(width));
        }
    }
    window.resize(1100, 700);
    tabs->setCurrentWidget(live);
    live->table()->setCurrentIndex(live->model()->index(live->model()->rowCount() - 1, 0));
    pump(800);
    if (auto* detail = live->detailPane()->findChild<QTabWidget*>(u"eventDetailTabs"_s)) {
        const QStringList names {u"changes"_s,  u"payload"_s, u"request"_s,
                                 u"timeline"_s, u"company"_s, u"forwarding"_s};
        for (int i = 0; i < detail->count(); ++i) {
            detail->setCurrentIndex(i);
            if (i == 4) {
                live->detailPane()->fetchCompany();
                pump(1200);
            }
            shots.save(&window, u"live-detail-"_s + names.value(i));
        }
        detail->setCurrentIndex(0);
    }

    // Empty and error states.
    window.setConnection(u"Sandbox"_s, sandbox.emptyConnection());
    waitFor([&] { return !window.webhooksPage()->isBusy() && !window.customersPage()->isBusy(); });
    pump(500);
    for (int i = 0; i < 2; ++i) {
        tabs->setCurrentIndex(i);
        shots.save(&window, u"%1-empty"_s.arg(i == 0 ? u"webhooks"_s : u"customers"_s));
    }
    sandbox.failNextCalls(400, 1000);
    window.setConnection(u"Sandbox"_s, sandbox.demoConnection());
    waitFor([&] { return !window.webhooksPage()->isBusy() && !window.customersPage()->isBusy(); });
    pump(500);
    for (int i = 0; i < 2; ++i) {
        tabs->setCurrentIndex(i);
        shots.save(&window, u"%1-error"_s.arg(i == 0 ? u"webhooks"_s : u"customers"_s));
    }
    sandbox.stopCountingRequests();
    window.setConnection(u"Sandbox"_s, sandbox.demoConnection());
    waitFor([&] { return !window.webhooksPage()->isBusy() && window.customersPage()->model()->rowCount() > 0; });

    {
        AddWebhookDialog dialog(window.client(), &window);
        shots.dialog(&dialog, u"add-webhook"_s);
    }
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.ini"_s));
        store.ensureDefaults();
        TokenVault vault;
        SettingsDialog dialog(&store, &vault, &window);
        shots.dialog(&dialog, u"settings"_s);
    }
    {
        SubscribeReceiverDialog dialog(&service, live->subscription(), &window);
        shots.dialog(&dialog, u"subscribe"_s);
    }
    {
        CustomerDialog dialog(window.client(), CustomerRecord {}, &window);
        shots.dialog(&dialog, u"customer-add"_s);
    }
    {
        CustomerDialog dialog(window.client(), window.customersPage()->model()->recordAt(0), &window);
        shots.dialog(&dialog, u"customer-edit"_s);
    }
    {
        ImportDialog dialog(window.client(), &window);
        shots.dialog(&dialog, u"import-choose"_s);
        dialog.openFile(qEnvironmentVariable("VW_SOURCE_DIR") + u"/resources/samples/crm-export-fi-sv.csv"_s);
        waitFor([&] { return dialog.step() == ImportDialog::MappingStep; });
        shots.dialog(&dialog, u"import-mapping"_s);
        sandbox.slowNextCalls(1500, 3);
        dialog.findChild<QAbstractButton*>(u"startImportButton"_s)->click();
        waitFor([&] { return dialog.step() == ImportDialog::ProgressStep; });
        shots.dialog(&dialog, u"import-progress"_s);
        waitFor([&] { return dialog.step() == ImportDialog::ReportStep; }, 30000);
        shots.dialog(&dialog, u"import-report"_s);
    }
    {
        AddCompaniesDialog dialog(u"Key accounts"_s, &window);
        shots.dialog(&dialog, u"add-companies"_s);
    }
    {
        AboutDialog dialog(&window);
        shots.dialog(&dialog, u"about"_s);
    }
    shootForwarding(shots, window, forward);
    return 0;
}
