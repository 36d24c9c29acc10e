#include "gui/live/ForwardingPanel.h"

#include "gui/common/EmptyState.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StatusPalette.h"
#include "gui/live/ForwardDestinations.h"
#include "gui/live/ForwardTargetDialog.h"
#include "session/ForwardService.h"
#include "ui_ForwardingPanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    TargetColumn,
    StateColumn,
    PendingColumn,
    RetryingColumn,
    DeliveredColumn,
    FailedColumn,
};
constexpr int IdRole = Qt::UserRole;
} // namespace

ForwardingPanel::ForwardingPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ForwardingPanel>())
{
    m_ui->setupUi(this);
    m_ui->forwardingIntroLabel->setText(
        tr("Every new event is also sent to each target that is on, as Vainu sent it (the same body and "
           "Content-Type), until the target answers 2xx. Use it to develop against your own endpoint."));
    QHeaderView* header = m_ui->forwardTargetsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    for (int column = StateColumn; column <= FailedColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_ui->addTargetButton, &QPushButton::clicked, this, &ForwardingPanel::addTarget);
    connect(m_ui->editTargetButton, &QPushButton::clicked, this, &ForwardingPanel::editTarget);
    connect(m_ui->removeTargetButton, &QPushButton::clicked, this, &ForwardingPanel::removeTarget);
    connect(m_ui->pauseTargetButton, &QPushButton::clicked, this, &ForwardingPanel::togglePaused);
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this, &ForwardingPanel::retryFailed);
    connect(m_ui->forwardTargetsView, &QTreeWidget::itemSelectionChanged, this, &ForwardingPanel::updateButtons);
    connect(m_ui->forwardTargetsView, &QTreeWidget::itemDoubleClicked, this, &ForwardingPanel::editTarget);
    EmptyState* empty = m_ui->forwardingEmptyState;
    empty->setMonochromeIcon(Icons::own(u"mail-forward"_s));
    empty->setTitle(tr("No forward targets yet"));
    empty->setText(tr("Add the endpoint you are developing, for example http://localhost:3000/webhooks: every new "
                      "event is sent to it as Vainu sent it, in order per company, and retried until it answers "
                      "2xx."));
    empty->setActionText(tr("Add a forward target…"));
    empty->actionButton()->setObjectName(u"addFirstTargetButton"_s);
    connect(empty, &EmptyState::actionTriggered, this, &ForwardingPanel::addTarget);
    rebuild();
}

ForwardingPanel::~ForwardingPanel() = default;

QTreeWidget* ForwardingPanel::targetsView() const
{
    return m_ui->forwardTargetsView;
}

void ForwardingPanel::setService(ForwardService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &ForwardService::targetsChanged, this, &ForwardingPanel::rebuild);
        connect(service, &ForwardService::countsChanged, this, &ForwardingPanel::updateCounts);
        connect(service, &ForwardService::problem, this, [this](const QString& message) {
            m_ui->forwardingStatusLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette()));
            m_ui->forwardingStatusLabel->setText(message);
        });
    }
    rebuild();
}

qint64 ForwardingPanel::currentTargetId() const
{
    const QTreeWidgetItem* item = m_ui->forwardTargetsView->currentItem();
    return item && item->isSelected() ? item->data(TargetColumn, IdRole).toLongLong() : 0;
}

