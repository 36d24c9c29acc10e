#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AddCompaniesDialog;
}

// "Add companies to <list>": asks for business ids pasted in any mix of spaces, commas, semicolons and line
// breaks. OK stays disabled until the text holds at least one id, the same reading (BusinessId::parseList)
// CompanyListsPanel uses when it sends them. After an add, it opens again with only the ids that were not
// added and a sentence saying why for each, so they can be corrected. The layout is ui/AddCompaniesDialog.ui.
class AddCompaniesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddCompaniesDialog(const QString& listName, QWidget* parent = nullptr);
    ~AddCompaniesDialog() override;

    QString pastedText() const;
    // The ids that were not added, in the text box, and above it what happened and why each was refused.
    void showProblems(const QString& summary, const QStringList& ids, const QStringList& reasons);

private:
    void updateOkButton();

    std::unique_ptr<Ui::AddCompaniesDialog> m_ui;
};
