#include "gui/customers/ImportDialog.h"

#include "api/import/CustomerImporter.h"
#include "gui/common/FilePicker.h"
#include "gui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcImport, "vainu.gui.import")

using namespace Qt::StringLiterals;

namespace {
const QColor errorBackground(0xfd, 0xe0, 0xe0);
} // namespace

ImportDialog::ImportDialog(VainuClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_importer(new CustomerImporter(client, this))
    , m_worker(new QFutureWatcher<ImportPreparation>(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import customer data from CSV"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    m_steps = new QStackedWidget;
    m_steps->setObjectName(u"importSteps"_s);
    m_steps->addWidget(buildChooseStep());
    m_steps->addWidget(buildMappingStep());
    m_steps->addWidget(buildProgressStep());
    m_steps->addWidget(buildReportStep());
    layout->addWidget(m_steps);
    resize(900, 600);

    connect(m_importer, &CustomerImporter::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progressLabel->setText(
            tr("%1 of %2 records done; %3 sent so far.").arg(done).arg(total).arg(m_importer->sent()));
    });
    connect(m_importer, &CustomerImporter::finished, this, &ImportDialog::showReport);
    connect(m_worker, &QFutureWatcher<ImportPreparation>::finished, this, &ImportDialog::onPrepared);
}

ImportDialog::~ImportDialog() = default;

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QWidget* ImportDialog::buildChooseStep()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* drop = new QLabel(tr("<p style='font-size:large'>Drop a CSV file here</p>"
                               "<p>or choose one. Comma, semicolon and tab separated files are read, in UTF-8 or "
                               "ISO-8859-1 (as Vainu's own exports).</p>"));
    drop->setObjectName(u"dropZone"_s);
    drop->setAlignment(Qt::AlignCenter);
    drop->setWordWrap(true);
    drop->setFrameShape(QFrame::StyledPanel);
    drop->setMinimumHeight(220);
    layout->addWidget(drop, 1);
    m_chooseError = new QLabel;
    m_chooseError->setObjectName(u"chooseError"_s);
    m_chooseError->setWordWrap(true);
    m_chooseError->setStyleSheet(u"color: #c62828;"_s);
    m_chooseError->hide();
    layout->addWidget(m_chooseError);
    m_readingLabel = new QLabel;
    m_readingLabel->setObjectName(u"readingLabel"_s);
    m_readingLabel->hide();
    layout->addWidget(m_readingLabel);
    auto* buttons = new QDialogButtonBox;
    m_chooseButton = buttons->addButton(tr("&Choose file…"), QDialogButtonBox::ActionRole);
    m_chooseButton->setObjectName(u"chooseFileButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = FilePicker::openCsv(this, tr("Import customer data"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
    return page;
}

QWidget* ImportDialog::buildMappingStep()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(u"fileInfo"_s);
    m_fileInfo->setWordWrap(true);
    layout->addWidget(m_fileInfo);
    layout->addWidget(new QLabel(tr("Which column holds which field? Each field comes from one column.")));
    m_mappingTable = new QTableWidget;
    m_mappingTable->setObjectName(u"mappingTable"_s);
    m_mappingTable->setRowCount(2);
    m_mappingTable->setVerticalHeaderLabels({tr("Field"), tr("First row")});
    m_mappingTable->setMaximumHeight(110);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_mappingTable);
    m_mappingSummary = new QLabel;
    m_mappingSummary->setObjectName(u"mappingSummary"_s);
    m_mappingSummary->setWordWrap(true);
    layout->addWidget(m_mappingSummary);
    m_preview = new QTableWidget;
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    layout->addWidget(m_preview, 1);
    auto* buttons = new QDialogButtonBox;
    auto* back = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ResetRole);
    m_startButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startImportButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(back, &QPushButton::clicked, this, [this] { m_steps->setCurrentIndex(ChooseStep); });
    connect(m_startButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
    return page;
}

