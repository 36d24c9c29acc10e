#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// File dialogs of the customer pages behind a seam: a test presets the path the "user" picks, and no modal
// dialog opens while a preset is queued. An empty preset is a cancelled dialog.
namespace FilePicker {
QString openCsv(QWidget* parent, const QString& title);
QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedName);
void presetPaths(const QStringList& paths);
} // namespace FilePicker
