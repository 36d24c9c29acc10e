#pragma once

#include "core/CustomerRecord.h"

#include <QIcon>
#include <QStyledItemDelegate>

// Draws the match status column with a coloured mark before the text, so a glance down the column tells
// matched (green tick), not matched (red cross) and pending (amber dot) apart.
class MatchStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QIcon iconFor(MatchStatus status);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
