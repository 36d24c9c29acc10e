#include "ApiTestSupport.h"
#include "LocalSandbox.h"
#include "api/VainuClient.h"
#include "core/BusinessId.h"
#include "gui/common/FilePicker.h"
#include "gui/common/MessageBox.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "gui/lists/CompanyListsPanel.h"
#include "models/CompanyListModel.h"
#include "models/CompanyTableModel.h"
#include "models/CustomerTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

// The Customer data page driven like a user would, against the real sandbox.
class TestCustomersPage : public QObject
{
    Q_OBJECT

    LocalSandbox m_sandbox;
    std::unique_ptr<VainuClient> m_client;
    std::unique_ptr<CustomersPage> m_page;

    static QString samplePath()
    {
        return qEnvironmentVariable("VW_SOURCE_DIR") + u"/resources/samples/crm-export-fi-sv.csv"_s;
    }

    // The button's text as the app shows it (the English plural forms come from a catalogue not loaded here).
    static QString importLabel(int rows)
    {
        return QCoreApplication::translate("ImportDialog", "&Import %n row(s)", nullptr, rows);
    }

    template <typename T>
    T* waitForChild(QObject* parent)
    {
        T* found = nullptr;
        const bool ok = QTest::qWaitFor([&] { return (found = parent->findChild<T*>()) != nullptr; }, 5000);
        return ok ? found : nullptr;
    }