QWidget* ImportDialog::buildProgressStep()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    m_progressLabel = new QLabel;
    m_progressLabel->setObjectName(u"progressLabel"_s);
    layout->addWidget(m_progressLabel);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"importProgress"_s);
    layout->addWidget(m_progress);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox;
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setToolTip(tr("Stops sending at once. Records already sent stay in Vainu; the report lists "
                                  "exactly which."));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    layout->addWidget(buttons);
    return page;
}

QWidget* ImportDialog::buildReportStep()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_reportSummary = new QLabel;
    m_reportSummary->setObjectName(u"reportSummary"_s);
    m_reportSummary->setWordWrap(true);
    layout->addWidget(m_reportSummary);
    m_reportTable = new QTableWidget;
    m_reportTable->setObjectName(u"reportTable"_s);
    m_reportTable->setColumnCount(4);
    m_reportTable->setHorizontalHeaderLabels({tr("Line"), tr("Unique id"), tr("Result"), tr("Reason")});
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setWordWrap(false);
    layout->addWidget(m_reportTable, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_saveFailuresButton = buttons->addButton(tr("&Save failed rows as CSV…"), QDialogButtonBox::ActionRole);
    m_saveFailuresButton->setObjectName(u"saveFailuresButton"_s);
    connect(m_saveFailuresButton, &QPushButton::clicked, this, &ImportDialog::saveFailures);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::accept);
    layout->addWidget(buttons);
    return page;
}

void ImportDialog::openFile(const QString& path)
{
    m_chooseError->hide();
    m_readingLabel->setText(tr("Reading %1 and checking its rows…").arg(QFileInfo(path).fileName()));
    m_readingLabel->show();
    m_steps->setCurrentIndex(ChooseStep);
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
    m_readingLabel->hide();
    if (!prepared.error.isEmpty()) {
        m_chooseError->setText(prepared.error);
        m_chooseError->show();
        m_steps->setCurrentIndex(ChooseStep);
        return;
    }
    m_prepared = std::move(prepared);
    m_mapping = m_prepared.mapping;
    if (m_opening) {
        const CsvTable& table = m_prepared.table;
        const QString delimiter = table.delimiter == u'\t' ? tr("tab") : QString(table.delimiter);
        m_fileInfo->setText(tr("<b>%1</b>: %n row(s), %2, separated by \"%3\".", nullptr, int(table.rows.size()))
                                .arg(m_prepared.fileName.toHtmlEscaped(), table.encoding, delimiter));
        qCInfo(lcImport) << "read" << table.rows.size() << "rows," << table.encoding << "delimiter" << table.delimiter;
        fillMappingTable();
        m_opening = false;
    }
    fillPreview();
    m_steps->setCurrentIndex(MappingStep);
}

void ImportDialog::fillMappingTable()
{
    const CsvTable& table = m_prepared.table;
    m_mappingTable->clear();
    m_mappingTable->setColumnCount(table.columnCount());
    m_mappingTable->setHorizontalHeaderLabels(table.header);
    m_mappingTable->setVerticalHeaderLabels({tr("Field"), tr("First row")});
    for (int column = 0; column < table.columnCount(); ++column) {
        auto* combo = new QComboBox;
        combo->setObjectName(u"mappingCombo%1"_s.arg(column));
        combo->addItem(CustomerFields::label(CustomerField::Ignore), int(CustomerField::Ignore));
        for (CustomerField field : CustomerFields::all())
            combo->addItem(CustomerFields::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_mapping.fieldAt(column))));
        connect(combo, &QComboBox::activated, this,
                [this, combo, column] { setMapping(column, CustomerField(combo->currentData().toInt())); });
        m_mappingTable->setCellWidget(0, column, combo);
        m_mappingTable->setItem(1, column,
                                new QTableWidgetItem(table.rows.isEmpty() ? QString() : table.field(0, column)));
    }
    m_mappingTable->resizeColumnsToContents();
}

