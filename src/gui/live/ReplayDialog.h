#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

class ForwardService;
class ReplayJob;
struct ReplayEventResult;

namespace Ui {
class ReplayDialog;
}

// "Replay to…": sends the selected events, or all the events the page shows (its filter applied), one after
// another to a forward target or to this app's receiver, with a progress bar, Cancel, and each event's result
// (status and time, or why not). ForwardService's ReplayJob does the sending. The layout is ui/ReplayDialog.ui.
class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(ForwardService* service, const QList<qint64>& selected, const QList<qint64>& filtered,
                 QWidget* parent = nullptr);
    ~ReplayDialog() override;

    bool isRunning() const;

public slots:
    void start();
    void cancel();
    void reject() override; // cancels a running replay first

private:
    void showResult(const ReplayEventResult& result);
    void finish(int delivered, int failed, bool cancelled, const QString& error);
    void setRunning(bool running);

    std::unique_ptr<Ui::ReplayDialog> m_ui;
    QPointer<ForwardService> m_service;
    QList<qint64> m_selected;
    QList<qint64> m_filtered;
    QPointer<ReplayJob> m_job;
};
