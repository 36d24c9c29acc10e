#include "gui/customers/ImportDialog.h"

#include "api/import/CustomerImporter.h"
#include "gui/common/FilePicker.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StatusPalette.h"
#include "ui_ImportChooseStep.h"
#include "ui_ImportDialog.h"
#include "ui_ImportMappingStep.h"
#include "ui_ImportProgressStep.h"
#include "ui_ImportReportStep.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

Q_LOGGING_CATEGORY(lcImport, "vainu.gui.import")

using namespace Qt::StringLiterals;

namespace {
// The colour the catalogues' texts carry in their markup; the palette's colour for errors replaces it.
const QString catalogueErrorColour = u"#c62828"_s;
} // namespace

ImportDialog::ImportDialog(VainuClient* client, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_chooseUi(std::make_unique<Ui::ImportDialogChooseStep>())
    , m_mappingUi(std::make_unique<Ui::ImportDialogMappingStep>())
    , m_progressUi(std::make_unique<Ui::ImportDialogProgressStep>())
    , m_reportUi(std::make_unique<Ui::ImportDialogReportStep>())
    , m_client(client)
    , m_importer(new CustomerImporter(client, this))
    , m_worker(new QFutureWatcher<ImportPreparation>(this))
{
    m_ui->setupUi(this);
    setUpChooseStep();
    setUpMappingStep();
    setUpProgressStep();
    setUpReportStep();

    connect(m_importer, &CustomerImporter::progress, this, &ImportDialog::showProgress);
    connect(m_importer, &CustomerImporter::finished, this, &ImportDialog::showReport);
    connect(m_worker, &QFutureWatcher<ImportPreparation>::finished, this, &ImportDialog::onPrepared);
}

ImportDialog::~ImportDialog() = default;

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_ui->importSteps->currentIndex());
}

