#pragma once

#include <QCoreApplication>

// The texts of the Live events page's parts (filter bar, subscription warning, sandbox bar) translate in
// the page's context, where the catalogues have translated them since before the page was split: the
// parts' forms carry the layout, the code sets the texts through LivePageText::tr().
struct LivePageText
{
    Q_DECLARE_TR_FUNCTIONS(LiveEventsPage)
};
