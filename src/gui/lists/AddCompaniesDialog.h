#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AddCompaniesDialog;
}

// "Add companies to <list>": asks for business ids pasted in any mix of spaces, commas, semicolons and line
// breaks. OK stays disabled until the text holds at least one id, the same reading CompanyListsPanel uses
// when it sends them. The layout is ui/AddCompaniesDialog.ui.
class AddCompaniesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddCompaniesDialog(const QString& listName, QWidget* parent = nullptr);
    ~AddCompaniesDialog() override;

    QString pastedText() const;

private:
    void updateOkButton();

    std::unique_ptr<Ui::AddCompaniesDialog> m_ui;
};
