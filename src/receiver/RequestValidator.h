#pragma once

#include "receiver/ReceiverSettings.h"
#include "receiver/RequestHead.h"

#include <QCoreApplication>
#include <QString>

// The checks of one request's head, in the documented order: path and method, secret, size, content
// type, all before any body byte is read. The body itself is never refused for its shape once it is
// JSON: the receiver keeps it and reads it leniently (core/DeliveryReading).
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)

public:
    struct Verdict
    {
        int status = 0; // 0: accepted so far
        QString reason;
        bool ok() const { return status == 0; }
    };

    explicit RequestValidator(ReceiverSettings settings);

    Verdict checkHead(const RequestHead& head) const;

    // Compares in time that depends only on the lengths, so the secret cannot be guessed byte by byte.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    ReceiverSettings m_settings;
    QByteArray m_path;
    QByteArray m_secret;
    QByteArray m_previousSecret; // accepted until m_settings.previousSecretValidUntil
};
