#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Name, version, licence and the Qt versions the app was built with and runs on: what a bug report needs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
