#pragma once

#include "core/csv/CsvTable.h"
#include "core/csv/CustomerCsvMapping.h"
#include "core/csv/CustomerImportReport.h"

#include <QDialog>

class CustomerImporter;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class VainuClient;

// Brings a CSV file into Vainu in one guided step: choose or drop a file; check which column is which field
// while a preview shows every row's problems; upload in batches with progress and Cancel; read the report
// and save the rows that did not make it.
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
    bool openFile(const QString& path); // reads it and goes to the mapping step; false shows why
    const CsvTable& table() const { return m_table; }
    const CustomerCsvMapping& mapping() const { return m_mapping; }
    void setMapping(int column, CustomerField field);
    const QList<CustomerImportRow>& rows() const { return m_rows; }
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
    QWidget* buildChooseStep();
    QWidget* buildMappingStep();
    QWidget* buildProgressStep();
    QWidget* buildReportStep();
    void fillMappingTable();
    void remap();
    void showReport();

    VainuClient* m_client;
    CustomerImporter* m_importer;
    CsvTable m_table;
    CustomerCsvMapping m_mapping;
    QList<CustomerImportRow> m_rows;
    CustomerImportReport m_report;
    QString m_fileName;

    QStackedWidget* m_steps = nullptr;
    QLabel* m_chooseError = nullptr;
    QLabel* m_fileInfo = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_mappingSummary = nullptr;
    QPushButton* m_startButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_reportSummary = nullptr;
    QTableWidget* m_reportTable = nullptr;
    QPushButton* m_saveFailuresButton = nullptr;
};
