#pragma once

#include <QList>
#include <QtGlobal>

// One page of a paged list; count is the server's total, or -1 when the server did not send one.
template <typename T>
struct Paged
{
    QList<T> items;
    qint64 count = -1;
};