void ForwardingPanel::rebuild()
{
    const qint64 current = currentTargetId();
    QTreeWidget* view = m_ui->forwardTargetsView;
    view->clear();
    const QList<ForwardTarget> targets = ForwardDestinations::targets(m_service);
    for (const ForwardTarget& target : targets) {
        auto* item = new QTreeWidgetItem(view);
        item->setData(TargetColumn, IdRole, target.id);
        item->setText(TargetColumn, ForwardDestinations::targetName(target));
        item->setToolTip(TargetColumn, ForwardDestinations::targetName(target));
        const QString state = !target.enabled ? tr("Off") : target.paused ? tr("Paused") : tr("On");
        item->setText(StateColumn, state);
        for (int column = PendingColumn; column <= FailedColumn; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (target.id == current)
            view->setCurrentItem(item);
    }
    if (!view->currentItem() && view->topLevelItemCount() > 0)
        view->setCurrentItem(view->topLevelItem(0));
    m_ui->targetsStack->setCurrentWidget(targets.isEmpty() ? static_cast<QWidget*>(m_ui->forwardingEmptyState)
                                                           : m_ui->forwardTargetsView);
    m_ui->addTargetButton->setEnabled(m_service);
    m_ui->forwardingEmptyState->actionButton()->setEnabled(m_service);
    updateCounts();
}

void ForwardingPanel::updateCounts()
{
    QTreeWidget* view = m_ui->forwardTargetsView;
    const QLocale locale;
    for (int row = 0; row < view->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = view->topLevelItem(row);
        const ForwardCounts counts
            = m_service ? m_service->counts(item->data(TargetColumn, IdRole).toLongLong()) : ForwardCounts();
        item->setText(PendingColumn, locale.toString(counts.pending));
        item->setText(RetryingColumn, locale.toString(counts.retrying));
        item->setText(DeliveredColumn, locale.toString(counts.delivered));
        item->setText(FailedColumn, locale.toString(counts.failed));
        item->setForeground(FailedColumn,
                            counts.failed > 0 ? StatusPalette::foreground(StatusPalette::Status::Bad, palette())
                                              : palette().text().color());
    }
    updateButtons();
}

void ForwardingPanel::updateButtons()
{
    const qint64 id = currentTargetId();
    bool paused = false;
    qint64 failed = 0;
    const QList<ForwardTarget> targets = ForwardDestinations::targets(m_service);
    const ForwardService* service = m_service.data();
    for (const ForwardTarget& target : targets) {
        if (target.id == id)
            paused = target.paused;
        if (service)
            failed += service->counts(target.id).failed;
    }
    m_ui->editTargetButton->setEnabled(id != 0);
    m_ui->removeTargetButton->setEnabled(id != 0);
    m_ui->pauseTargetButton->setEnabled(id != 0);
    m_ui->pauseTargetButton->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_ui->pauseTargetButton->setToolTip(paused ? tr("Send what waits for this target, and what arrives from now on")
                                               : tr("Keep queueing events for this target but send nothing"));
    m_ui->retryFailedButton->setEnabled(failed > 0);
    m_ui->retryFailedButton->setToolTip(id != 0 ? tr("Queue the failed forwards of the selected target again")
                                                : tr("Queue every failed forward again"));
}

void ForwardingPanel::report(const QString& error, const QString& done)
{
    m_ui->forwardingStatusLabel->setStyleSheet(
        error.isEmpty() ? QString() : StatusPalette::textStyle(StatusPalette::Status::Bad, palette()));
    m_ui->forwardingStatusLabel->setText(error.isEmpty() ? done : error);
    emit statusMessage(error.isEmpty() ? done : error);
}

void ForwardingPanel::addTarget()
{
    if (!m_service)
        return;
    auto* dialog = new ForwardTargetDialog(m_service, ForwardTarget(), this);
    dialog->setObjectName(u"forwardTargetDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(QString(), tr("Forward target %1 added.").arg(ForwardDestinations::targetName(dialog->target())));
    });
    dialog->open();
}

void ForwardingPanel::editTarget()
{
    const std::optional<ForwardTarget> target = ForwardDestinations::find(m_service, currentTargetId());
    if (!target)
        return;
    auto* dialog = new ForwardTargetDialog(m_service, *target, this);
    dialog->setObjectName(u"forwardTargetDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(QString(), tr("Forward target %1 saved.").arg(ForwardDestinations::targetName(dialog->target())));
    });
    dialog->open();
}

void ForwardingPanel::removeTarget()
{
    const qint64 id = currentTargetId();
    if (!m_service || id == 0)
        return;
    const QString name = m_ui->forwardTargetsView->currentItem()->text(TargetColumn);
    if (MessageBox::confirm(this, tr("Remove forward target"),
                            tr("Remove %1? What waits to be forwarded to it is dropped; the events stay.").arg(name),
                            QString(), tr("Remove"))
        != MessageBox::Answer::Accept)
        return;
    m_service->removeTarget(id, this,
                            [this, name](const QString& error) { report(error, tr("Removed %1.").arg(name)); });
}

void ForwardingPanel::togglePaused()
{
    const std::optional<ForwardTarget> target = ForwardDestinations::find(m_service, currentTargetId());
    if (!target)
        return;
    const QString name = ForwardDestinations::targetName(*target);
    const bool pause = !target->paused;
    m_service->setPaused(target->id, pause, this, [this, name, pause](const QString& error) {
        report(error, pause ? tr("Paused forwarding to %1.").arg(name) : tr("Resumed forwarding to %1.").arg(name));
    });
}

void ForwardingPanel::retryFailed()
{
    if (!m_service)
        return;
    m_service->retryFailed(currentTargetId(), this, [this](const QString& error) {
        report(error, tr("The failed forwards are queued again."));
    });
}
