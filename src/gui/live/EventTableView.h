#pragma once

#include <QTableView>

// The Live events table: whole rows, fixed row heights (the view never measures rows, which keeps a
// million rows cheap) and column widths from the font, for an EventTableModel.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override; // an EventTableModel
};
