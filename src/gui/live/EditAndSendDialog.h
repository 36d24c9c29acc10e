#pragma once

#include "store/StoredEvent.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ForwardService;
class ReplayJob;
struct ReplayEventResult;

namespace Ui {
class EditAndSendDialog;
}

// "Edit and send": an event's payload in an editor, checked as JSON while typing (the line, the column and
// what is wrong; Send is off while it is not JSON), sent as edited to this app's receiver (stored as a test
// delivery) or to a forward target with ForwardService's replay; the answer's status, time and body (bounded)
// show below. The layout is ui/EditAndSendDialog.ui.
class EditAndSendDialog : public QDialog
{
    Q_OBJECT
public:
    EditAndSendDialog(ForwardService* service, const StoredEvent& event, QWidget* parent = nullptr);
    ~EditAndSendDialog() override;

    // Empty when the text is JSON; otherwise "Line L, column C: what is wrong" (L also in *line when given).
    static QString jsonProblem(const QString& text, int* line = nullptr);

public slots:
    void send();

private:
    void check();
    void showAnswer(const ReplayEventResult& result);

    std::unique_ptr<Ui::EditAndSendDialog> m_ui;
    QPointer<ForwardService> m_service;
    StoredEvent m_event;
    QPointer<ReplayJob> m_job;
};
