#include "gui/common/FitToContents.h"

#include <QEvent>
#include <QLayout>
#include <QTimer>
#include <QWidget>

namespace {

class Fitter : public QObject
{
public:
    explicit Fitter(QWidget* window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window
            && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize
                || event->type() == QEvent::Show)
            && !m_pending) {
            // After the layout has handled the event itself, so its sizes are current.
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                fit();
            });
        }
        return false;
    }

private:
    void fit()
    {
        QLayout* layout = m_window->layout();
        if (!layout)
            return;
        int needed = m_window->minimumSizeHint().height();
        if (layout->hasHeightForWidth())
            needed = std::max(needed, layout->totalHeightForWidth(m_window->width()));
        if (m_window->minimumHeight() != needed)
            m_window->setMinimumHeight(needed); // grows the window when it is shorter
    }

    QWidget* const m_window; // the parent: this object goes with it
    bool m_pending = false;
};

} // namespace

void FitToContents::install(QWidget* window)
{
    new Fitter(window);
}
