#include "secrets/SecretGenerator.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

QString generateSecret(int bytes)
{
    const int size = qMax(bytes, 16); // never weaker than 128 bits
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char*>(words.constData()), size);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
