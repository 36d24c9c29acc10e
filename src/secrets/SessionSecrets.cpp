#include "secrets/SessionSecrets.h"

void SessionSecrets::set(const QString& key, const QString& secret)
{
    m_secrets.insert(key, secret);
}

bool SessionSecrets::contains(const QString& key) const
{
    return m_secrets.contains(key);
}

QString SessionSecrets::value(const QString& key) const
{
    return m_secrets.value(key);
}

void SessionSecrets::remove(const QString& key)
{
    m_secrets.remove(key);
}

void SessionSecrets::clear()
{
    m_secrets.clear();
}

bool SessionSecrets::isEmpty() const
{
    return m_secrets.isEmpty();
}
