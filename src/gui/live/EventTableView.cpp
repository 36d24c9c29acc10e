#include "gui/live/EventTableView.h"

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
}

void EventTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    horizontalHeader()->setSectionResizeMode(EventTableModel::ChangedFieldsColumn, QHeaderView::Stretch);
    // Fixed widths from the font, so "Changed fields", the column that stretches, keeps room for a
    // few field names beside the detail pane even in an 1100-pixel window.
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(EventTableModel::ArrivalColumn, metrics.horizontalAdvance(u"2026-11-28 23:59:59"_s) + 16);
    setColumnWidth(EventTableModel::CompanyColumn, metrics.horizontalAdvance(u"Vainu. io Software"_s) + 16);
    setColumnWidth(EventTableModel::BusinessIdColumn, metrics.horizontalAdvance(u"SE5563409340"_s) + 16);
    // The narrow columns are at least as wide as their (translated) titles.
    const auto fit = [this](int column, int width) {
        setColumnWidth(column, qMax(width, horizontalHeader()->sectionSizeHint(column)));
    };
    fit(EventTableModel::TriesColumn, 40);
    fit(EventTableModel::ReceivedColumn, 65);
    fit(EventTableModel::FlagsColumn, metrics.horizontalAdvance(u"duplicate"_s) + 16);
}
