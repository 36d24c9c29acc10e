#pragma once

#include "core/ApiError.h"
#include "core/CustomerRecord.h"
#include "core/csv/CustomerFields.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class ApiCall;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class VainuClient;

// Add or edit one customer data object. Every field is checked as the user types (the same checks as the
// CSV import); what the server refuses appears under the field it concerns.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty record's unique id means "add"; otherwise the record is edited (its unique id is fixed).
    CustomerDialog(VainuClient* client, const CustomerRecord& record, QWidget* parent = nullptr);

    bool isEditing() const { return m_editing; }
    CustomerRecord record() const; // what the form holds now
    QString fieldError(CustomerField field) const; // the message shown under that field, "" when none

public slots:
    void save();

signals:
    void saved(const CustomerRecord& record);

private:
    void build();
    QLabel* addRow(class QFormLayout* form, const QString& label, QWidget* field, CustomerField key);
    bool validate(); // shows the messages; true when nothing is wrong
    void setError(CustomerField field, const QString& message);
    void showServerError(const ApiError& error);

    VainuClient* m_client;
    CustomerRecord m_original;
    bool m_editing;
    QLineEdit* m_uniqueId = nullptr;
    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_businessId = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_owner = nullptr;
    QSpinBox* m_open = nullptr;
    QSpinBox* m_won = nullptr;
    QSpinBox* m_lost = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_generalError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<CustomerField, QLabel*> m_errorLabels;
    QPointer<ApiCall> m_call;
};
