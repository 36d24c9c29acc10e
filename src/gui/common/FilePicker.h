#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// File dialogs behind a seam (the customer pages' CSV files, the Live events export): a test presets the path the
// "user" picks, and no modal dialog opens while a preset is queued. An empty preset is a cancelled dialog.
namespace FilePicker {
QString openCsv(QWidget* parent, const QString& title);
QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedName);
// `filters` as the dialog lists them ("CSV (*.csv)"); `chosenFilter` gets the one chosen (empty for a preset).
QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QStringList& filters,
                 QString* chosenFilter = nullptr);
// Any file to open; `filters` as the dialog lists them ("PEM files (*.pem)").
QString openFile(QWidget* parent, const QString& title, const QStringList& filters);
void presetPaths(const QStringList& paths);
} // namespace FilePicker