void ImportDialog::setUpChooseStep()
{
    m_chooseUi->setupUi(m_ui->chooseStep);
    m_chooseUi->chooseError->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette()));
    m_chooseButton = m_chooseUi->chooseButtons->addButton(tr("&Choose file…"), QDialogButtonBox::ActionRole);
    m_chooseButton->setObjectName(u"chooseFileButton"_s);
    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = FilePicker::openCsv(this, tr("Import customer data"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_chooseUi->chooseButtons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::setUpMappingStep()
{
    m_mappingUi->setupUi(m_ui->mappingStep);
    QDialogButtonBox* buttons = m_mappingUi->mappingButtons;
    QPushButton* back = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ResetRole);
    m_startButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startImportButton"_s);
    connect(back, &QPushButton::clicked, this, [this] { m_ui->importSteps->setCurrentIndex(ChooseStep); });
    connect(m_startButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::setUpProgressStep()
{
    m_progressUi->setupUi(m_ui->progressStep);
    m_cancelButton = m_progressUi->progressButtons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setToolTip(tr("Stops sending at once. Records already sent stay in Vainu; the report lists "
                                  "exactly which."));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
}

void ImportDialog::showProgress(int done, int total)
{
    m_progressUi->importProgress->setMaximum(std::max(total, 1));
    m_progressUi->importProgress->setValue(done);
    const QLocale locale; // "11 900 of 30 000" in Finnish
    m_progressUi->progressDoneValue->setText(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
    const double seconds = double(m_importClock.elapsed()) / 1000.0;
    if (done > 0 && seconds > 0.0) {
        const double rate = done / seconds;
        m_progressUi->progressRateValue->setText(tr("%1 records/s").arg(locale.toString(rate, 'f', rate < 10 ? 1 : 0)));
        const int left = int(std::ceil((total - done) / rate));
        m_progressUi->progressTimeLeftValue->setText(
            left >= 90 ? tr("about %Ln minute(s)", nullptr, (left + 30) / 60)
                       : tr("about %n second(s)", nullptr, std::max(left, done < total ? 1 : 0)));
    } else {
        m_progressUi->progressRateValue->setText(tr("measuring…"));
        m_progressUi->progressTimeLeftValue->setText(tr("measuring…"));
    }
    m_progressUi->progressCreatedValue->setText(locale.toString(m_importer->countOf(ImportStatus::Created)));
    m_progressUi->progressUpdatedValue->setText(locale.toString(m_importer->countOf(ImportStatus::Updated)));
    m_progressUi->progressFailedValue->setText(locale.toString(m_importer->countOf(ImportStatus::Failed)));
}

void ImportDialog::setUpReportStep()
{
    m_reportUi->setupUi(m_ui->reportStep);
    QDialogButtonBox* buttons = m_reportUi->reportButtons;
    m_saveFailuresButton = buttons->addButton(tr("&Save failed rows as CSV…"), QDialogButtonBox::ActionRole);
    m_saveFailuresButton->setObjectName(u"saveFailuresButton"_s);
    connect(m_saveFailuresButton, &QPushButton::clicked, this, &ImportDialog::saveFailures);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::accept);
}

void ImportDialog::openFile(const QString& path)
{
    m_chooseUi->chooseError->hide();
    m_chooseUi->readingLabel->setText(tr("Reading %1 and checking its rows…").arg(QFileInfo(path).fileName()));
    m_chooseUi->readingLabel->show();
    m_ui->importSteps->setCurrentIndex(ChooseStep);
    prepare(QtConcurrent::run(&ImportPreparation::fromFile, path), true);
}

void ImportDialog::prepare(const QFuture<ImportPreparation>& future, bool opening)
{
    // A newer job replaces a running one: the watcher drops the older result, so the last choice wins.
    m_opening = opening || (m_opening && m_busy);
    m_busy = true;
    m_chooseButton->setEnabled(false);
    m_startButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_worker->setFuture(future);
}

void ImportDialog::onPrepared()
{
    if (!m_worker->isFinished() || m_worker->isCanceled())
        return;
    ImportPreparation prepared = m_worker->result();
    m_busy = false;
    unsetCursor();
    m_chooseButton->setEnabled(true);
    m_chooseUi->readingLabel->hide();
    if (!prepared.error.isEmpty()) {
        m_chooseUi->chooseError->setText(prepared.error);
        m_chooseUi->chooseError->show();
        m_ui->importSteps->setCurrentIndex(ChooseStep);
        return;
    }
    m_prepared = std::move(prepared);
    m_mapping = m_prepared.mapping;
    if (m_opening) {
        const CsvTable& table = m_prepared.table;
        const QString delimiter = table.delimiter == u'\t' ? tr("tab") : QString(table.delimiter);
        m_mappingUi->fileInfo->setText(
            tr("<b>%1</b>: %n row(s), %2, separated by \"%3\".", nullptr, int(table.rows.size()))
                .arg(m_prepared.fileName.toHtmlEscaped(), table.encoding, delimiter));
        qCInfo(lcImport) << "read" << table.rows.size() << "rows," << table.encoding << "delimiter" << table.delimiter;
        fillMappingTable();
        m_opening = false;
    }
    fillPreview();
    m_ui->importSteps->setCurrentIndex(MappingStep);
}

void ImportDialog::fillMappingTable()
{
    // One column per column of the file; the row labels ("Field", "First row") stay as the form has them.
    const CsvTable& table = m_prepared.table;
    QTableWidget* mappingTable = m_mappingUi->mappingTable;
    mappingTable->clearContents();
    mappingTable->setColumnCount(table.columnCount());
    mappingTable->setHorizontalHeaderLabels(table.header);
    for (int column = 0; column < table.columnCount(); ++column) {
        auto* combo = new QComboBox;
        combo->setObjectName(u"mappingCombo%1"_s.arg(column));
        combo->addItem(CustomerFields::label(CustomerField::Ignore), int(CustomerField::Ignore));
        for (CustomerField field : CustomerFields::all())
            combo->addItem(CustomerFields::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_mapping.fieldAt(column))));
        connect(combo, &QComboBox::activated, this,
                [this, combo, column] { setMapping(column, CustomerField(combo->currentData().toInt())); });
        mappingTable->setCellWidget(0, column, combo);
        mappingTable->setItem(1, column,
                              new QTableWidgetItem(table.rows.isEmpty() ? QString() : table.field(0, column)));
    }
    mappingTable->resizeColumnsToContents();
}

void ImportDialog::setMapping(int column, CustomerField field)
{
    m_mapping.setField(column, field);
    // A field moves: the column that had it shows "(ignore)" now.
    for (int c = 0; c < m_prepared.table.columnCount(); ++c) {
        if (auto* combo = qobject_cast<QComboBox*>(m_mappingUi->mappingTable->cellWidget(0, c)))
            combo->setCurrentIndex(combo->findData(int(m_mapping.fieldAt(c))));
    }
    m_mappingUi->mappingSummary->setText(tr("Checking the rows…"));
    prepare(QtConcurrent::run(&ImportPreparation::remapped, m_prepared, m_mapping), false);
}

void ImportDialog::fillPreview()
{
    const CsvTable& table = m_prepared.table;
    const CustomerCsvMapping& mapping = m_prepared.mapping;
    const QString missing = mapping.missingRequired();
    const int invalid = m_prepared.invalid;
    const int valid = m_prepared.valid();
    const QColor errorBackground = StatusPalette::background(StatusPalette::Status::Bad, palette());
    const QString errorColour = StatusPalette::foreground(StatusPalette::Status::Bad, palette()).name();

    // Preview: the mapped fields, with the cells in error marked and explained.
    const QList<CustomerField> fields = CustomerFields::all();
    QList<CustomerField> shown;
    for (CustomerField field : fields) {
        if (mapping.columnOf(field) >= 0)
            shown.append(field);
    }
    QStringList headers {tr("Line"), tr("Problems")};
    for (CustomerField field : shown)
        headers.append(CustomerFields::label(field));
    QTableWidget* preview = m_mappingUi->previewTable;
    preview->clear();
    preview->setColumnCount(int(headers.size()));
    preview->setHorizontalHeaderLabels(headers);
    const QList<int>& order = m_prepared.previewOrder;
    preview->setRowCount(int(order.size()));
    for (int r = 0; r < order.size(); ++r) {
        const CustomerImportRow& row = m_prepared.rows.at(order.at(r));
        preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        auto* problems = new QTableWidgetItem(row.errorText());
        problems->setToolTip(row.errorText());
        if (!row.isValid())
            problems->setBackground(errorBackground);
        preview->setItem(r, 1, problems);
        for (int c = 0; c < shown.size(); ++c) {
            const CustomerField field = shown.at(c);
            auto* item = new QTableWidgetItem(table.field(row.row, mapping.columnOf(field)));
            if (row.errors.contains(field)) {
                item->setBackground(errorBackground);
                item->setToolTip(row.errors.value(field));
            }
            preview->setItem(r, c + 2, item);
        }
    }
    preview->resizeColumnsToContents();
    if (preview->columnWidth(1) > 360)
        preview->setColumnWidth(1, 360);

    QString summary;
    if (!missing.isEmpty())
        summary = u"<span style='color:%1'>%2</span>"_s.arg(errorColour, missing.toHtmlEscaped());
    else if (invalid == 0)
        summary = tr("All %n row(s) are ready to import.", nullptr, valid);
    else
        summary = tr("%n row(s) are ready; <span style='color:#c62828'>%1 with problems</span> will not be "
                     "sent (listed first below). Fix them in the file and import it again, or import the rest now.",
                     nullptr, valid)
                      .arg(invalid)
                      .replace(catalogueErrorColour, errorColour);
    m_mappingUi->mappingSummary->setText(summary);
    m_startButton->setEnabled(missing.isEmpty() && valid > 0);
    m_startButton->setText(tr("&Import %n row(s)", nullptr, valid));
}

void ImportDialog::startImport()
{
    if (isBusy() || !m_prepared.mapping.missingRequired().isEmpty() || m_importer->isRunning())
        return;
    QList<CustomerRecord> records;
    for (const CustomerImportRow& row : std::as_const(m_prepared.rows)) {
        if (row.isValid())
            records.append(row.record);
    }
    if (records.isEmpty())
        return;
    m_progressUi->importProgress->setValue(0);
    m_progressUi->progressLabel->setText(tr("Sending %Ln record(s) to Vainu…", nullptr, int(records.size())));
    m_cancelButton->setEnabled(true);
    m_ui->importSteps->setCurrentIndex(ProgressStep);
    m_importClock.start();
    m_importer->start(records);
}

void ImportDialog::cancelImport()
{
    m_cancelButton->setEnabled(false);
    m_progressUi->progressLabel->setText(
        tr("Cancelling: nothing more is sent; waiting for the answers to what was already sent…"));
    m_importer->cancel();
}

void ImportDialog::showReport()
{
    m_report = CustomerImportReport::build(m_prepared.table, m_prepared.rows, m_importer->outcomes(),
                                           m_importer->isCancelled());
    const QString head = m_report.cancelled ? tr("The import was cancelled.") : tr("The import is done.");
    m_reportUi->reportSummary->setText(head + u' ' + m_report.summary() + u'.');
    const QLocale locale;
    m_reportUi->reportCreatedValue->setText(locale.toString(m_report.count(ImportStatus::Created)));
    m_reportUi->reportUpdatedValue->setText(locale.toString(m_report.count(ImportStatus::Updated)));
    // Refused by Vainu or by the checks before sending: either way the row is not in Vainu (the summary above
    // tells them apart).
    m_reportUi->reportFailedValue->setText(
        locale.toString(m_report.count(ImportStatus::Failed) + m_report.count(ImportStatus::Invalid)));
    QList<const CustomerImportReport::Row*> problems;
    for (const auto& row : std::as_const(m_report.rows)) {
        if (row.outcome.status != ImportStatus::Created && row.outcome.status != ImportStatus::Updated)
            problems.append(&row);
    }
    QTableWidget* reportTable = m_reportUi->reportTable;
    reportTable->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        const auto* row = problems.at(r);
        reportTable->setItem(r, 0, new QTableWidgetItem(QString::number(row->line)));
        reportTable->setItem(r, 1, new QTableWidgetItem(row->uniqueId));
        reportTable->setItem(r, 2, new QTableWidgetItem(CustomerImportReport::statusName(row->outcome.status)));
        auto* reason = new QTableWidgetItem(row->outcome.message);
        reason->setToolTip(row->outcome.message);
        reportTable->setItem(r, 3, reason);
    }
    reportTable->resizeColumnsToContents();
    reportTable->setVisible(!problems.isEmpty());
    m_reportUi->reportTableLabel->setText(
        problems.isEmpty() ? tr("Every row of the file is in Vainu.")
                           : tr("%Ln row(s) did not make it into Vainu. Fix them in the file, or save them as CSV, "
                                "and import them again:",
                                nullptr, int(problems.size())));
    m_saveFailuresButton->setEnabled(!problems.isEmpty());
    m_ui->importSteps->setCurrentIndex(ReportStep);
    emit imported(m_report);
}
void ImportDialog::saveFailures()
{
    const QString suggested = QFileInfo(m_prepared.fileName).completeBaseName() + u"-failed.csv"_s;
    const QString path = FilePicker::saveCsv(this, tr("Save the rows that were not imported"), suggested);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_report.failuresCsv()) < 0
        || !file.flush()) {
        MessageBox::warning(this, tr("Save failed rows"),
                            tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
    }
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (step() != ProgressStep && event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    const QUrl url = event->mimeData()->urls().value(0);
    if (url.isLocalFile() && step() != ProgressStep) {
        event->acceptProposedAction();
        openFile(url.toLocalFile());
    }
}

void ImportDialog::reject()
{
    // Closing mid-import would leave the user without the report: cancel first, the report follows.
    if (m_importer->isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}