    void awaitDone(ApiCall* call)
    {
        bool done = false;
        connect(call, &ApiCall::finished, this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    // How many companies the sandbox has on the list, or -1 with the reason. Read in the call's own signal: a
    // finished call deletes itself, and the wait above lets that happen.
    qsizetype companiesOnList(const QString& listId, QString* problem)
    {
        qsizetype count = -1;
        bool done = false;
        auto* call = m_client->listCompanies(listId, 50, 0);
        connect(call, &ApiCall::finished, this, [&] {
            done = true;
            if (call->error().isError())
                *problem = call->error().userMessage();
            else
                count = call->value().items.size();
        });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            *problem = u"the sandbox did not answer"_s;
        return count;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void init()
    {
        m_sandbox.resetToSeed();
        m_client = std::make_unique<TestApiClient>(m_sandbox.demoConnection());
        m_page = std::make_unique<CustomersPage>();
        m_page->resize(1200, 700);
        m_page->show();
        m_page->setClient(m_client.get());
        QTRY_VERIFY(!m_page->isBusy());
    }

    void cleanup()
    {
        m_page.reset();
        m_client.reset();
    }

    // "Customer record" on a Live event: the record opens whether or not it is on the loaded page.
    void openRecordFromTheLoadedPageOrFromVainu()
    {
        m_page->openRecord(u"crm-0003"_s);
        CustomerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<CustomerDialog*>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"uniqueIdEdit"_s)->text(), u"crm-0003"_s);
        dialog->reject();
        QTRY_VERIFY(m_page->findChild<CustomerDialog*>() == nullptr);

        m_page->setPageSize(10);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(m_page->model()->rowOfId(u"crm-0024"_s) < 0);
        m_page->openRecord(u"crm-0024"_s);
        QTRY_VERIFY((dialog = m_page->findChild<CustomerDialog*>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"uniqueIdEdit"_s)->text(), u"crm-0024"_s);
        dialog->reject();
    }

    void importSampleThroughTheDialog()
    {
        const qint64 before = m_page->totalCount();
        FilePicker::presetPaths({samplePath()});
        m_page->importCsv();
        auto* dialog = waitForChild<ImportDialog>(m_page.get());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QPushButton*>(u"chooseFileButton"_s)->click();
        QVERIFY(dialog->isBusy()); // read on a worker thread: the dialog stays responsive
        QVERIFY(!dialog->findChild<QPushButton*>(u"chooseFileButton"_s)->isEnabled());
        QTRY_COMPARE(dialog->step(), ImportDialog::MappingStep);
        QVERIFY(!dialog->isBusy());
        QCOMPARE(dialog->table().encoding, u"ISO-8859-1"_s);
        QVERIFY(dialog->findChild<QLabel*>(u"fileInfo"_s)->text().contains(u"ISO-8859-1"_s));
        QCOMPARE(dialog->table().rows.size(), 20);
        QCOMPARE(dialog->mapping().columnOf(CustomerField::BusinessId), 2);
        int invalid = 0;
        for (const auto& row : dialog->rows())
            invalid += row.isValid() ? 0 : 1;
        QCOMPARE(invalid, 1); // CRM-1010, wrong check digit, shown before anything is sent
        auto* start = dialog->findChild<QPushButton*>(u"startImportButton"_s);
        QVERIFY(start->isEnabled());
        start->click();
        QTRY_COMPARE(dialog->step(), ImportDialog::ReportStep);
        QCOMPARE(dialog->report().count(ImportStatus::Created), 19);
        QCOMPARE(dialog->report().count(ImportStatus::Invalid), 1);
        // The report page: the counts, and the row that did not make it with its line, unique id and reason.
        QCOMPARE(dialog->findChild<QLabel*>(u"reportCreatedValue"_s)->text(), u"19"_s);
        QCOMPARE(dialog->findChild<QLabel*>(u"reportFailedValue"_s)->text(), u"1"_s);
        auto* failures = dialog->findChild<QTableWidget*>(u"reportTable"_s);
        QVERIFY(failures->isVisible());
        QCOMPARE(failures->rowCount(), 1);
        QCOMPARE(failures->item(0, 1)->text(), u"CRM-1010"_s);
        QVERIFY(failures->item(0, 0)->text().toInt() > 1);
        QVERIFY(failures->item(0, 3)->text().contains(u"check digit"_s));
        QVERIFY(dialog->findChild<QPushButton*>(u"saveFailuresButton"_s)->isEnabled());

        // The page reloads and shows the rows with their match status.
        QTRY_COMPARE(m_page->totalCount(), before + 19);
        m_page->setPageSize(1000);
        QTRY_VERIFY(m_page->model()->rowOfId(u"CRM-1001"_s) >= 0);
        CustomerTableModel* model = m_page->model();
        const auto status = [model](const QString& id) {
            return MatchStatus(model->index(model->rowOfId(id), 0).data(CustomerTableModel::MatchStatusRole).toInt());
        };
        QCOMPARE(status(u"CRM-1001"_s), MatchStatus::Matched);
        QCOMPARE(status(u"CRM-2005"_s), MatchStatus::Matched);
        QCOMPARE(status(u"CRM-1008"_s), MatchStatus::NotMatched);
        QVERIFY(model->rowOfId(u"CRM-1010"_s) < 0);
        const QModelIndex matchCell = model->index(model->rowOfId(u"CRM-1008"_s), CustomerTableModel::MatchColumn);
        QVERIFY(matchCell.data(Qt::ToolTipRole).toString().contains(u"business id"_s));

        // Importing the same file again updates instead of duplicating.
        FilePicker::presetPaths({samplePath()});
        dialog->accept();
        m_page->importCsv();
        ImportDialog* second = nullptr;
        QTRY_VERIFY((second = m_page->findChild<ImportDialog*>()) != nullptr && second != dialog);
        second->findChild<QPushButton*>(u"chooseFileButton"_s)->click();
        second->startImport(); // too early: still reading, so nothing starts
        QCOMPARE(second->step(), ImportDialog::ChooseStep);
        QTRY_COMPARE(second->step(), ImportDialog::MappingStep);
        second->startImport();
        QTRY_COMPARE(second->step(), ImportDialog::ReportStep);
        QCOMPARE(second->report().count(ImportStatus::Updated), 19);
        QTRY_VERIFY(!m_page->isBusy());
        QCOMPARE(m_page->totalCount(), before + 19);
        second->accept();
    }

    void mappingChangeRechecksRowsOffTheGuiThread()
    {
        ImportDialog dialog(m_client.get());
        dialog.show();
        dialog.openFile(samplePath());
        QTRY_COMPARE(dialog.step(), ImportDialog::MappingStep);
        auto* start = dialog.findChild<QPushButton*>(u"startImportButton"_s);
        QTRY_VERIFY(start->isEnabled());
        QCOMPARE(start->text(), importLabel(19));

        // Without the business id column, the row with the wrong check digit has nothing wrong left.
        const int column = dialog.mapping().columnOf(CustomerField::BusinessId);
        QVERIFY(column >= 0);
        dialog.setMapping(column, CustomerField::Ignore);
        QCOMPARE(dialog.mapping().columnOf(CustomerField::BusinessId), -1); // the choice shows at once
        QVERIFY(dialog.isBusy());
        QVERIFY(!start->isEnabled()); // no import of rows checked under the old mapping
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(start->isEnabled());
        QCOMPARE(start->text(), importLabel(20));
        for (const auto& row : dialog.rows())
            QVERIFY2(row.isValid(), qPrintable(row.errorText()));
        const auto* preview = dialog.findChild<QTableWidget*>(u"previewTable"_s);
        for (int c = 0; c < preview->columnCount(); ++c)
            QVERIFY(preview->horizontalHeaderItem(c)->text() != CustomerFields::label(CustomerField::BusinessId));

        // Two quick changes: only the last one's result is shown.
        dialog.setMapping(column, CustomerField::BusinessId);
        dialog.setMapping(column, CustomerField::Ignore);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.mapping().columnOf(CustomerField::BusinessId), -1);
        QCOMPARE(start->text(), importLabel(20));
    }

