#pragma once

#include "core/ApiError.h"
#include "core/CustomerRecord.h"
#include "core/csv/CustomerFields.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class ApiCall;
class QLabel;
class VainuClient;

namespace Ui {
class CustomerDialog;
}

// Add or edit one customer data object. Every field is checked as the user types (the same checks as the
// CSV import); what the server refuses appears under the field it concerns. The layout is ui/CustomerDialog.ui.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty record's unique id means "add"; otherwise the record is edited (its unique id is fixed).
    CustomerDialog(VainuClient* client, const CustomerRecord& record, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    bool isEditing() const { return m_editing; }
    CustomerRecord record() const; // what the form holds now
    QString fieldError(CustomerField field) const; // the message shown under that field, "" when none

public slots:
    void save();

signals:
    void saved(const CustomerRecord& record);

private:
    QLabel* errorLabel(CustomerField field) const; // the general one for a field without its own
    bool validate(); // shows the messages; true when nothing is wrong
    void setError(CustomerField field, const QString& message);
    void growToFit();
    void showServerError(const ApiError& error);
    void checkBusinessId();

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    VainuClient* m_client;
    CustomerRecord m_original;
    bool m_editing;
    QHash<CustomerField, QLabel*> m_errorLabels; // the message under each field
    QPointer<ApiCall> m_call;
};
