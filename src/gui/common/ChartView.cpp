#include "gui/common/ChartView.h"

#include "gui/common/FilePicker.h"
#include "gui/common/MessageBox.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegend>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->setAnimationOptions(QChart::NoAnimation); // the numbers change live; animation would lag them
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    applyPalette();
}

void ChartView::setSubject(const QString& subject)
{
    m_subject = subject;
    setAccessibleName(subject);
}

void ChartView::applyPalette()
{
    QChart* shown = chart();
    const QPalette& colours = palette();
    const QColor text = colours.color(QPalette::Text);
    QColor grid = colours.color(QPalette::Mid);
    shown->setBackgroundBrush(colours.base());
    shown->setBackgroundPen(Qt::NoPen);
    shown->setPlotAreaBackgroundVisible(false);
    shown->setTitleBrush(text);
    shown->setTitleFont(font());
    shown->legend()->setLabelColor(text);
    shown->legend()->setFont(font());
    const QList<QAbstractAxis*> axes = shown->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        grid.setAlpha(90);
        axis->setMinorGridLineColor(grid);
        grid.setAlpha(255);
    }
}

QImage ChartView::renderImage()
{
    const qreal ratio = devicePixelRatioF();
    QImage image(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(), viewport()->rect());
    return image;
}

bool ChartView::saveAs(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size());
        generator.setViewBox(QRect(QPoint(0, 0), size()));
        generator.setTitle(m_subject);
        QPainter painter(&generator);
        render(&painter, QRectF(), viewport()->rect());
    } else if (!renderImage().save(&file, "PNG")) {
        *error = tr("The image could not be encoded.");
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(renderImage());
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy Chart"), this, &ChartView::copyToClipboard);
    menu.addAction(tr("&Save Chart As…"), this, &ChartView::saveWithDialog);
    menu.exec(event->globalPos());
}

void ChartView::saveWithDialog()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString chosen;
    QString path = FilePicker::saveFile(this, tr("Save Chart"), m_subject.isEmpty() ? tr("chart") : m_subject,
                                        {png, svg}, &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == svg ? QLatin1String(".svg") : QLatin1String(".png");
    QString error;
    if (!saveAs(path, &error))
        MessageBox::warning(this, tr("Save Chart"), tr("The chart could not be saved to %1.").arg(path), error);
}
