// Not a test: renders the dialogs a new user meets first (Add webhook, Add companies, the customer record,
// the import's progress and report, Settings, Subscribe this receiver) to PNG files at 680 pixels wide, so a
// person can look at them. Run under Xvfb (DISPLAY set) inside scripts/with-keyring.sh, once per language:
//   polish_shots OUTDIR [en|fi|sv] [webhook|lists|customer|settings|subscribe|import]
#include "ApiTestSupport.h"
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "api/VainuClient.h"
#include "api/import/CustomerImporter.h"
#include "core/ProfileStore.h"
#include "gui/common/ErrorBanner.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "gui/lists/CompanyListsPanel.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "models/CompanyListModel.h"
#include "session/ReceiverSubscription.h"
#include "session/Translations.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString g_out;
QString g_language;

template <typename Condition>
void waitFor(Condition condition, int timeout)
{
    if (!QTest::qWaitFor(condition, timeout))
        std::printf("timed out waiting (%d ms)\n", timeout);
}

bool shoot(QWidget* widget, const QString& name)
{
    widget->show();
    QTest::qWait(300); // let the window system paint and the layout settle
    const QString path = u"%1/%2-%3.png"_s.arg(g_out, name, g_language);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s (%dx%d, minimum size hint %dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), widget->width(),
                widget->height(), widget->minimumSizeHint().width(), widget->minimumSizeHint().height());
    return ok;
}

void addWebhook(VainuClient* client)
{
    AddWebhookDialog dialog(client);
    dialog.show();
    dialog.resize(680, dialog.height());
    dialog.findChild<QLineEdit*>(u"urlEdit"_s)
        ->setText(u"https://crm.example.com/integrations/vainu/webhooks/company-changes"_s);
    shoot(&dialog, u"addwebhook-url"_s);
    dialog.generateSecret();
    dialog.addParameter(u"team"_s, u"sales & ops"_s);
    shoot(&dialog, u"addwebhook-secret"_s);
    dialog.findChild<QLineEdit*>(u"urlEdit"_s)->setText(u"http://localhost:8080/vainu/webhook"_s);
    shoot(&dialog, u"addwebhook-localhost"_s);
}

void addCompanies(VainuClient* client)
{
    CustomersPage page;
    page.setClient(client);
    page.resize(680, 700);
    page.show();
    CompanyListsPanel* panel = page.listsPanel();
    waitFor([panel] { return panel->listModel()->rowCount() > 0 && !panel->isBusy(); }, 20000);
    panel->createList(u"Pohjoismaiset kohteet"_s);
    waitFor([panel] { return panel->currentList().name == u"Pohjoismaiset kohteet"_s && !panel->isBusy(); }, 20000);
    panel->addCompanies(u"2557864-2, 1234567-1\n2557864-3 NO918443525 12-34"_s);
    waitFor([panel] { return panel->retryDialog() != nullptr; }, 20000);
    shoot(panel->retryDialog(), u"addcompanies-retry"_s);
    panel->retryDialog()->reject();
    // A failure that is no input error: the banner in the narrow panel, without Retry.
    auto* banner = panel->findChild<ErrorBanner*>(u"listsErrorBanner"_s);
    banner->setRetryVisible(false);
    banner->showError(u"No company was added. Cannot reach the Vainu server. Check the network connection and the "
                      u"server in File > Settings."_s);
    shoot(&page, u"lists-banner"_s);
    banner->setRetryVisible(true);
    shoot(&page, u"lists-banner-retry"_s);
}

void customerEdit(VainuClient* client)
{
    CustomerRecord record;
    record.uniqueId = u"crm-0003"_s;
    record.matchData.companyName = u"Vainu.io Software Oy"_s;
    record.matchData.businessId = u"2557864-2"_s;
    CustomerDialog edit(client, record);
    edit.resize(680, edit.height());
    shoot(&edit, u"customer-edit"_s);
    CustomerDialog add(client, CustomerRecord {});
    add.resize(680, add.height());
    shoot(&add, u"customer-add"_s);
}

