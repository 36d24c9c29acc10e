#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "core/CustomerRecord.h"
#include "core/ProfileStore.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/common/CompactToolButton.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "secrets/TokenVault.h"
#include "session/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Every English source text of a catalogue whose translation differs from it ("Vainu Webhooks"
// or "URL" stay the same in every language and so cannot show a missing translation).
QSet<QString> translatedSources(const QString& tsPath)
{
    QSet<QString> sources;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && xml.attributes().value("numerus"_L1).isEmpty()) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (translation != source && !source.isEmpty())
                sources.insert(source);
        }
    }
    return sources;
}

// What a user reads in a widget tree: window titles, labels, buttons, actions, menus, tab titles,
// group boxes, placeholders, tool tips and table headers.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts {root->windowTitle()};
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->placeholderText();
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            texts << group->title();
        if (auto* menu = qobject_cast<QMenu*>(widget))
            texts << menu->title();
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << view->model()->headerData(column, Qt::Horizontal).toString();
        }
    }
    for (QAction* action : root->findChildren<QAction*>())
        texts << action->text() << action->toolTip();
    texts.removeAll(QString());
    return texts;
}

} // namespace

// The whole interface under the Finnish override: every page and dialog built for real, against the
// in-process sandbox, shows the Finnish catalogue's texts, and Qt's own buttons speak Finnish too.
class TestFinnishUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsFinnishFromTheOverride();
    void mainWindowTabsAndMenus();
    void webhooksPageAndEmptyState();
    void customerDataPage();
    void liveEventsPage();
    void addWebhookDialog();
    void customerAndImportDialogs();
    void aboutDialog();
    void settingsDialog();
    void swedishTabTitles();
    void everyPageFits680PixelsInEveryLanguage();

private:
    // Fails with the offending texts when a widget tree shows an English source text of the catalogue.
    void verifyNoEnglish(QWidget* root);
    std::unique_ptr<MainWindow> openWindow(const ApiConnection& connection);

    SandboxFixture m_sandbox;
    QSet<QString> m_english;
};

void TestFinnishUi::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_finnishui"_s);
    QSettings().clear();
    Translations::setOverrideCode(u"fi"_s);
    QCOMPARE(Translations::install(), u"fi"_s);
    m_english = translatedSources(qEnvironmentVariable("VW_SOURCE_DIR") + u"/translations/vainu-webhooks_fi.ts"_s);
    QVERIFY2(m_english.size() > 100, "the Finnish catalogue could not be read");
    QVERIFY(m_sandbox.start());
}

void TestFinnishUi::verifyNoEnglish(QWidget* root)
{
    QStringList english;
    for (const QString& text : visibleTexts(root)) {
        if (m_english.contains(text))
            english << text;
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(),
             qPrintable(u"English texts in %1: %2"_s.arg(QLatin1StringView(root->metaObject()->className()),
                                                         english.join(u" | "))));
}

std::unique_ptr<MainWindow> TestFinnishUi::openWindow(const ApiConnection& connection)
{
    auto window = std::make_unique<MainWindow>(u"Sandbox"_s, connection);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestFinnishUi::loadsFinnishFromTheOverride()
{
    QCOMPARE(Translations::overrideCode(), u"fi"_s);
    QCOMPARE(Translations::chosenLocale().language(), QLocale::Finnish);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Customer data"), u"Asiakastiedot"_s);
    // Plural forms: Finnish says "1 tietue" but "2 tietuetta".
    QCOMPARE(QCoreApplication::translate("CustomersCommand", "%n record(s).", nullptr, 1), u"1 tietue."_s);
    QCOMPARE(QCoreApplication::translate("CustomersCommand", "%n record(s).", nullptr, 2), u"2 tietuetta."_s);
    // Qt's own catalogue is loaded too (qtbase_fi says "Peru"; ours overrides the standard buttons).
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"Lähde:"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Peruuta"_s);
}

void TestFinnishUi::mainWindowTabsAndMenus()
{
    auto window = openWindow(m_sandbox.demoConnection());
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"&Webhookit"_s);
    QCOMPARE(tabs->tabText(1), u"&Asiakastiedot"_s);
    QCOMPARE(tabs->tabText(2), u"&Live-tapahtumat"_s);
    QStringList menus;
    for (QAction* action : window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList {u"&Tiedosto"_s, u"&Ohje"_s}));
    QCOMPARE(window->findChild<QAction*>(u"settingsAction"_s)->text(), u"&Asetukset…"_s);
    QCOMPARE(window->findChild<QAction*>(u"quitAction"_s)->text(), u"&Lopeta"_s);
    auto* languageMenu = window->findChild<QMenu*>(u"languageMenu"_s);
    QVERIFY(languageMenu);
    QCOMPARE(languageMenu->title(), u"&Kieli"_s);
    QVERIFY(window->findChild<QAction*>(u"languageAction_fi"_s)->isChecked());
    QCOMPARE(window->findChild<QAction*>(u"languageAction_system"_s)->text(), u"Järjestelmän oletus"_s);
    QTRY_VERIFY(window->connectionStateText().startsWith(u"Yhdistetty"_s));
    QTRY_VERIFY(!window->webhooksPage()->isBusy());
    verifyNoEnglish(window.get());
}

