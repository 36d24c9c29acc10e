#include "gui/MainWindow.h"

#include "api/VainuClient.h"
#include "core/AppInfo.h"
#include "gui/AboutDialog.h"
#include "gui/LanguageMenu.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageNotice.h"
#include "gui/customers/CustomersPage.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/webhooks/WebhooksPage.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto geometryKey = "MainWindow/geometry"_L1;
const auto stateKey = "MainWindow/state"_L1;
const auto pageKey = "MainWindow/page"_L1;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_network(new QNetworkAccessManager(this))
    , m_client(new VainuClient(m_network, this))
    , m_profileLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(AppInfo::name());
    setWindowIcon(Icons::own(u"app-icon"_s));

    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setIcon(QIcon::fromTheme(u"application-exit"_s));
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, [this] {
        // Whoever runs the app quits it (the receiver may run on with the window closed); alone, the window closes.
        if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::quitRequested)))
            emit quitRequested();
        else
            close();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->fileMenu->insertMenu(m_ui->settingsAction, new LanguageMenu(this));

    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_profileLabel->setAccessibleName(tr("Active profile"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_profileLabel);

    WebhooksPage* page = webhooksPage();
    connect(page, &WebhooksPage::loaded, this, &MainWindow::showConnected);
    connect(page, &WebhooksPage::loadFailed, this, &MainWindow::showConnectionError);
    connect(page, &WebhooksPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    connect(liveEventsPage(), &LiveEventsPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    // "Subscribe this receiver" belongs to the window: the Webhooks page's toolbar shows it, the Live events
    // page (whose receiver it subscribes) does it, and each page hears when the other changed something.
    // Its texts keep the Live events page's translation context, where the catalogues translate them.
    auto* subscribe
        = new QAction(Icons::themed(u"network-receive"_s), LiveEventsPage::tr("Subscribe this &receiver…"), this);
    subscribe->setObjectName(u"subscribeReceiverAction"_s);
    subscribe->setToolTip(
        LiveEventsPage::tr("Create a webhook that delivers to this computer's receiver, with a new secret"));
    connect(subscribe, &QAction::triggered, liveEventsPage(), &LiveEventsPage::openSubscribeDialog);
    page->addToolbarAction(subscribe, u"subscribeReceiverButton"_s);
    connect(page, &WebhooksPage::loaded, liveEventsPage(), &LiveEventsPage::checkSubscription);
    connect(liveEventsPage(), &LiveEventsPage::receiverSubscribed, page, &WebhooksPage::refresh);

    // The Customer data page takes the place of the form's placeholder.
    m_customersPage = new CustomersPage(m_ui->customerDataPage);
    delete m_ui->customerDataLayout->replaceWidget(m_ui->customerDataPlaceholder, m_customersPage);
    m_ui->customerDataPlaceholder->hide();
    m_ui->customerDataLayout->setContentsMargins(0, 0, 0, 0);
    connect(m_customersPage, &CustomersPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_customersPage, &CustomersPage::showEventsRequested, this, [this](const QString& businessId) {
        liveEventsPage()->showCompany(businessId);
        m_ui->pageTabs->setCurrentWidget(m_ui->liveEventsPage);
    });
    connect(liveEventsPage(), &LiveEventsPage::customerRecordRequested, this, [this](const QString& uniqueId) {
        m_ui->pageTabs->setCurrentWidget(m_ui->customerDataPage);
        m_customersPage->openRecord(uniqueId);
    });
    connect(page, &WebhooksPage::unavailableActionTriggered, this, &MainWindow::unavailableActionRequested);
    connect(m_customersPage, &CustomersPage::unavailableActionTriggered, this, &MainWindow::unavailableActionRequested);
    connect(m_ui->pageTabs, &QTabWidget::currentChanged, this, &MainWindow::currentPageChanged);

    restoreWindowState();
}

MainWindow::MainWindow(const QString& profileName, const ApiConnection& connection, QWidget* parent)
    : MainWindow(parent)
{
    setConnection(profileName, connection);
}

MainWindow::~MainWindow() = default;

WebhooksPage* MainWindow::webhooksPage() const
{
    return m_ui->webhooksPage;
}

LiveEventsPage* MainWindow::liveEventsPage() const
{
    return m_ui->liveEventsPage;
}

void MainWindow::setConnection(const QString& profileName, const ApiConnection& connection)
{
    m_unavailable = false;
    m_profileName = profileName;
    m_client->setConnection(connection);
    m_profileLabel->setText(tr("Profile: %1").arg(profileName));
    m_profileLabel->setToolTip(connection.baseUrl.toString());
    m_connectionLabel->setText(tr("Connecting…"));
    webhooksPage()->setClient(m_client);
    liveEventsPage()->setClient(m_client);
    m_customersPage->setClient(m_client);
}

void MainWindow::setUnavailable(const QString& profileName, const QUrl& baseUrl, const QString& stateText,
                                const PageNotice& notice)
{
    m_unavailable = true;
    m_profileName = profileName;
    m_client->setConnection({baseUrl, {}}); // the server, for the tooltips; the pages get no client
    m_profileLabel->setText(tr("Profile: %1").arg(profileName));
    m_profileLabel->setToolTip(baseUrl.toString());
    m_connectionLabel->setText(stateText);
    m_connectionLabel->setToolTip(notice.title);
    webhooksPage()->showUnavailable(notice);
    m_customersPage->showUnavailable(notice);
    liveEventsPage()->setClient(nullptr); // its receiver is local; subscribing needs the server
}

void MainWindow::setKeyMissing(const QString& profileName, const QUrl& baseUrl, const QString& title,
                               const QString& text)
{
    PageNotice notice;
    notice.icon = Icons::own(u"api-key-missing"_s);
    notice.title = title;
    notice.text = text;
    notice.actionText = tr("Enter the API key…");
    notice.actionName = u"EnterKey"_s;
    setUnavailable(profileName, baseUrl, tr("No API key"), notice);
}

bool MainWindow::currentPageShowsUnavailable() const
{
    const QWidget* page = m_ui->pageTabs->currentWidget();
    return m_unavailable && (page == m_ui->webhooksPage || page == m_ui->customerDataPage);
}

QAction* MainWindow::quitAction() const
{
    return m_ui->quitAction;
}

QString MainWindow::connectionStateText() const
{
    return m_connectionLabel->text();
}

void MainWindow::showConnected(const QList<Webhook>& webhooks)
{
    // The API has no "who am I" call; a webhook's owner is the key's owner.
    const QString user = webhooks.isEmpty() ? QString() : webhooks.first().username;
    m_connectionLabel->setText(user.isEmpty() ? tr("Connected") : tr("Connected as %1").arg(user));
    m_connectionLabel->setToolTip(m_client->connection().baseUrl.toString());
}

void MainWindow::showConnectionError(const ApiError& error)
{
    m_connectionLabel->setText(error.kindMessage());
    m_connectionLabel->setToolTip(error.userMessage());
}

void MainWindow::showSettings()
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::settingsRequested))) {
        emit settingsRequested();
        return;
    }
    MessageBox::information(this, tr("Settings"), tr("This window uses the profile \"%1\".").arg(m_profileName),
                            tr("Server: %1").arg(m_client->connection().baseUrl.toString()));
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(stateKey).toByteArray());
    const int page = settings.value(pageKey, 0).toInt();
    if (page >= 0 && page < m_ui->pageTabs->count())
        m_ui->pageTabs->setCurrentIndex(page);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, m_ui->pageTabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}
