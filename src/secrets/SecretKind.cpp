#include "secrets/SecretKind.h"

QString secretKindSuffix(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return {};
    case SecretKind::ReceiverSecret:
        return QStringLiteral("/receiver-secret");
    case SecretKind::PreviousReceiverSecret:
        return QStringLiteral("/receiver-secret-previous");
    }
    return {};
}
