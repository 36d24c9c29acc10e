#pragma once

#include <QIcon>
#include <QString>

// Why the pages that need the server cannot call it (no API key, the built-in sandbox did not start),
// and the one action that fixes it. Webhooks and Customer data show it in place of their content.
struct PageNotice
{
    QIcon icon;
    QString title;
    QString text; // what went wrong and what to do
    QString actionText; // the button; it emits the page's unavailableActionTriggered()
    QString actionName; // names the button per action ("EnterKey": webhooksEnterKeyButton), for tests and scripts
};
