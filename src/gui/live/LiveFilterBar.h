#pragma once

#include "core/EventFilter.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class LiveFilterBar;
}

// The Live events page's filters (company, business id, and behind "More filters" the changed field and the
// arrival time) beside the page's Auto-scroll, Export and Replay. Typing waits a moment before the filter applies;
// a choice applies at once.
class LiveFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LiveFilterBar(QWidget* parent = nullptr);
    ~LiveFilterBar() override;

    EventFilter filter() const;
    bool autoScroll() const;
    // Every filter off, the hidden ones too, then the business id alone; filterChanged() once.
    void clear();
    void showBusinessId(const QString& text);
    void showCompanyName(const QString& text); // the same for a company without a business id

signals:
    void filterChanged(const EventFilter& filter);
    void autoScrollToggled(bool on);
    void exportRequested();
    void replayRequested(); // "Replay to…"

private:
    void setTexts();
    void clearWithoutSignal();
    void applyFilter();
    void updateMoreFiltersButton();

    std::unique_ptr<Ui::LiveFilterBar> m_ui;
    QTimer* m_typingTimer;
};
