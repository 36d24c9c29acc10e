#pragma once

#include <QChartView>
#include <QString>

class QSvgGenerator;

// The chart view every page shares. The chart follows the widget's palette (light, dark, high contrast) and
// font instead of Qt Charts' own themes, draws antialiased at any device pixel ratio, carries an accessible
// name, and offers Copy, Save as PNG and Save as SVG in its context menu. Owners build their series and axes
// and then call applyPalette(); a palette change applies it again.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    // What the chart shows, in a few words: its accessible name and the name suggested when saving it.
    void setSubject(const QString& subject);
    QString subject() const { return m_subject; }

    // Background, plot area, titles, axes, grid and legend in the palette's colours.
    void applyPalette();

    QImage renderImage(); // at the screen's device pixel ratio, as the view shows it
    bool saveAs(const QString& path, QString* error); // PNG or SVG, by the file name's suffix
    void copyToClipboard();
    void saveWithDialog(); // asks for the file (FilePicker); PNG unless SVG is chosen

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString m_subject;
};
