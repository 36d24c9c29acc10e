#pragma once

#include "core/EventRow.h"

#include <QTreeWidget>

// Every event of one company, oldest first, the selected event marked. Activating one selects it.
class CompanyTimeline : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CompanyTimeline(QWidget* parent = nullptr);

    void showTimeline(const QList<EventRow>& rows, qint64 currentId);

signals:
    void eventActivated(qint64 id);
};
