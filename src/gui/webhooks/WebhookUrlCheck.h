#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Checks the address a user types for a webhook before anything is sent. Invalid addresses keep the
// Add button disabled; a warning still lets the user go on (the sandbox, unlike Vainu, can reach a
// local receiver).
class WebhookUrlCheck
{
    Q_DECLARE_TR_FUNCTIONS(WebhookUrlCheck)
public:
    enum class Level
    {
        Ok,
        Warning,
        Invalid
    };

    static WebhookUrlCheck check(const QString& text);
    // True for localhost, loopback, private, link-local and unique-local addresses and .local names:
    // places Vainu's servers on the internet cannot reach.
    static bool isUnreachableFromInternet(const QString& host);

    Level level = Level::Invalid;
    QString message; // empty when Ok
    QUrl url; // the parsed address when not Invalid
};
