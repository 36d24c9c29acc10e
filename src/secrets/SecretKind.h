#pragma once

#include <QMetaType>
#include <QString>

// Which of a profile's secrets is meant. Each kind is a separate keychain item, so the API key and
// the webhook receiver's shared secret can be set, replaced and removed independently.
enum class SecretKind
{
    ApiKey, // the Vainu API key sent as the API-Key header
    ReceiverSecret, // the shared secret the built-in webhook receiver expects in the delivery URL's query
    // The receiver's secret before the last rotation, with the end of its grace period:
    // "<ISO 8601 UTC valid-until>\n<secret>" (ReceiverService reads and writes it).
    PreviousReceiverSecret,
};
Q_DECLARE_METATYPE(SecretKind)

// The part of the keychain key after the profile id ("" for the API key, "/receiver-secret" otherwise).
QString secretKindSuffix(SecretKind kind);