void TestFinnishUi::webhooksPageAndEmptyState()
{
    auto window = openWindow(m_sandbox.emptyConnection());
    QVERIFY(window);
    WebhooksPage* page = window->webhooksPage();
    QTRY_VERIFY(!page->isBusy());
    QCOMPARE(page->findChild<QAbstractButton*>(u"addButton"_s)->text(), u"Lisää…"_s);
    QCOMPARE(page->findChild<QAbstractButton*>(u"refreshButton"_s)->text(), u"Päivitä"_s);
    QCOMPARE(page->findChild<QLineEdit*>(u"filterEdit"_s)->placeholderText(),
             u"Suodata: URL, kysely, ID tai omistaja"_s);
    const QStringList texts = visibleTexts(page);
    QVERIFY2(texts.contains(u"Ei vielä webhookeja"_s), qPrintable(texts.join(u" | ")));
    QVERIFY(texts.contains(u"Lisää webhook…"_s));
    QTRY_COMPARE(page->findChild<QLabel*>(u"countLabel"_s)->text(), u"Webhookeja: 0"_s);
    verifyNoEnglish(page);
}

void TestFinnishUi::customerDataPage()
{
    auto window = openWindow(m_sandbox.demoConnection());
    QVERIFY(window);
    window->findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentIndex(1);
    CustomersPage* page = window->customersPage();
    QTRY_VERIFY(!page->isBusy());
    const QStringList texts = visibleTexts(page);
    for (const QString& expected : {u"&Tuo CSV…"_s, u"P&äivitä"_s, u"Hae tältä sivulta"_s, u"Tunniste"_s, u"Yritys"_s,
                                    u"Y-tunnus"_s, u"<b>Yrityslistat</b>"_s})
        QVERIFY2(texts.contains(expected), qPrintable(expected + u" not in: "_s + texts.join(u" | ")));
    verifyNoEnglish(page);

    // An account without customer data shows the empty state in Finnish.
    auto empty = openWindow(m_sandbox.emptyConnection());
    QVERIFY(empty);
    QTRY_VERIFY(!empty->customersPage()->isBusy());
    QTRY_VERIFY(visibleTexts(empty->customersPage()).contains(u"Ei vielä asiakastietoja"_s));
}

void TestFinnishUi::liveEventsPage()
{
    auto window = openWindow(m_sandbox.demoConnection());
    QVERIFY(window);
    window->findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentIndex(2);
    LiveEventsPage* page = window->liveEventsPage();
    const QStringList texts = visibleTexts(page);
    for (const QString& expected : {u"Tapahtumat"_s, u"Saapui"_s, u"Muutokset"_s, u"&Vie…"_s})
        QVERIFY2(texts.contains(expected), qPrintable(expected + u" not in: "_s + texts.join(u" | ")));
    verifyNoEnglish(page);
}

