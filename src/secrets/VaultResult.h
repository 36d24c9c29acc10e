#pragma once

#include <QString>

// The outcome of one TokenVault operation, handed to the caller's callback.
struct VaultResult
{
    enum class Status
    {
        Ok, // done; for read(), secret holds the value
        NotFound, // read(): no secret is stored for this profile yet
        Unavailable, // no usable system keychain (no session bus, no Secret Service, locked, no answer)
        Failed, // the keychain answered but refused or failed the operation
    };

    Status status = Status::Failed;
    QString secret; // read(): the secret when status is Ok; empty otherwise
    QString message; // translated, for the user; empty for a plain success
    // The secret lives only in this process's memory (written while the keychain was unusable):
    // set on write() results that fell back, and on read() results served from that memory.
    bool sessionOnly = false;

    bool ok() const { return status == Status::Ok; }
};
