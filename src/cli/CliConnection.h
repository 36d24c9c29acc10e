#pragma once

#include "api/ApiConnection.h"

#include <QCoreApplication>
#include <QString>

// Where a command-line command talks to: --base-url with the key from VAINU_API_KEY, or a profile
// (--profile NAME, else the active one) with its key from the keychain. VAINU_API_KEY, when set,
// also overrides a profile's stored key, so scripts need no keychain.
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    static constexpr const char* apiKeyVariable = "VAINU_API_KEY";

    struct Result
    {
        ApiConnection connection;
        QString error; // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // profileName and baseUrl as given on the command line (empty = not given). Blocks in a local event loop
    // while the keychain answers.
    static Result resolve(const QString& profileName, const QString& baseUrl);
};
