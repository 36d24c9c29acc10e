#include "gui/live/LiveFilterBar.h"

#include "core/CompanyChange.h"
#include "gui/common/CompactToolButton.h"
#include "gui/common/Icons.h"
#include "gui/common/PlaceholderWidth.h"
#include "gui/live/LivePageText.h"
#include "ui_LiveFilterBar.h"

#include <QTimer>

using namespace Qt::StringLiterals;

LiveFilterBar::LiveFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LiveFilterBar>())
    , m_typingTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The project's own icon when the desktop has none: without an icon the button cannot go compact,
    // and the row would not shrink to a narrow window.
    m_ui->replayEventsButton->setIcon(Icons::themed(u"mail-forward"_s));
    setTexts();
    for (const QString& field : CompanyChange::basicFields())
        m_ui->fieldFilterCombo->addItem(field, field);
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDateTime(QDateTime(today, QTime(0, 0)));
    m_ui->toEdit->setDateTime(QDateTime(today.addDays(1), QTime(0, 0)));
    updateMoreFiltersButton();

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(300);
    connect(m_typingTimer, &QTimer::timeout, this, &LiveFilterBar::applyFilter);
    auto later = [this] { m_typingTimer->start(); };
    connect(m_ui->companyFilterEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->businessIdFilterEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->fieldFilterCombo, &QComboBox::currentIndexChanged, this, &LiveFilterBar::applyFilter);
    connect(m_ui->fromCheck, &QCheckBox::toggled, this, &LiveFilterBar::applyFilter);
    connect(m_ui->toCheck, &QCheckBox::toggled, this, &LiveFilterBar::applyFilter);
    connect(m_ui->moreFiltersButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->moreFiltersRow->setVisible(on);
        updateMoreFiltersButton();
    });
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, &LiveFilterBar::clear);
    connect(m_ui->autoScrollCheck, &QCheckBox::toggled, this, &LiveFilterBar::autoScrollToggled);
    connect(m_ui->exportEventsButton, &QPushButton::clicked, this, &LiveFilterBar::exportRequested);
    connect(m_ui->replayEventsButton, &QToolButton::clicked, this, &LiveFilterBar::replayRequested);
}

LiveFilterBar::~LiveFilterBar() = default;

void LiveFilterBar::setTexts()
{
    m_ui->companyFilterEdit->setPlaceholderText(LivePageText::tr("Company"));
    m_ui->companyFilterEdit->setAccessibleName(LivePageText::tr("Filter by company"));
    m_ui->businessIdFilterEdit->setPlaceholderText(LivePageText::tr("Business id"));
    m_ui->businessIdFilterEdit->setAccessibleName(LivePageText::tr("Filter by business id"));
    keepPlaceholderWhole(m_ui->companyFilterEdit);
    keepPlaceholderWhole(m_ui->businessIdFilterEdit);
    m_ui->moreFiltersButton->setAccessibleName(LivePageText::tr("More filters"));
    m_ui->moreFiltersButton->setToolTip(
        LivePageText::tr("Show or hide the filters by changed field and by arrival time"));
    m_ui->fieldFilterCombo->setAccessibleName(LivePageText::tr("Filter by changed field"));
    m_ui->fieldFilterCombo->addItem(LivePageText::tr("Any changed field"), QString());
    m_ui->fromCheck->setText(LivePageText::tr("From"));
    m_ui->fromEdit->setAccessibleName(LivePageText::tr("Arrived from"));
    m_ui->toCheck->setText(LivePageText::tr("To"));
    m_ui->toEdit->setAccessibleName(LivePageText::tr("Arrived until"));
    m_ui->clearFilterButton->setText(LivePageText::tr("Clear"));
    m_ui->clearFilterButton->setToolTip(LivePageText::tr("Clear every filter, the hidden ones too"));
    m_ui->autoScrollCheck->setText(LivePageText::tr("&Auto-scroll"));
    m_ui->autoScrollCheck->setToolTip(LivePageText::tr("Keep the newest event in view as events arrive"));
    m_ui->exportEventsButton->setText(LivePageText::tr("&Export…"));
    m_ui->exportEventsButton->setToolTip(LivePageText::tr("Save the events the table shows as JSON Lines or CSV"));
    m_ui->replayEventsButton->setText(LivePageText::tr("&Replay to…"));
    m_ui->replayEventsButton->setToolTip(LivePageText::tr(
        "Send the selected events, or all the table shows, again to a forward target or the receiver"));
}

EventFilter LiveFilterBar::filter() const
{
    EventFilter filter;
    filter.company = m_ui->companyFilterEdit->text();
    filter.businessId = m_ui->businessIdFilterEdit->text();
    filter.field = m_ui->fieldFilterCombo->currentData().toString();
    if (m_ui->fromCheck->isChecked())
        filter.from = m_ui->fromEdit->dateTime();
    if (m_ui->toCheck->isChecked())
        filter.to = m_ui->toEdit->dateTime();
    return filter;
}

bool LiveFilterBar::autoScroll() const
{
    return m_ui->autoScrollCheck->isChecked();
}

void LiveFilterBar::clear()
{
    clearWithoutSignal();
    applyFilter();
}

void LiveFilterBar::showBusinessId(const QString& text)
{
    clearWithoutSignal();
    const QSignalBlocker blocker(m_ui->businessIdFilterEdit);
    m_ui->businessIdFilterEdit->setText(text);
    applyFilter();
}

void LiveFilterBar::showCompanyName(const QString& text)
{
    clearWithoutSignal();
    const QSignalBlocker blocker(m_ui->companyFilterEdit);
    m_ui->companyFilterEdit->setText(text);
    applyFilter();
}

void LiveFilterBar::clearWithoutSignal()
{
    const QSignalBlocker a(m_ui->companyFilterEdit), b(m_ui->businessIdFilterEdit), c(m_ui->fieldFilterCombo),
        d(m_ui->fromCheck), e(m_ui->toCheck);
    m_ui->companyFilterEdit->clear();
    m_ui->businessIdFilterEdit->clear();
    m_ui->fieldFilterCombo->setCurrentIndex(0);
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
}

void LiveFilterBar::applyFilter()
{
    m_typingTimer->stop();
    updateMoreFiltersButton();
    emit filterChanged(filter());
}

void LiveFilterBar::updateMoreFiltersButton()
{
    // Closed, the button counts the filters it hides that are on, so that no filter works unseen.
    const int hiddenOn = int(!m_ui->fieldFilterCombo->currentData().toString().isEmpty())
        + int(m_ui->fromCheck->isChecked()) + int(m_ui->toCheck->isChecked());
    QToolButton* button = m_ui->moreFiltersButton;
    const bool open = button->isChecked();
    button->setArrowType(open ? Qt::UpArrow : Qt::DownArrow);
    button->setText(open || hiddenOn == 0 ? LivePageText::tr("&More filters")
                                          : LivePageText::tr("&More filters (%1 on)").arg(hiddenOn));
    QFont font = button->font();
    font.setBold(!open && hiddenOn > 0);
    button->setFont(font);
}
