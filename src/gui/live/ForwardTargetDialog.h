#pragma once

#include "core/ForwardTarget.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ForwardService;
class QLabel;

namespace Ui {
class ForwardTargetDialog;
}

// Adds or edits a forward target. Bad input is refused at its field with the reason ForwardTarget's validation
// gives (an invalid URL, this app's own receiver, a header that cannot be sent, a timeout out of range): the URL
// and the headers as they are typed, everything again on Save. Save stores it through ForwardService and closes
// once the store has it. The layout is ui/ForwardTargetDialog.ui.
class ForwardTargetDialog : public QDialog
{
    Q_OBJECT
public:
    // target.id 0: a new target.
    ForwardTargetDialog(ForwardService* service, const ForwardTarget& target, QWidget* parent = nullptr);
    ~ForwardTargetDialog() override;

    ForwardTarget target() const; // as the form has it
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override; // validates and saves; closes when saved

private:
    void checkUrl();
    void checkHeaders();
    void setProblem(QLabel* label, const QString& problem);

    std::unique_ptr<Ui::ForwardTargetDialog> m_ui;
    QPointer<ForwardService> m_service;
    ForwardTarget m_original;
    qint64 m_savedId = 0;
    bool m_saving = false;
};
