#pragma once

#include "core/csv/CsvTable.h"
#include "core/csv/CustomerCsvMapping.h"
#include "core/csv/CustomerImportReport.h"
#include "session/ImportPreparation.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>

#include <memory>

class CustomerImporter;
class QPushButton;
class VainuClient;

namespace Ui {
class ImportDialog;
class ImportDialogChooseStep;
class ImportDialogMappingStep;
class ImportDialogProgressStep;
class ImportDialogReportStep;
} // namespace Ui

// Brings a CSV file into Vainu in one guided step: choose or drop a file; check which column is which field
// while a preview shows every row's problems; upload in batches with progress and Cancel; read the report
// and save the rows that did not make it. The layouts are ui/ImportDialog.ui and one form per step
// (ui/ImportChooseStep.ui, ImportMappingStep.ui, ImportProgressStep.ui, ImportReportStep.ui).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Step
    {
        ChooseStep,
        MappingStep,
        ProgressStep,
        ReportStep
    };

    explicit ImportDialog(VainuClient* client, QWidget* parent = nullptr);
    ~ImportDialog() override;

    Step step() const;
    // Reads the file on a worker thread (busy meanwhile), then goes to the mapping step, or stays on the
    // choose step and says why it could not be read.
    void openFile(const QString& path);
    // True while a file is read or its rows are checked again after a mapping change; Import waits for it.
    bool isBusy() const { return m_busy; }
    const CsvTable& table() const { return m_prepared.table; }
    const CustomerCsvMapping& mapping() const { return m_mapping; }
    void setMapping(int column, CustomerField field); // the rows are checked again on the worker thread
    const QList<CustomerImportRow>& rows() const { return m_prepared.rows; }
    const CustomerImportReport& report() const { return m_report; }
    CustomerImporter* importer() const { return m_importer; }

public slots:
    void startImport();
    void cancelImport();
    void saveFailures();

signals:
    void imported(const CustomerImportReport& report); // the import ended (also cancelled)

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void reject() override;

private:
    void setUpChooseStep();
    void setUpMappingStep();
    void setUpProgressStep();
    void setUpReportStep();
    void showProgress(int done, int total);
    void prepare(const QFuture<ImportPreparation>& future, bool opening);
    void onPrepared();
    void fillMappingTable();
    void fillPreview();
    void showReport();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    std::unique_ptr<Ui::ImportDialogChooseStep> m_chooseUi;
    std::unique_ptr<Ui::ImportDialogMappingStep> m_mappingUi;
    std::unique_ptr<Ui::ImportDialogProgressStep> m_progressUi;
    std::unique_ptr<Ui::ImportDialogReportStep> m_reportUi;
    VainuClient* m_client;
    CustomerImporter* m_importer;
    QFutureWatcher<ImportPreparation>* m_worker;
    bool m_busy = false; // a job runs, or its result is not shown yet
    bool m_opening = false; // the running job reads a new file (not a remap of this one)
    ImportPreparation m_prepared;
    CustomerCsvMapping m_mapping; // as chosen; m_prepared.mapping catches up when the worker is done
    CustomerImportReport m_report;
    QElapsedTimer m_importClock; // since the import started: the rate and the time left

    // A QDialogButtonBox takes buttons of its own text only from code; these are the ones the steps add.
    QPushButton* m_chooseButton = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveFailuresButton = nullptr;
};
