#include "gui/common/ColumnFitter.h"

#include "models/ColumnPriority.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>

#include <algorithm>

ColumnFitter::ColumnFitter(QTableView* view, const QString& settingsKey)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_settingsKey(settingsKey)
{
    for (const QVariant& column : QSettings().value(m_settingsKey).toList())
        m_userHidden.insert(column.toInt());
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnFitter::showMenu);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fitting && size > 0)
            m_dragged.insert(column, size); // by the user
    });
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::fit);
    }
}

void ColumnFitter::setPreferredWidth(int column, int width)
{
    m_preferred.insert(column, width);
}

void ColumnFitter::setStretchColumn(int column)
{
    m_stretch = column;
}

void ColumnFitter::setHiddenByUser(int column, bool hidden)
{
    if (hidden && priority(column) == ColumnPriority::Essential)
        return;
    if (hidden)
        m_userHidden.insert(column);
    else
        m_userHidden.remove(column);
    QList<int> sorted(m_userHidden.begin(), m_userHidden.end());
    std::sort(sorted.begin(), sorted.end());
    QVariantList stored;
    for (int hiddenColumn : std::as_const(sorted))
        stored.append(hiddenColumn);
    QSettings().setValue(m_settingsKey, stored);
    fit();
}

int ColumnFitter::priority(int column) const
{
    const QVariant value
        = m_view->model() ? m_view->model()->headerData(column, Qt::Horizontal, ColumnPriority::Role) : QVariant();
    return value.isValid() ? value.toInt() : int(ColumnPriority::Medium);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || (event->type() == QEvent::Show && m_fitWhenShown)))
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    QAbstractItemModel* model = m_view->model();
    if (!model || m_fitting)
        return;
    if (!m_view->isVisible()) {
        // Hidden, the view has no rows in view to measure (Qt measures the first rows of the model instead, up to
        // the header's precision), and each reset of a table behind another page would measure them for nothing.
        // The widths wait for the show, and come from what is then in view.
        m_fitWhenShown = true;
        return;
    }
    m_fitWhenShown = false;
    m_fitting = true;
    QHeaderView* header = m_view->horizontalHeader();
    const int columns = model->columnCount();
    // The room of the view without a horizontal scroll bar; a vertical one takes its share.
    int available = m_view->viewport()->width();
    // What a column asks for: the width the user dragged it to, else its title's and the loaded values' (at
    // most about 40 characters), never less than the width the page set. The title is measured as the header
    // draws it, with room for the sort arrow (sectionSizeHint() is 0 while the section is hidden).
    const int cap = m_view->fontMetrics().averageCharWidth() * 40;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->isSortIndicatorShown()
        ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin
        : 0;
    const QAbstractItemView* asView = m_view; // QTableView hides the public sizeHintForColumn()
    QHash<int, int> wanted;
    for (int column = 0; column < columns; ++column) {
        const int title = header->fontMetrics().horizontalAdvance(model->headerData(column, Qt::Horizontal).toString())
            + 2 * margin + arrow;
        const int contents = std::max(title, std::min(asView->sizeHintForColumn(column), cap));
        wanted.insert(column,
                      m_dragged.contains(column) ? m_dragged.value(column)
                                                 : std::max(m_preferred.value(column, 0), contents));
    }
    const auto preferred = [&wanted](int column) { return wanted.value(column); };

    QList<int> shown;
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        if (m_userHidden.contains(column) && priority(column) != ColumnPriority::Essential)
            continue;
        shown.append(column);
        total += preferred(column);
    }
    // The least important first; of equal importance, the rightmost first.
    QList<int> candidates = shown;
    std::stable_sort(candidates.begin(), candidates.end(), [this](int a, int b) {
        const int pa = priority(a);
        const int pb = priority(b);
        return pa != pb ? pa > pb : a > b;
    });
    for (int column : std::as_const(candidates)) {
        if (total <= available || priority(column) == ColumnPriority::Essential)
            break;
        shown.removeOne(column);
        total -= preferred(column);
    }

    for (int column = 0; column < columns; ++column)
        header->setSectionHidden(column, !shown.contains(column));
    const int spare = available - total;
    for (int column : std::as_const(shown)) {
        int width = preferred(column);
        if (column == m_stretch && spare > 0)
            width += spare;
        header->resizeSection(column, width);
    }
    if (spare < 0 && !shown.isEmpty()) {
        // Only the essential columns are left and they still do not fit: every one gives up its share.
        int left = available;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const int column = shown[i];
            const int width = i + 1 == shown.size() ? left : int(qint64(preferred(column)) * available / total);
            header->resizeSection(column, std::max(width, header->minimumSectionSize()));
            left -= width;
        }
    }
    // Rounding and the header's minimum section size may leave the columns a pixel or two wider than the view.
    if (const int over = header->length() - available; over > 0 && shown.contains(m_stretch))
        header->resizeSection(m_stretch, std::max(header->sectionSize(m_stretch) - over, header->minimumSectionSize()));
    m_fitting = false;
}

void ColumnFitter::showMenu(const QPoint& position)
{
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_userHidden.contains(column));
        action->setEnabled(priority(column) != ColumnPriority::Essential);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setHiddenByUser(column, !on); });
    }
    menu.exec(m_view->horizontalHeader()->viewport()->mapToGlobal(position));
}