void import(VainuClient* client)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write("unique_id;company_name;business_id\n");
    for (int i = 1; i <= 30000; ++i)
        file.write("bulk-" + QByteArray::number(i) + ";Yritys " + QByteArray::number(i) + " Oy;"
                   + (i % 997 == 0 ? "1234567-2" : "") + "\n");
    file.close();
    ImportDialog dialog(client);
    dialog.resize(680, 520);
    dialog.show();
    dialog.openFile(path);
    waitFor([&dialog] { return dialog.step() == ImportDialog::MappingStep && !dialog.isBusy(); }, 60000);
    shoot(&dialog, u"import-mapping"_s);
    dialog.startImport();
    waitFor([&dialog] { return dialog.importer()->done() > 8000; }, 120000);
    shoot(&dialog, u"import-progress"_s);
    waitFor([&dialog] { return dialog.step() == ImportDialog::ReportStep; }, 300000);
    shoot(&dialog, u"import-report"_s);
}

void settings(const SandboxFixture& sandbox)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    store.ensureDefaults();
    TokenVault vault;
    SettingsDialog dialog(&store, &vault);
    dialog.resize(680, dialog.height());
    dialog.show();
    waitFor([&dialog] { return !dialog.isKeyBusy(); }, 20000);
    dialog.startNewProfile(Profile::Kind::Vainu);
    auto* name = dialog.findChild<QLineEdit*>(u"nameEdit"_s);
    name->setText(u"Vainu (test)"_s);
    auto* server = dialog.findChild<QLineEdit*>(u"baseUrlEdit"_s);
    server->setText(u"http://127.0.0.1:1/api/v2/"_s);
    QTest::keyClicks(dialog.findChild<ApiKeyEdit*>(u"apiKeyEdit"_s), u"some-key"_s);
    QSignalSpy tested(&dialog, &SettingsDialog::testFinished);
    dialog.findChild<QPushButton*>(u"testButton"_s)->click();
    if (!tested.wait(20000))
        std::printf("the connection test did not finish\n");
    shoot(&dialog, u"settings-unreachable"_s);
    dialog.findChild<ApiKeyEdit*>(u"apiKeyEdit"_s)->clear();
    server->setText(sandbox.apiBaseUrl().toString());
    QSignalSpy saved(&dialog, &SettingsDialog::saveFinished);
    dialog.findChild<QPushButton*>(u"saveButton"_s)->click();
    waitFor([&saved] { return !saved.isEmpty(); }, 20000);
    shoot(&dialog, u"settings-nokey"_s);
    QTest::keyClicks(dialog.findChild<ApiKeyEdit*>(u"apiKeyEdit"_s), sandbox.demoApiKey());
    saved.clear();
    dialog.findChild<QPushButton*>(u"saveButton"_s)->click();
    waitFor([&saved] { return !saved.isEmpty(); }, 20000);
    shoot(&dialog, u"settings-saved"_s);
    for (const Profile& profile : store.profiles())
        vault.remove(profile.id, nullptr, {});
}

void subscribe(VainuClient* client)
{
    ReceiverFixture receiver;
    if (!receiver.start())
        return;
    ReceiverSubscription subscription(client, receiver.service());
    SubscribeReceiverDialog dialog(receiver.service(), &subscription);
    dialog.resize(680, dialog.height());
    shoot(&dialog, u"subscribe-sandbox"_s);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"VainuWebhooksShots"_s);
    QCoreApplication::setApplicationName(u"polish_shots"_s);
    g_out = app.arguments().value(1, u"."_s);
    g_language = app.arguments().value(2, u"en"_s);
    Translations::setOverrideCode(g_language);
    Translations::install();

    SandboxFixture sandbox;
    if (!sandbox.start())
        return 1;
    TestApiClient client(sandbox.demoConnection());
    const QString only = app.arguments().value(3);
    if (only.isEmpty() || only == u"webhook")
        addWebhook(&client);
    if (only.isEmpty() || only == u"lists")
        addCompanies(&client);
    if (only.isEmpty() || only == u"customer")
        customerEdit(&client);
    if (only.isEmpty() || only == u"settings")
        settings(sandbox);
    if (only.isEmpty() || only == u"subscribe")
        subscribe(&client);
    if (only.isEmpty() || only == u"import")
        import(&client);
    return 0;
}
