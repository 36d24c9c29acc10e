#include "sandbox/StateFile.h"

#include "sandbox/SandboxLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

StateFile::StateFile(QString path, int debounceMs, std::function<QJsonObject()> snapshot, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_snapshot(std::move(snapshot))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

StateFile::~StateFile() = default;

StateFile::LoadResult StateFile::load(QJsonObject* state, QString* error) const
{
    QFile file(m_path);
    if (!file.exists())
        return LoadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return LoadResult::Invalid;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1 is not a sandbox state file (%2)"_s.arg(m_path, parseError.errorString());
        return LoadResult::Invalid;
    }
    *state = document.object();
    return LoadResult::Loaded;
}

void StateFile::scheduleSave()
{
    m_dirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}

bool StateFile::saveNow(QString* error)
{
    m_timer->stop();
    QSaveFile file(m_path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.write(QJsonDocument(m_snapshot()).toJson(QJsonDocument::Compact));
        ok = file.commit();
    }
    if (!ok) {
        qCWarning(lcSandbox) << "could not save the sandbox state to" << m_path << file.errorString();
        if (error)
            *error = file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}