    // Excel's "CSV" on Windows: the mapping step says the file was read as Windows-1252, and the euro sign,
    // dash and curly quotes arrive as themselves.
    void windowsCsvShowsItsEncodingInTheMappingStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"excel.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("unique_id;company_name;notes\r\nxl-1;\x93Oy\x94 \xC5"
                   "bo;\x80 1 200 \x96 net\r\n");
        file.close();
        ImportDialog dialog(m_client.get());
        dialog.show();
        dialog.openFile(path);
        QTRY_COMPARE(dialog.step(), ImportDialog::MappingStep);
        QCOMPARE(dialog.table().encoding, u"Windows-1252"_s);
        const QString fileInfo = dialog.findChild<QLabel*>(u"fileInfo"_s)->text();
        QVERIFY2(fileInfo.contains(u"Windows-1252"_s), qPrintable(fileInfo));
        QCOMPARE(dialog.table().rows.value(0),
                 (QStringList {u"xl-1"_s, u"\u201cOy\u201d \u00c5bo"_s, u"\u20ac 1 200 \u2013 net"_s}));
        QTRY_VERIFY(!dialog.isBusy());
    }

    // Ctrl+N adds a record on this page as it adds a webhook on the Webhooks page; the unique id is the
    // record's key, so Add lets the user type it and Edit shows it read-only.
    void newKeyAddsARecordAndEditKeepsTheKey()
    {
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keySequence(m_page.get(), QKeySequence::New);
        CustomerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<CustomerDialog*>()) != nullptr && dialog->isVisible());
        QVERIFY(!dialog->isEditing());
        auto* uniqueId = dialog->findChild<QLineEdit*>(u"uniqueIdEdit"_s);
        QVERIFY(!uniqueId->isReadOnly());
        QVERIFY(uniqueId->hasFrame()); // looks like a field to type in
        QVERIFY(uniqueId->toolTip().isEmpty());
        QTest::keyClicks(uniqueId, u"typed-1"_s);
        QCOMPARE(uniqueId->text(), u"typed-1"_s);
        dialog->reject();
        QTRY_VERIFY(m_page->findChild<CustomerDialog*>() == nullptr);

        QVERIFY(m_page->selectRecord(u"crm-0003"_s));
        m_page->findChild<QAction*>(u"editCustomerAction"_s)->trigger();
        QTRY_VERIFY((dialog = m_page->findChild<CustomerDialog*>()) != nullptr && dialog->isVisible());
        QVERIFY(dialog->isEditing());
        uniqueId = dialog->findChild<QLineEdit*>(u"uniqueIdEdit"_s);
        QVERIFY(uniqueId->isReadOnly());
        // It looks read-only too: no frame, the window's background rather than a field's, and a tooltip with why.
        QVERIFY(!uniqueId->hasFrame());
        QCOMPARE(uniqueId->palette().color(QPalette::Base), uniqueId->palette().color(QPalette::Window));
        QVERIFY(uniqueId->toolTip().contains(u"key"_s));
        QVERIFY(dialog->findChild<QLineEdit*>(u"companyNameEdit"_s)->hasFrame());
        QTest::keyClicks(uniqueId, u"x"_s);
        QCOMPARE(uniqueId->text(), u"crm-0003"_s);
        dialog->reject();
    }

    // Counts the user reads carry the locale's thousands separators: "1 200" in Finnish, with a no-break
    // space, in the import's progress and report and in the page's "1–50 of 1 224 records".
    void importAndPageCountsUseTheLocalesThousandsSeparators()
    {
        const QLocale before;
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("unique_id;company_name\n");
        for (int i = 1; i <= 1200; ++i)
            file.write("bulk-" + QByteArray::number(i) + ";Yritys " + QByteArray::number(i) + " Oy\n");
        file.close();

        ImportDialog dialog(m_client.get());
        dialog.show();
        dialog.openFile(path);
        QTRY_COMPARE(dialog.step(), ImportDialog::MappingStep);
        auto* start = dialog.findChild<QPushButton*>(u"startImportButton"_s);
        QTRY_VERIFY(start->isEnabled());
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), ImportDialog::ReportStep, 60000);
        QCOMPARE(dialog.report().count(ImportStatus::Created), 1200);
        // The progress page: records done of all, the rate, the time left and the running counts.
        const auto text
            = [&dialog](const char* name) { return dialog.findChild<QLabel*>(QLatin1StringView(name))->text(); };
        QVERIFY2(text("progressLabel").contains(u"1\u00a0200"_s), qPrintable(text("progressLabel")));
        QCOMPARE(text("progressDoneValue"), u"1\u00a0200 of 1\u00a0200"_s);
        QCOMPARE(text("progressCreatedValue"), u"1\u00a0200"_s);
        QCOMPARE(text("progressUpdatedValue"), u"0"_s);
        QCOMPARE(text("progressFailedValue"), u"0"_s);
        QVERIFY2(text("progressRateValue").endsWith(u"records/s"_s), qPrintable(text("progressRateValue")));
        QVERIFY2(text("progressTimeLeftValue").startsWith(u"about"_s), qPrintable(text("progressTimeLeftValue")));
        // The report: the counts, and a sentence instead of an empty table when every row made it.
        const QString summary = text("reportSummary");
        QVERIFY2(summary.contains(u"1\u00a0200 created"_s), qPrintable(summary));
        QCOMPARE(text("reportCreatedValue"), u"1\u00a0200"_s);
        QCOMPARE(text("reportUpdatedValue"), u"0"_s);
        QCOMPARE(text("reportFailedValue"), u"0"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"reportTableLabel"_s)->isVisible());
        QVERIFY(!dialog.findChild<QTableWidget*>(u"reportTable"_s)->isVisible());

        m_page->refresh();
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(m_page->totalCount() > 1200);
        const QString total = QLocale().toString(m_page->totalCount());
        QVERIFY(total.contains(u'\u00a0'));
        const QString pageLabel = m_page->findChild<QLabel*>(u"pageLabel"_s)->text();
        QVERIFY2(pageLabel.contains(total), qPrintable(pageLabel));
    }

    void unreadableFileStaysOnChooseStepWithReason()
    {
        ImportDialog dialog(m_client.get());
        dialog.show();
        QTemporaryDir dir;
        dialog.openFile(dir.filePath(u"missing.csv"_s));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.findChild<QLabel*>(u"chooseError"_s)->isVisible());
        QCOMPARE(dialog.step(), ImportDialog::ChooseStep);
        QVERIFY(dialog.findChild<QLabel*>(u"chooseError"_s)->text().contains(u"missing.csv"_s));
        QVERIFY(dialog.findChild<QPushButton*>(u"chooseFileButton"_s)->isEnabled());
    }

    void addEditDeleteRecord()
    {
        m_page->addRecord();
        auto* dialog = waitForChild<CustomerDialog>(m_page.get());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"uniqueIdEdit"_s), u"gui-1"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"companyNameEdit"_s), u"Vainu. io Software Oy"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"businessIdEdit"_s), u"2557864-3"_s);
        auto* country = dialog->findChild<QComboBox*>(u"countryCombo"_s);
        country->setCurrentIndex(country->findData(u"FI"_s));
        dialog->save();
        QVERIFY(!dialog->fieldError(CustomerField::BusinessId).isEmpty()); // the check digit, before sending
        QVERIFY(dialog->isVisible());

        auto* businessId = dialog->findChild<QLineEdit*>(u"businessIdEdit"_s);
        businessId->clear();
        QTest::keyClicks(businessId, u"25578642"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"ownerEmailEdit"_s), u"anna@example.fi"_s);
        dialog->save();
        QTRY_VERIFY(m_page->model()->rowOfId(u"gui-1"_s) >= 0);
        const CustomerRecord created = m_page->model()->recordAt(m_page->model()->rowOfId(u"gui-1"_s));
        QCOMPARE(created.matchData.businessId, u"2557864-2"_s);
        QVERIFY(created.matching && created.matching->status == MatchStatus::Matched);

        // A duplicate unique id is refused by the server, and the message sits under the unique id.
        m_page->addRecord();
        CustomerDialog* duplicate = nullptr;
        QTRY_VERIFY((duplicate = m_page->findChild<CustomerDialog*>()) != nullptr && duplicate->isVisible());
        QTest::keyClicks(duplicate->findChild<QLineEdit*>(u"uniqueIdEdit"_s), u"gui-1"_s);
        QTest::keyClicks(duplicate->findChild<QLineEdit*>(u"companyNameEdit"_s), u"Other Oy"_s);
        duplicate->save();
        QTRY_VERIFY(!duplicate->fieldError(CustomerField::UniqueId).isEmpty());
        duplicate->reject();

        // Edit
        QVERIFY(m_page->selectRecord(u"gui-1"_s));
        m_page->editSelected();
        CustomerDialog* edit = nullptr;
        QTRY_VERIFY((edit = m_page->findChild<CustomerDialog*>()) != nullptr && edit->isEditing() && edit->isVisible());
        QVERIFY(edit->findChild<QLineEdit*>(u"uniqueIdEdit"_s)->isReadOnly());
        auto* name = edit->findChild<QLineEdit*>(u"companyNameEdit"_s);
        name->clear();
        QTest::keyClicks(name, u"Vainu (renamed)"_s);
        edit->save();
        QTRY_COMPARE(m_page->model()->recordAt(m_page->model()->rowOfId(u"gui-1"_s)).matchData.companyName,
                     u"Vainu (renamed)"_s);

        // Delete, confirmed
        QTRY_VERIFY(!m_page->isBusy());
        const qint64 total = m_page->totalCount();
        QVERIFY(m_page->selectRecord(u"gui-1"_s));
        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        m_page->deleteSelected();
        QTRY_VERIFY(m_page->model()->rowOfId(u"gui-1"_s) < 0);
        QTRY_COMPARE(m_page->totalCount(), total - 1);
    }

    void showEventsSignalCarriesBusinessId()
    {
        m_page->setPageSize(1000);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(m_page->model()->rowCount() > 0);
        const CustomerRecord first = m_page->model()->recordAt(0);
        QVERIFY(m_page->selectRecord(first.uniqueId));
        QSignalSpy spy(m_page.get(), &CustomersPage::showEventsRequested);
        m_page->findChild<QAction*>(u"showCustomerEventsAction"_s)->trigger();
        QCOMPARE(spy.size(), 1);
        QVERIFY(!spy.at(0).at(0).toString().isEmpty());
    }

    void addCompaniesToStaticList()
    {
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(!panel->isBusy());
        const int lists = panel->listModel()->rowCount();
        panel->createList(u"Pohjoismaiset kohteet"_s);
        QTRY_COMPARE(panel->listModel()->rowCount(), lists + 1);
        QTRY_COMPARE(panel->currentList().name, u"Pohjoismaiset kohteet"_s);
        QVERIFY(panel->currentList().isStatic());
        panel->addCompanies(u"2557864-2\n1853532-9, NO918443525;SE5569355299"_s);
        QTRY_COMPARE(panel->companyModel()->rowCount(), 4);
        QTRY_COMPARE(panel->currentList().addedCompanies, 4);

        // An unknown id alone changes nothing; "Add companies" asks again with it and says why, and the lists'
        // banner (with its Retry) stays out of it: retrying the same id would fail the same way.
        panel->addCompanies(u"1234567-1"_s);
        AddCompaniesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel->retryDialog()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->pastedText(), u"1234567-1"_s);
        QVERIFY(dialog->findChild<QLabel*>(u"problemsLabel"_s)
                    ->text()
                    .contains(u"Vainu does not know the business id 1234567-1."_s));
        QVERIFY(!panel->findChild<QWidget*>(u"listsErrorBanner"_s)->isVisible());
        QCOMPARE(panel->currentList().addedCompanies, 4);
        dialog->reject();
        QTRY_VERIFY(panel->retryDialog() == nullptr);
    }

    // One unknown id no longer refuses the batch: the others are added, and "Add companies" opens again with
    // only the ids left out (the invalid ones were not even sent) and a sentence for each, at a readable width.
    void addCompaniesAddsTheKnownIdsAndAsksAgainForTheRest()
    {
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(!panel->isBusy());
        panel->createList(u"Osittain tunnetut"_s);
        QTRY_COMPARE(panel->currentList().name, u"Osittain tunnetut"_s);
        QTRY_VERIFY(!panel->isBusy());
        const QString listId = panel->currentList().id;
        panel->addCompanies(u"2557864-2, 1234567-1\n2557864-3 NO918443525"_s);
        AddCompaniesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel->retryDialog()) != nullptr && dialog->isVisible());
        QTRY_COMPARE(panel->currentList().addedCompanies, 2);
        QTRY_COMPARE(panel->companyModel()->rowCount(), 2);
        QCOMPARE(dialog->pastedText(), u"2557864-3\n1234567-1"_s);
        const auto* problems = dialog->findChild<QLabel*>(u"problemsLabel"_s);
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"check digit of 2557864-3"_s));
        QVERIFY(problems->text().contains(u"Vainu does not know the business id 1234567-1."_s));
        QVERIFY2(problems->width() >= 400, "the reasons read as sentences, not a word per line");
        QVERIFY(dialog->height() >= dialog->minimumSizeHint().height());
        QVERIFY(!panel->findChild<QWidget*>(u"listsErrorBanner"_s)->isVisible());

        // Correcting the ids there and choosing OK adds them.
        dialog->findChild<QPlainTextEdit*>(u"businessIdsEdit"_s)->setPlainText(u"1853532-9"_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(panel->currentList().addedCompanies, 3);
        QTRY_VERIFY(panel->retryDialog() == nullptr);
        QTRY_VERIFY(!panel->isBusy());
        QString problem;
        const qsizetype onList = companiesOnList(listId, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(onList, 3);
    }

    // "Add companies…" asks in a dialog: OK waits for a business id, Cancel sends nothing, OK adds what was pasted.
    void addCompaniesThroughTheDialog()
    {
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(!panel->isBusy());
        panel->createList(u"Liitetyt tunnukset"_s);
        QTRY_COMPARE(panel->currentList().name, u"Liitetyt tunnukset"_s);
        QTRY_VERIFY(!panel->isBusy());
        const QString listId = panel->currentList().id;
        auto* addButton = panel->findChild<QPushButton*>(u"addCompaniesButton"_s);
        QVERIFY(addButton->isEnabled());

        // What the open dialog showed; checked once it is closed, so a failed check cannot leave it open.
        QString title;
        QString placeholder;
        bool okWhenEmpty = true;
        bool okForSeparatorsOnly = true;
        bool okForIds = false;
        QTimer::singleShot(0, panel, [&] {
            auto* dialog = waitForChild<AddCompaniesDialog>(panel);
            if (!dialog)
                return;
            auto* edit = dialog->findChild<QPlainTextEdit*>(u"businessIdsEdit"_s);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            title = dialog->windowTitle();
            placeholder = edit->placeholderText();
            okWhenEmpty = ok->isEnabled();
            QTest::keyClicks(edit, u" ,;"_s);
            QTest::keyClick(edit, Qt::Key_Return);
            okForSeparatorsOnly = ok->isEnabled();
            QTest::keyClicks(edit, u"2557864-2"_s);
            okForIds = ok->isEnabled();
            dialog->reject();
        });
        addButton->click();
        QCOMPARE(title, u"Add companies to Liitetyt tunnukset"_s);
        QCOMPARE(placeholder, u"2822996-6\n25578642\nNO918443525"_s);
        QVERIFY(!okWhenEmpty);
        QVERIFY(!okForSeparatorsOnly);
        QVERIFY(okForIds);
        QVERIFY(!panel->isBusy()); // cancelled: nothing was sent
        QCOMPARE(panel->currentList().addedCompanies, 0);

        QTimer::singleShot(0, panel, [&] {
            auto* dialog = waitForChild<AddCompaniesDialog>(panel);
            if (!dialog)
                return;
            auto* edit = dialog->findChild<QPlainTextEdit*>(u"businessIdsEdit"_s);
            QTest::keyClicks(edit, u"2557864-2, NO918443525"_s);
            QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, u"1853532-9"_s);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        addButton->click();
        QTRY_COMPARE(panel->currentList().addedCompanies, 3);
        QTRY_VERIFY(!panel->isBusy());

        // The sandbox has them on the list, not only the panel's table.
        QString problem;
        const qsizetype onList = companiesOnList(listId, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(onList, 3);
        QCOMPARE(panel->companyModel()->rowCount(), 3);
    }

    // The dialog on its own: OK follows the text as it changes, and the pasted text is returned whole.
    void addCompaniesDialogEnablesOkOnlyForIds()
    {
        AddCompaniesDialog dialog(u"Kohteet"_s);
        auto* edit = dialog.findChild<QPlainTextEdit*>(u"businessIdsEdit"_s);
        QVERIFY(edit);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        edit->setPlainText(u"25578642;NO918443525"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.pastedText(), u"25578642;NO918443525"_s);
        edit->clear();
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->isEnabled());
    }

    void dynamicListIsReadOnly()
    {
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(panel->listModel()->rowCount() > 0);
        QString dynamicId;
        for (const CompanyList& list : panel->listModel()->lists()) {
            if (!list.isStatic())
                dynamicId = list.id;
        }
        QVERIFY2(!dynamicId.isEmpty(), "the sandbox's demo data has a dynamic list");
        QVERIFY(panel->selectList(dynamicId));
        QVERIFY(!panel->findChild<QPushButton*>(u"addCompaniesButton"_s)->isEnabled());
        QVERIFY(!panel->findChild<QPushButton*>(u"deleteListButton"_s)->isEnabled());
        QVERIFY(panel->findChild<QWidget*>(u"readOnlyNote"_s)->isVisible());
    }

    void filterWithoutMatchSaysSoAndClears()
    {
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        auto* filter = m_page->findChild<QLineEdit*>(u"customerFilterEdit"_s);
        auto* noMatch = m_page->findChild<QWidget*>(u"customersNoMatchState"_s);
        QVERIFY(!noMatch->isVisible());
        filter->setText(u"no such company anywhere"_s);
        QVERIFY(noMatch->isVisible());
        QVERIFY(!m_page->findChild<QWidget*>(u"customerTable"_s)->isVisible());
        noMatch->findChild<QPushButton*>(u"clearFilterButton"_s)->click();
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!noMatch->isVisible());
        QVERIFY(m_page->findChild<QWidget*>(u"customerTable"_s)->isVisible());
    }

    void loadErrorShowsBannerWithRetry()
    {
        m_client->setConnection({m_sandbox->apiBaseUrl(), u"wrong-key"_s});
        m_page->refresh();
        QTRY_VERIFY(m_page->findChild<QWidget*>(u"customersErrorBanner"_s)->isVisible());
        m_client->setConnection(m_sandbox.demoConnection());
        m_page->refresh();
        QTRY_VERIFY(!m_page->findChild<QWidget*>(u"customersErrorBanner"_s)->isVisible());
    }

    // One of two selected records was deleted elsewhere meanwhile: both are gone, the status says which, no warning.
    void deleteReportsARecordDeletedMeanwhileAsAlreadyGone()
    {
        auto* table = m_page->findChild<QTableView*>(u"customerTable"_s);
        QVERIFY(table->model()->rowCount() >= 2);
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<CustomerRecord> selected = m_page->selectedRecords();
        QCOMPARE(selected.size(), 2);
        awaitDone(m_client->deleteCustomer(selected.at(1).uniqueId));

        QSignalSpy status(m_page.get(), &CustomersPage::statusMessage);
        MessageBox::clearShownMessages();
        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        m_page->deleteSelected();
        QTRY_VERIFY(status.size() > 0
                    && status.last().first().toString() == u"Delete customer records: 1 deleted, 1 already gone."_s);
        QCOMPARE(MessageBox::shownMessages().size(), 1); // the confirmation only
        QTRY_VERIFY(!m_page->isBusy());
        QCOMPARE(m_page->model()->rowOfId(selected.at(0).uniqueId), -1);
        QCOMPARE(m_page->model()->rowOfId(selected.at(1).uniqueId), -1);
    }

    // A list deleted elsewhere meanwhile: removing its companies, and deleting it, report it as already gone.
    void listDeletedMeanwhileIsAlreadyGone()
    {
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(!panel->isBusy());
        panel->createList(u"Poistuva lista"_s);
        QTRY_COMPARE(panel->currentList().name, u"Poistuva lista"_s);
        panel->addCompanies(u"25578642 NO918443525"_s);
        QTRY_COMPARE(panel->companyModel()->rowCount(), 2);
        const QString listId = panel->currentList().id;
        panel->findChild<QTableView*>(u"listCompanyTable"_s)->selectAll();
        awaitDone(m_client->deleteList(listId));

        QSignalSpy status(panel, &CompanyListsPanel::statusMessage);
        MessageBox::clearShownMessages();
        panel->removeSelectedCompanies();
        QTRY_VERIFY(status.size() > 0
                    && status.last().first().toString() == u"Remove companies from Poistuva lista: 2 already gone."_s);
        QVERIFY(MessageBox::shownMessages().isEmpty());
        QTRY_COMPARE(panel->listModel()->rowOfId(listId), -1); // the panel shows what Vainu has

        panel->createList(u"Toinen lista"_s);
        QTRY_COMPARE(panel->currentList().name, u"Toinen lista"_s);
        QTRY_VERIFY(!panel->isBusy()); // its companies loaded before it disappears
        const QString secondId = panel->currentList().id;
        awaitDone(m_client->deleteList(secondId));
        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        panel->deleteCurrentList();
        QTRY_VERIFY(status.last().first().toString() == u"Delete company list: 1 already gone."_s);
        QCOMPARE(MessageBox::shownMessages().size(), 1); // the confirmation only
        QCOMPARE(panel->listModel()->rowOfId(secondId), -1);
    }

    // A failed add that is no input error shows in the lists' banner, without Retry (Retry reloads the lists, which
    // would not add anything), and in the narrow panel of a 680-pixel window the text keeps a readable width: the
    // buttons go under it. A failed load still offers Retry.
    void addFailureShowsAReadableBannerWithoutRetry()
    {
        m_page->resize(680, 700);
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(!panel->isBusy());
        panel->createList(u"Katkos"_s);
        QTRY_COMPARE(panel->currentList().name, u"Katkos"_s);
        QTRY_VERIFY(!panel->isBusy());
        FaultInjector::Fault fault;
        fault.pathPrefix = u"/api/v2/lists/"_s + panel->currentList().id + u"/add"_s;
        fault.status = 500;
        m_sandbox->faults().add(fault);
        panel->addCompanies(u"2557864-2"_s);
        auto* banner = panel->findChild<QWidget*>(u"listsErrorBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(panel->retryDialog() == nullptr);
        auto* text = banner->findChild<QLabel*>(u"errorText"_s);
        QVERIFY(text->text().startsWith(u"No company was added."_s));
        QVERIFY(!banner->findChild<QWidget*>(u"retryButton"_s)->isVisible());
        auto* dismiss = banner->findChild<QWidget*>(u"dismissErrorButton"_s);
        QVERIFY(dismiss->isVisible());
        QTRY_VERIFY2(text->width() >= banner->width() / 2, "the text has most of the banner's width");
        QVERIFY(dismiss->mapTo(banner, QPoint(0, 0)).y() > text->mapTo(banner, QPoint(0, 0)).y());

        m_sandbox->faults().clear();
        fault.pathPrefix = u"/api/v2/lists/"_s;
        m_sandbox->faults().add(fault);
        panel->refresh();
        QTRY_VERIFY(banner->findChild<QLabel*>(u"errorText"_s)->text().startsWith(u"The company lists"_s));
        QVERIFY(banner->findChild<QWidget*>(u"retryButton"_s)->isVisible());
        m_sandbox->faults().clear();
    }

    // A list the server fails to delete stays, and the report lists it with the server's message.
    void listDeleteFailureIsListed()
    {
        CompanyListsPanel* panel = m_page->listsPanel();
        QTRY_VERIFY(!panel->isBusy());
        panel->createList(u"Pysyvä lista"_s);
        QTRY_COMPARE(panel->currentList().name, u"Pysyvä lista"_s);
        // Selecting the new list loads its companies (GET /lists/<id>/companies); that request must be over
        // before the fault is armed, or it takes the fault meant for the delete.
        QTRY_VERIFY(!panel->isBusy());
        const QString listId = panel->currentList().id;
        FaultInjector::Fault fault;
        fault.pathPrefix = u"/api/v2/lists/"_s + listId;
        fault.status = 500;
        m_sandbox->faults().add(fault);
        MessageBox::clearShownMessages();
        MessageBox::presetAnswers({MessageBox::Answer::Accept, MessageBox::Answer::Accept});
        panel->deleteCurrentList();
        QTRY_COMPARE(MessageBox::shownMessages().size(), 2);
        const MessageBox::Shown report = MessageBox::shownMessages().at(1);
        QCOMPARE(report.title, u"Delete company list"_s);
        QVERIFY2(report.text.startsWith(u"1 of 1 could not be deleted."_s), qPrintable(report.text));
        QVERIFY2(report.details.startsWith(u"Not deleted: Pysyvä lista\n"_s), qPrintable(report.details));
        QVERIFY(report.details.contains(u"Fault injected by the sandbox: HTTP 500."_s));
        QTRY_VERIFY(!panel->isBusy());
        QVERIFY(panel->listModel()->rowOfId(listId) >= 0);
    }
};

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