void TestFinnishUi::addWebhookDialog()
{
    auto window = openWindow(m_sandbox.demoConnection());
    QVERIFY(window);
    AddWebhookDialog dialog(window->client(), window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Lisää webhook"_s);
    auto* buttons = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Peruuta"_s); // a Qt standard button
    QVERIFY(visibleTexts(&dialog).contains(u"&Kyselyparametrit:"_s));
    verifyNoEnglish(&dialog);
}

void TestFinnishUi::customerAndImportDialogs()
{
    auto window = openWindow(m_sandbox.demoConnection());
    QVERIFY(window);
    CustomerDialog customer(window->client(), CustomerRecord {}, window.get());
    QCOMPARE(customer.windowTitle(), u"Lisää asiakastietue"_s);
    const QStringList customerTexts = visibleTexts(&customer);
    QVERIFY2(customerTexts.contains(u"Y-&tunnus:"_s), qPrintable(customerTexts.join(u" | ")));
    QVERIFY(customerTexts.contains(u"Peruuta"_s));
    verifyNoEnglish(&customer);

    ImportDialog import(window->client(), window.get());
    const QStringList importTexts = visibleTexts(&import);
    QVERIFY2(importTexts.contains(u"Tuo asiakastiedot CSV-tiedostosta"_s), qPrintable(importTexts.join(u" | ")));
    QVERIFY(importTexts.contains(u"&Valitse tiedosto…"_s));
    verifyNoEnglish(&import);
}

void TestFinnishUi::aboutDialog()
{
    AboutDialog about;
    QVERIFY(about.windowTitle().startsWith(u"Tietoja"_s));
    verifyNoEnglish(&about);
}

void TestFinnishUi::settingsDialog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    QVERIFY(store.ensureDefaults()); // the built-in sandbox profile, as on a first start
    TokenVault vault;
    SettingsDialog dialog(&store, &vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Asetukset"_s);
    const QStringList texts = visibleTexts(&dialog);
    for (const QString& expected : {u"&Profiilit"_s, u"&Testaa yhteys"_s, u"&Tallenna"_s})
        QVERIFY2(texts.contains(expected), qPrintable(expected + u" not in: "_s + texts.join(u" | ")));
    verifyNoEnglish(&dialog);
}

void TestFinnishUi::swedishTabTitles()
{
    // The translators installed last are asked first, so the Swedish ones now take over.
    Translations::setOverrideCode(u"sv"_s);
    QCOMPARE(Translations::install(), u"sv"_s);
    auto window = openWindow(m_sandbox.demoConnection());
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
    QCOMPARE(tabs->tabText(0), u"&Webhookar"_s);
    QCOMPARE(tabs->tabText(1), u"&Kunddata"_s);
    QCOMPARE(tabs->tabText(2), u"&Live-händelser"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Avbryt"_s);
    QTRY_VERIFY(!window->webhooksPage()->isBusy());
}

namespace {

// The widgets that ask for more than `width` pixels, with their class and name: where a too-wide window comes from
// (hidden ones too: a tab widget is as wide as its widest page).
QStringList widerThan(QWidget* root, int width)
{
    QStringList wide;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->minimumSizeHint().width() > width && !widget->isWindow())
            wide.append(
                u"%1 %2 (%3 px)"_s.arg(QLatin1StringView(widget->metaObject()->className()), widget->objectName())
                    .arg(widget->minimumSizeHint().width()));
    }
    return wide;
}

} // namespace

void TestFinnishUi::everyPageFits680PixelsInEveryLanguage()
{
    // The narrowest window we promise: each page, with a receiver listening, in each language's longest words.
    ReceiverFixture receiver;
    QVERIFY(receiver.start());
    for (const QString& language : {u"en"_s, u"fi"_s, u"sv"_s}) {
        Translations::setOverrideCode(language);
        QCOMPARE(Translations::install(), language);
        auto window = openWindow(m_sandbox.demoConnection());
        QVERIFY(window);
        window->liveEventsPage()->setService(receiver.service());
        QTRY_VERIFY(!window->webhooksPage()->isBusy());
        auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            // As a user narrows the window: the tool buttons give up their texts first (CompactToolButton).
            window->resize(680, 700);
            QTest::qWait(100); // the layouts settle
            const int width = std::max(window->width(), window->minimumSizeHint().width());
            QVERIFY2(width <= 680,
                     qPrintable(u"%1, page %2: %3 px; wide: %4"_s.arg(language).arg(page).arg(width).arg(
                         widerThan(window.get(), 640).join(u", "))));
        }
        // The Webhooks toolbar decides for the whole row: at 680 px every button shows its icon alone, as narrow
        // as that (no gaps around lone icons), its text in the tooltip; wide enough, every one shows its text.
        tabs->setCurrentIndex(0);
        const QList<CompactToolButton*> buttons = window->webhooksPage()->findChildren<CompactToolButton*>();
        QVERIFY(buttons.size() >= 4);
        for (CompactToolButton* button : buttons) {
            QVERIFY2(button->isCompact(), qPrintable(language + u": "_s + button->objectName()));
            QVERIFY(button->width() <= button->minimumSizeHint().width() + 2);
            QVERIFY(button->toolTip().contains(button->text().remove(u'&')));
        }
        window->resize(1400, 700);
        QTRY_VERIFY(std::none_of(buttons.cbegin(), buttons.cend(), [](auto* b) { return b->isCompact(); }));
    }
    Translations::setOverrideCode(u"fi"_s);
    QCOMPARE(Translations::install(), u"fi"_s);
}

QTEST_MAIN(TestFinnishUi)
#include "tst_finnishui.moc"
