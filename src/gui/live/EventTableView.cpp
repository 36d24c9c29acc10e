#include "gui/live/EventTableView.h"

#include "gui/common/ColumnFitter.h"
#include "gui/common/LineTextDelegate.h"
#include "models/EventTableModel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

EventTableView::EventTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // A column's width from the rows in view only, not 1,000 more: most rows of a long history are not loaded,
    // and measuring them was two thirds of the model reset that opens a million events.
    horizontalHeader()->setResizeContentsPrecision(0);
    // Every cell is one line of text; the table repaints often while events stream in.
    setItemDelegate(new LineTextDelegate(this));
}

void EventTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Widths from the font and the loaded values; "Changed fields" takes the room left, and when the table is
    // narrow (beside the detail pane, a small window) the columns that matter least hide first.
    const QFontMetrics metrics = fontMetrics();
    auto* fitter = new ColumnFitter(this, u"columns/events"_s);
    fitter->setPreferredWidth(EventTableModel::ArrivalColumn, metrics.horizontalAdvance(u"2026-11-28 23:59:59"_s) + 16);
    fitter->setPreferredWidth(EventTableModel::CompanyColumn, metrics.horizontalAdvance(u"Vainu. io Software"_s) + 16);
    fitter->setPreferredWidth(EventTableModel::BusinessIdColumn, metrics.horizontalAdvance(u"SE5563409340"_s) + 16);
    fitter->setPreferredWidth(EventTableModel::ChangedFieldsColumn,
                              metrics.horizontalAdvance(u"staff_number, +2"_s) + 16);
    fitter->setPreferredWidth(EventTableModel::TriesColumn, 40);
    fitter->setPreferredWidth(EventTableModel::ReceivedColumn, 65);
    fitter->setPreferredWidth(EventTableModel::FlagsColumn, metrics.horizontalAdvance(u"duplicate"_s) + 16);
    fitter->setStretchColumn(EventTableModel::ChangedFieldsColumn);
    fitter->fit();
}
