#pragma once

#include <QHash>
#include <QString>

// Keeps secrets in memory for the running session only and writes them nowhere. TokenVault puts a
// secret here when the system keychain cannot take it, so the user can still work until they quit.
class SessionSecrets
{
public:
    void set(const QString& key, const QString& secret);
    bool contains(const QString& key) const;
    QString value(const QString& key) const;
    void remove(const QString& key);
    void clear();
    bool isEmpty() const;

private:
    QHash<QString, QString> m_secrets;
};
