#include "gui/common/ChartView.h"
#include "gui/common/FilePicker.h"
#include "gui/common/MessageBox.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;

// The chart view the insights share: it takes the window's colours (a dark palette gives a dark chart), and
// what it shows can be copied and saved as PNG or SVG with the picture intact, or an error that says why not.
class TestChartView : public QObject
{
    Q_OBJECT

    static constexpr QRgb barColour = qRgb(0x1f, 0x77, 0xb4);

    // One bar of a known colour that fills most of the plot, with axes so that their colours can be checked.
    static bool fill(ChartView* view)
    {
        auto* set = new QBarSet(u"Events"_s);
        *set << 10 << 8;
        set->setColor(QColor(barColour));
        set->setBorderColor(QColor(barColour));
        auto* series = new QBarSeries;
        series->setBarWidth(0.95);
        series->append(set);
        view->chart()->addSeries(series);
        auto* days = new QBarCategoryAxis;
        days->append({u"Mon"_s, u"Tue"_s});
        auto* counts = new QValueAxis;
        counts->setRange(0, 10);
        view->chart()->addAxis(days, Qt::AlignBottom);
        view->chart()->addAxis(counts, Qt::AlignLeft);
        series->attachAxis(days);
        series->attachAxis(counts);
        view->setSubject(u"Events per day"_s);
        view->resize(400, 300);
        view->applyPalette();
        view->show(); // the chart lays itself out when shown, as in a page
        return QTest::qWaitForWindowExposed(view);
    }

    static int pixelsOf(const QImage& image, QRgb colour)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff);
        return count;
    }

private slots:
    void initTestCase()
    {
        // Run a second time at a scale factor of 2 (tst_chartview_hidpi): make sure the ratio took, so that the
        // size checks below are about a high-DPI screen and not a second run at 1.
        if (qEnvironmentVariableIsSet("VW_EXPECT_PIXEL_RATIO")) {
            ChartView view;
            view.show();
            QCOMPARE(view.devicePixelRatioF(), qEnvironmentVariable("VW_EXPECT_PIXEL_RATIO").toDouble());
        }
    }

    void followsTheWindowPalette()
    {
        ChartView view;
        QVERIFY(fill(&view));
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark); // a palette change applies it again
        QCOMPARE(view.chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(view.chart()->legend()->labelColor(), QColor(0xee, 0xee, 0xee));
        for (QAbstractAxis* axis : view.chart()->axes())
            QCOMPARE(axis->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
        QCOMPARE(view.accessibleName(), u"Events per day"_s);
        const QImage image = view.renderImage();
        QVERIFY(pixelsOf(image, qRgb(0x20, 0x20, 0x20)) > image.width() * image.height() / 10);
    }

    void savesPngAndSvgWithTheChart()
    {
        QTemporaryDir dir;
        ChartView view;
        QVERIFY(fill(&view));
        QString error;
        const QString png = dir.filePath(u"chart.png"_s);
        QVERIFY2(view.saveAs(png, &error), qPrintable(error));
        const QImage saved(png);
        QCOMPARE(saved.size(), view.size() * view.devicePixelRatioF());
        QVERIFY2(pixelsOf(saved, barColour) > 1000, "the bars are in the image");

        const QString svg = dir.filePath(u"chart.SVG"_s);
        QVERIFY2(view.saveAs(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<title>Events per day</title>"));
        QVERIFY2(text.toLower().contains("#1f77b4"), "the bars are drawn in the SVG");
    }

    void aFailedSaveSaysWhyAndLeavesNothing()
    {
        QTemporaryDir dir;
        ChartView view;
        QVERIFY(fill(&view));
        QString error;
        const QString path = dir.filePath(u"no-such-folder/chart.png"_s);
        QVERIFY(!view.saveAs(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));

        // Through the dialog: the user is told, with the reason.
        MessageBox::clearShownMessages();
        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        FilePicker::presetPaths({path});
        view.saveWithDialog();
        const QList<MessageBox::Shown> shown = MessageBox::shownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().text.contains(path));
        QVERIFY(!shown.first().details.isEmpty());
    }

    void theDialogAddsPngWhenTheNameHasNoSuffix()
    {
        QTemporaryDir dir;
        ChartView view;
        QVERIFY(fill(&view));
        FilePicker::presetPaths({dir.filePath(u"events"_s)});
        view.saveWithDialog();
        QVERIFY(QFile::exists(dir.filePath(u"events.png"_s)));
        QVERIFY(!QImage(dir.filePath(u"events.png"_s)).isNull());
    }

    void copiesTheChartAsAnImage()
    {
        ChartView view;
        QVERIFY(fill(&view));
        QApplication::clipboard()->clear();
        view.copyToClipboard();
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), view.size() * view.devicePixelRatioF());
        QVERIFY(pixelsOf(copied, barColour) > 1000);
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
