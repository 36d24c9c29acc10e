#include "gui/webhooks/WebhookQuery.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace {

QString encode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString decode(const QString& text)
{
    QString plus = text;
    plus.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

} // namespace

QString WebhookQuery::build(const QList<Parameter>& parameters)
{
    QStringList pairs;
    for (const Parameter& parameter : parameters) {
        const QString key = parameter.first.trimmed();
        if (key.isEmpty())
            continue;
        pairs << encode(key) + u'=' + encode(parameter.second);
    }
    return pairs.isEmpty() ? QString() : u'?' + pairs.join(u'&');
}

QList<WebhookQuery::Parameter> WebhookQuery::parse(const QString& query)
{
    QString body = query.trimmed();
    if (body.startsWith(u'?'))
        body.remove(0, 1);
    QList<Parameter> parameters;
    for (const QString& pair : body.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals < 0)
            parameters.append({decode(pair), QString()});
        else
            parameters.append({decode(pair.left(equals)), decode(pair.mid(equals + 1))});
    }
    return parameters;
}

QString WebhookQuery::generateSecret()
{
    std::array<quint32, 6> words {}; // 6 x 32 = 192 bits
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString WebhookQuery::secretParameterName()
{
    return u"token"_s;
}
