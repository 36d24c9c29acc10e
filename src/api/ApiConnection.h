#pragma once

#include <QString>
#include <QUrl>

// Where the client talks to and with which key. Filled from the active profile; a plain value so that
// the api layer knows nothing of settings or the keychain.
struct ApiConnection
{
    QUrl baseUrl; // e.g. https://api.vainu.io/api/v2/ or http://127.0.0.1:<port>/api/v2/
    QString apiKey;
};
