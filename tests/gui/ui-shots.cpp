// ui-shots: a PNG of every page (in its states) and every dialog for a person to look at (not a test), in one
// language. Drives the real main window against the sandbox and the receiver; packaging/make-screenshots.sh
// runs it under Xvfb and makes a contact sheet of the results.
//   DISPLAY=:99 ui-shots /tmp/shots fi

#include "EventPump.h"
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "core/CustomerRecord.h"
#include "core/ProfileStore.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/CustomerTableModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/ReceiverService.h"
#include "session/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

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

private:
    QString m_dir;
    QString m_language;
    int m_count = 0;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ui-shots"_s);
    QSettings().clear();
    const QString out = app.arguments().value(1, u"."_s);
    const QString language = app.arguments().value(2, u"en"_s);
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

    MainWindow window(u"Sandbox"_s, sandbox.demoConnection());
    LiveEventsPage* live = window.liveEventsPage();
    live->model()->setBatchInterval(100);
    live->setService(&service);
    window.resize(1100, 700);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s);
    waitFor([&] { return !window.webhooksPage()->isBusy() && window.customersPage()->model()->rowCount() > 0; });
    for (int i = 0; i < 4; ++i)
        live->simulateChange();
    waitFor([&] { return live->model()->rowCount() >= 4; }, 15000);

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
        const QStringList names {u"changes"_s, u"payload"_s, u"raw"_s, u"headers"_s, u"timeline"_s, u"company"_s};
        for (int i = 0; i < detail->count(); ++i) {
            detail->setCurrentIndex(i);
            if (i == 5) {
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
    return 0;
}
