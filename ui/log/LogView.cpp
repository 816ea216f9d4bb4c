#include "LogView.h"

#include "LogLineModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QSaveFile>
#include <QScrollBar>

LogView::LogView(LogLineModel *lines, const QString &host, QWidget *parent)
    : QTableView(parent), m_lines(lines), m_filter(new LogFilterModel(lines, this))
{
    m_filter->setHost(host);
    setModel(m_filter);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab leaves the log for the next control
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    setAccessibleName(host.isEmpty() ? tr("Output of all hosts") : tr("Output of %1").arg(host));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics(mono);
    // Uniform row heights: the view never measures a hundred thousand rows one by one.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(metrics.height() + 4);
    setColumnWidth(LogLineModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    setColumnWidth(LogLineModel::HostColumn, metrics.horizontalAdvance(QStringLiteral("app-00-long")) + 16);
    setColumnWidth(LogLineModel::StreamColumn, metrics.horizontalAdvance(QStringLiteral("Stream")) + 16);
    setColumnHidden(LogLineModel::HostColumn, !host.isEmpty());

    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_wasAtBottom = isAtBottom(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow && m_wasAtBottom)
            scrollToBottom();
    });

    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool LogView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void LogView::setFollow(bool follow)
{
    m_follow = follow;
    if (follow)
        scrollToBottom();
}

void LogView::setTimestampsShown(bool shown)
{
    setColumnHidden(LogLineModel::TimeColumn, !shown);
}

bool LogView::find(const QString &text, bool backwards)
{
    const int rows = m_filter->rowCount();
    if (text.isEmpty() || rows == 0)
        return false;
    const int start = currentIndex().isValid() ? currentIndex().row() : (backwards ? rows : -1);
    const int step = backwards ? -1 : 1;
    for (int i = 1; i <= rows; ++i) {
        const int row = ((start + step * i) % rows + rows) % rows;
        const QModelIndex index = m_filter->index(row, LogLineModel::TextColumn);
        if (index.data(LogLineModel::LineTextRole).toString().contains(text, Qt::CaseInsensitive)) {
            setCurrentIndex(index);
            scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

QString LogView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows))
        lines.append(m_lines->lineAsText(row));
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString LogView::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const int rows = m_filter->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = m_filter->mapToSource(m_filter->index(row, 0)).row();
        file.write(m_lines->lineAsText(sourceRow).toUtf8());
        file.write("\n");
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}
