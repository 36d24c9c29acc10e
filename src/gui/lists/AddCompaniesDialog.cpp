#include "gui/lists/AddCompaniesDialog.h"

#include "core/BusinessId.h"
#include "gui/common/FitToContents.h"
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
    FitToContents::install(this);
}

AddCompaniesDialog::~AddCompaniesDialog() = default;

QString AddCompaniesDialog::pastedText() const
{
    return m_ui->businessIdsEdit->toPlainText();
}

void AddCompaniesDialog::updateOkButton()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!BusinessId::parseList(pastedText()).isEmpty());
}

void AddCompaniesDialog::showProblems(const QString& summary, const QStringList& ids, const QStringList& reasons)
{
    QString items;
    for (const QString& reason : reasons)
        items += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    m_ui->problemsLabel->setText(
        QStringLiteral("<p>%1</p><ul style=\"margin-left: 12px; -qt-list-indent: 0;\">%2</ul>"
                       "<p>%3</p>")
            .arg(summary.toHtmlEscaped(), items, tr("Correct or remove them below, then choose OK to add them.")));
    m_ui->problemsLabel->show();
    m_ui->businessIdsEdit->setPlainText(ids.join(u'\n'));
    m_ui->businessIdsEdit->setFocus();
}
