// live-shots: screenshots of the Live events page for review (not a test). Drives the real main
// window, the sandbox, the receiver and the store; writes PNGs into the folder given as argument.
//   DISPLAY=:99 live-shots /tmp/shots

#include "EventPump.h"
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "gui/MainWindow.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {
using EventPump::pump;
using EventPump::waitFor;

void save(QWidget* widget, const QString& dir, const QString& name)
{
    pump(300);
    const QString path = QDir(dir).filePath(name);
    widget->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"live-shots"_s);
    const QString out = app.arguments().value(1, u"."_s);
    QDir().mkpath(out);

    ReceiverFixture receiver;
    if (!receiver.start())
        qFatal("the receiver did not start");
    ReceiverService& service = *receiver.service();
    Profile& profile = receiver.profile();

    SandboxOptions options;
    options.demoWebhookUrl = receiver.webhookUrl().toString();
    SandboxFixture sandboxFixture;
    if (!sandboxFixture.start(options))
        qFatal("the sandbox did not start");
    SandboxThread& sandbox = *sandboxFixture.thread();
    service.setSandboxControlUrl(sandbox.controlUrl());

    MainWindow window(u"Sandbox"_s, sandboxFixture.demoConnection());
    LiveEventsPage* page = window.liveEventsPage();
    page->model()->setBatchInterval(250);
    page->setService(&service);
    window.resize(1280, 800);
    window.show();
    if (auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s))
        tabs->setCurrentWidget(page);
    pump(1500);
    save(&window, out, u"live-1-empty.png"_s);

    page->setStreaming(true);
    waitFor([&] { return page->model()->rowCount() >= 12; }, 20000);
    pump(500);
    save(&window, out, u"live-2-streaming.png"_s);
    page->setStreaming(false);
    pump(800);

    // A second change of a company seen before: its diff has a known before.
    EventTableModel* model = page->model();
    const QString businessId = model->data(model->index(0, EventTableModel::BusinessIdColumn)).toString();
    sandbox.changeCompanyLater(businessId, QJsonObject {{u"staff_number"_s, 4242}, {u"visiting_city"_s, u"ESPOO"_s}});
    int row = -1;
    waitFor([&] {
        for (int r = model->rowCount() - 1; r >= 0; --r) {
            if (model->data(model->index(r, EventTableModel::BusinessIdColumn)).toString() == businessId
                && model->data(model->index(r, 0), EventTableModel::ChangedFieldsRole)
                       .toStringList()
                       .contains(u"staff_number"_s)
                && r > 0) {
                row = r;
                return true;
            }
        }
        return false;
    });
    page->table()->setCurrentIndex(model->index(std::max(row, 0), 0));
    pump(800);
    save(&window, out, u"live-3-selected-diff.png"_s);
    if (auto* tabs = page->detailPane()->findChild<QTabWidget*>(u"eventDetailTabs"_s)) {
        tabs->setCurrentIndex(4);
        save(&window, out, u"live-4-timeline.png"_s);
        tabs->setCurrentIndex(1);
        save(&window, out, u"live-5-payload.png"_s);
        page->detailPane()->fetchCompany();
        pump(1500);
        save(&window, out, u"live-6-company.png"_s);
    }

    // Refused requests: bad JSON and a wrong path.
    QNetworkAccessManager network;
    for (const QByteArray& body : {"not json"_ba, R"({"data": 5})"_ba}) {
        QNetworkRequest request(service.receiver()->localUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply* reply = network.post(request, body);
        waitFor([reply] { return reply->isFinished(); });
    }
    QUrl wrongPath = service.receiver()->localUrl();
    wrongPath.setPath(u"/somewhere-else"_s);
    QNetworkReply* reply = network.post(QNetworkRequest(wrongPath), "{}"_ba);
    waitFor([reply] { return reply->isFinished(); });
    pump(1200);
    page->showRejected();
    save(&window, out, u"live-7-rejected.png"_s);
    if (auto* views = page->findChild<QTabWidget*>(u"liveViews"_s))
        views->setCurrentIndex(0);

    auto* dialog = new SubscribeReceiverDialog(&service, page->subscription(), page);
    dialog->show();
    pump(500);
    save(dialog, out, u"live-8-subscribe-dialog.png"_s);
    dialog->close();

    // Every page at a wide and at a narrow (half of a 1366-pixel screen) window, Live events with its
    // second filter row open too.
    if (auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s)) {
        for (int width : {1280, 680}) {
            window.resize(width, 760);
            const QStringList names {u"webhooks"_s, u"customers"_s, u"live"_s};
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                save(&window, out, u"width-%1-%2.png"_s.arg(width).arg(names.value(i)));
            }
            if (auto* more = page->findChild<QAbstractButton*>(u"moreFiltersButton"_s)) {
                more->setChecked(true);
                save(&window, out, u"width-%1-live-more-filters.png"_s.arg(width));
                more->setChecked(false);
            }
        }
        tabs->setCurrentWidget(page);
        window.resize(1280, 800);
    }

    // Port in use: another program holds the port the profile asks for.
    QTcpServer taken;
    taken.listen(QHostAddress::LocalHost, 0);
    profile.receiver.port = taken.serverPort();
    service.setProfile(profile);
    waitFor([&] { return service.receiver()->state() == WebhookReceiver::State::Failed; });
    pump(500);
    save(&window, out, u"live-9-port-in-use.png"_s);
    return 0;
}
