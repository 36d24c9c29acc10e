#include "gui/live/ReplayDialog.h"

#include "gui/common/StatusPalette.h"
#include "gui/live/ForwardDestinations.h"
#include "gui/live/ForwardResponseText.h"
#include "session/ForwardService.h"
#include "ui_ReplayDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTime>

using namespace Qt::StringLiterals;

namespace {
enum ResultColumn
{
    ResultEvent,
    ResultCompany,
    ResultStatus,
    ResultDetails,
};
} // namespace

ReplayDialog::ReplayDialog(ForwardService* service, const QList<qint64>& selected, const QList<qint64>& filtered,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplayDialog>())
    , m_service(service)
    , m_selected(selected)
    , m_filtered(filtered)
{
    m_ui->setupUi(this);
    const QLocale locale;
    m_ui->replaySelectedRadio->setText(tr("The selected events (%1)").arg(locale.toString(selected.size())));
    m_ui->replayFilteredRadio->setText(
        tr("All the events the page shows, its filter applied (%1)").arg(locale.toString(filtered.size())));
    m_ui->replaySelectedRadio->setEnabled(!selected.isEmpty());
    m_ui->replayFilteredRadio->setEnabled(!filtered.isEmpty());
    (selected.isEmpty() ? m_ui->replayFilteredRadio : m_ui->replaySelectedRadio)->setChecked(true);
    ForwardDestinations::fill(m_ui->replayDestinationCombo, service);
    m_ui->replayResultsView->header()->setStretchLastSection(true);
    for (int column : {ResultEvent, ResultCompany, ResultStatus})
        m_ui->replayResultsView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->replaySummaryLabel->setText(tr("Each event is sent once, in arrival order, as it was received."));
    m_ui->startReplayButton->setEnabled(service && !(selected.isEmpty() && filtered.isEmpty()));
    connect(m_ui->startReplayButton, &QPushButton::clicked, this, &ReplayDialog::start);
    connect(m_ui->cancelReplayButton, &QPushButton::clicked, this, &ReplayDialog::cancel);
    resize(640, 520); // within the narrowest main window (680 px)
}

ReplayDialog::~ReplayDialog()
{
    if (m_job)
        m_job->cancel();
}

bool ReplayDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ReplayDialog::setRunning(bool running)
{
    m_ui->startReplayButton->setEnabled(!running);
    m_ui->cancelReplayButton->setEnabled(running);
    m_ui->replaySelectedRadio->setEnabled(!running && !m_selected.isEmpty());
    m_ui->replayFilteredRadio->setEnabled(!running && !m_filtered.isEmpty());
    m_ui->replayDestinationCombo->setEnabled(!running);
}

void ReplayDialog::start()
{
    if (!m_service || isRunning())
        return;
    ReplaySelection selection;
    selection.ids = m_ui->replaySelectedRadio->isChecked() ? m_selected : m_filtered;
    std::sort(selection.ids.begin(), selection.ids.end()); // arrival order
    ReplayJob* job = m_service->createReplay(
        selection, ForwardDestinations::chosen(m_ui->replayDestinationCombo, m_service), this);
    if (!job) {
        m_ui->replaySummaryLabel->setText(tr("Nothing was sent: no event store is open."));
        return;
    }
    if (m_job)
        m_job->deleteLater();
    m_job = job;
    m_ui->replayResultsView->clear();
    m_ui->replayProgress->setRange(0, int(selection.ids.size()));
    m_ui->replayProgress->setValue(0);
    m_ui->replaySummaryLabel->setStyleSheet(QString());
    m_ui->replaySummaryLabel->setText(tr("Replaying %n events…", nullptr, int(selection.ids.size())));
    connect(job, &ReplayJob::eventDone, this, &ReplayDialog::showResult);
    connect(job, &ReplayJob::progress, this, [this](int done, int total) {
        m_ui->replayProgress->setRange(0, total);
        m_ui->replayProgress->setValue(done);
    });
    connect(job, &ReplayJob::finished, this, &ReplayDialog::finish);
    setRunning(true);
    job->start();
}

void ReplayDialog::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ReplayDialog::reject()
{
    cancel();
    QDialog::reject();
}

void ReplayDialog::showResult(const ReplayEventResult& result)
{
    auto* item = new QTreeWidgetItem(m_ui->replayResultsView);
    item->setText(ResultEvent, QString::number(result.eventId));
    item->setText(ResultCompany, result.businessId);
    const bool delivered = result.found && result.attempt.delivered;
    item->setText(ResultStatus, !result.found ? tr("Not found") : delivered ? tr("Delivered") : tr("Failed"));
    item->setForeground(
        ResultStatus,
        StatusPalette::foreground(delivered ? StatusPalette::Status::Good : StatusPalette::Status::Bad, palette()));
    const QString details = !result.found
        ? tr("The event is no longer in the store.")
        : ForwardResponseText::attempt(result.attempt, QLocale().toString(QTime::currentTime(), QLocale::LongFormat));
    item->setText(ResultDetails, details);
    item->setToolTip(ResultDetails,
                     result.attempt.responseBody.isEmpty() ? details
                                                           : details + u"\n\n"_s
                             + ForwardResponseText::body(result.attempt.responseBody.left(2000),
                                                         result.attempt.responseTruncated
                                                             || result.attempt.responseBody.size() > 2000));
    m_ui->replayResultsView->scrollToItem(item);
}

void ReplayDialog::finish(int delivered, int failed, bool cancelled, const QString& error)
{
    setRunning(false);
    const StatusPalette::Status status = !error.isEmpty() || failed > 0 ? StatusPalette::Status::Bad
        : cancelled                                                     ? StatusPalette::Status::Warning
                                                                        : StatusPalette::Status::Good;
    m_ui->replaySummaryLabel->setStyleSheet(StatusPalette::textStyle(status, palette()));
    if (!error.isEmpty()) {
        m_ui->replaySummaryLabel->setText(tr("Nothing was sent: %1").arg(error));
        return;
    }
    const QString counts = tr("%n delivered", nullptr, delivered) + u", "_s + tr("%n failed", nullptr, failed);
    m_ui->replaySummaryLabel->setText(cancelled ? tr("Cancelled: %1.").arg(counts) : tr("Done: %1.").arg(counts));
}
