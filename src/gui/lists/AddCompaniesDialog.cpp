#include "gui/lists/AddCompaniesDialog.h"

#include "gui/lists/CompanyListsPanel.h"
#include "ui_AddCompaniesDialog.h"

#include <QPushButton>

AddCompaniesDialog::AddCompaniesDialog(const QString& listName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddCompaniesDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add companies to %1").arg(listName));
    connect(m_ui->businessIdsEdit, &QPlainTextEdit::textChanged, this, &AddCompaniesDialog::updateOkButton);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
}

AddCompaniesDialog::~AddCompaniesDialog() = default;

QString AddCompaniesDialog::pastedText() const
{
    return m_ui->businessIdsEdit->toPlainText();
}

void AddCompaniesDialog::updateOkButton()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!CompanyListsPanel::parseBusinessIds(pastedText()).isEmpty());
}
