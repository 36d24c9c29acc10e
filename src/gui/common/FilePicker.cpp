#include "gui/common/FilePicker.h"

#include <QDir>
#include <QFileDialog>

using namespace Qt::StringLiterals;

namespace {
QStringList& presets()
{
    static QStringList paths;
    return paths;
}

QString csvFilter()
{
    return QFileDialog::tr("CSV files (*.csv *.txt);;All files (*)");
}
} // namespace

QString FilePicker::openCsv(QWidget* parent, const QString& title)
{
    if (!presets().isEmpty())
        return presets().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), csvFilter());
}

QString FilePicker::saveCsv(QWidget* parent, const QString& title, const QString& suggestedName)
{
    if (!presets().isEmpty())
        return presets().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName), csvFilter());
}

QString FilePicker::saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                             const QStringList& filters, QString* chosenFilter)
{
    if (!presets().isEmpty())
        return presets().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName), filters.join(u";;"_s),
                                        chosenFilter);
}

QString FilePicker::openFile(QWidget* parent, const QString& title, const QStringList& filters)
{
    if (!presets().isEmpty())
        return presets().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filters.join(u";;"_s));
}

void FilePicker::presetPaths(const QStringList& paths)
{
    presets() = paths;
}