void ImportDialog::setMapping(int column, CustomerField field)
{
    m_mapping.setField(column, field);
    // A field moves: the column that had it shows "(ignore)" now.
    for (int c = 0; c < m_prepared.table.columnCount(); ++c) {
        if (auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(0, c)))
            combo->setCurrentIndex(combo->findData(int(m_mapping.fieldAt(c))));
    }
    m_mappingSummary->setText(tr("Checking the rows…"));
    prepare(QtConcurrent::run(&ImportPreparation::remapped, m_prepared, m_mapping), false);
}

void ImportDialog::fillPreview()
{
    const CsvTable& table = m_prepared.table;
    const CustomerCsvMapping& mapping = m_prepared.mapping;
    const QString missing = mapping.missingRequired();
    const int invalid = m_prepared.invalid;
    const int valid = m_prepared.valid();

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
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const QList<int>& order = m_prepared.previewOrder;
    m_preview->setRowCount(int(order.size()));
    for (int r = 0; r < order.size(); ++r) {
        const CustomerImportRow& row = m_prepared.rows.at(order.at(r));
        m_preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        auto* problems = new QTableWidgetItem(row.errorText());
        problems->setToolTip(row.errorText());
        if (!row.isValid())
            problems->setBackground(errorBackground);
        m_preview->setItem(r, 1, problems);
        for (int c = 0; c < shown.size(); ++c) {
            const CustomerField field = shown.at(c);
            auto* item = new QTableWidgetItem(table.field(row.row, mapping.columnOf(field)));
            if (row.errors.contains(field)) {
                item->setBackground(errorBackground);
                item->setToolTip(row.errors.value(field));
            }
            m_preview->setItem(r, c + 2, item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (m_preview->columnWidth(1) > 360)
        m_preview->setColumnWidth(1, 360);

    QString summary;
    if (!missing.isEmpty())
        summary = u"<span style='color:#c62828'>%1</span>"_s.arg(missing.toHtmlEscaped());
    else if (invalid == 0)
        summary = tr("All %n row(s) are ready to import.", nullptr, valid);
    else
        summary = tr("%n row(s) are ready; <span style='color:#c62828'>%1 with problems</span> will not be "
                     "sent (listed first below). Fix them in the file and import it again, or import the rest now.",
                     nullptr, valid)
                      .arg(invalid);
    m_mappingSummary->setText(summary);
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
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_steps->setCurrentIndex(ProgressStep);
    m_importer->start(records);
}

void ImportDialog::cancelImport()
{
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling: nothing more is sent; waiting for the answers to what was already sent…"));
    m_importer->cancel();
}

void ImportDialog::showReport()
{
    m_report = CustomerImportReport::build(m_prepared.table, m_prepared.rows, m_importer->outcomes(),
                                           m_importer->isCancelled());
    const QString head = m_report.cancelled ? tr("The import was cancelled.") : tr("The import is done.");
    m_reportSummary->setText(head + u' ' + m_report.summary() + u'.');
    QList<const CustomerImportReport::Row*> problems;
    for (const auto& row : std::as_const(m_report.rows)) {
        if (row.outcome.status != ImportStatus::Created && row.outcome.status != ImportStatus::Updated)
            problems.append(&row);
    }
    m_reportTable->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        const auto* row = problems.at(r);
        m_reportTable->setItem(r, 0, new QTableWidgetItem(QString::number(row->line)));
        m_reportTable->setItem(r, 1, new QTableWidgetItem(row->uniqueId));
        m_reportTable->setItem(r, 2, new QTableWidgetItem(CustomerImportReport::statusName(row->outcome.status)));
        auto* reason = new QTableWidgetItem(row->outcome.message);
        reason->setToolTip(row->outcome.message);
        m_reportTable->setItem(r, 3, reason);
    }
    m_reportTable->resizeColumnsToContents();
    m_reportTable->setVisible(!problems.isEmpty());
    m_saveFailuresButton->setEnabled(!problems.isEmpty());
    m_steps->setCurrentIndex(ReportStep);
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
