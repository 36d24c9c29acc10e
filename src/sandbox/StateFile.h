#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

// The sandbox's state on disk (--state FILE): read once at start, written after changes with a
// short debounce, atomically (QSaveFile). The owner calls saveNow() once more when it stops.
class StateFile : public QObject
{
    Q_OBJECT

public:
    StateFile(QString path, int debounceMs, std::function<QJsonObject()> snapshot, QObject* parent = nullptr);
    ~StateFile() override;

    enum class LoadResult
    {
        Loaded,
        Missing,
        Invalid
    };
    LoadResult load(QJsonObject* state, QString* error) const;

    void scheduleSave(); // after the debounce interval
    bool saveNow(QString* error = nullptr);
    bool isDirty() const { return m_dirty; }
    QString path() const { return m_path; }

private:
    QString m_path;
    std::function<QJsonObject()> m_snapshot;
    QTimer* m_timer;
    bool m_dirty = false;
};
