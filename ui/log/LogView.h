#pragma once

#include "LogFilterModel.h"

#include <QTableView>

class LogLineModel;

// One log tab: the shared line model seen through its own filter. It follows the tail
// only while the operator is at the bottom, so scrolling up to read is never undone by
// new output. A table, not a tree: QTreeView relays out every row when the oldest lines
// go, which with a tab per host cost about 100 ms per batch at 100,000 lines.
class LogView : public QTableView
{
    Q_OBJECT

public:
    LogView(LogLineModel *lines, const QString &host, QWidget *parent = nullptr);

    LogFilterModel *filter() const { return m_filter; }
    void setFollow(bool follow);
    bool follows() const { return m_follow; }
    bool isAtBottom() const;
    void setTimestampsShown(bool shown);

    // Moves to the next (or previous) shown line containing text, wrapping around.
    bool find(const QString &text, bool backwards);
    QString selectedText() const;
    void copySelection() const;
    // Writes every line the tab shows; returns an error for a person, or an empty string.
    QString saveTo(const QString &path) const;

private:
    LogLineModel *m_lines;
    LogFilterModel *m_filter;
    bool m_follow = true;
    bool m_wasAtBottom = true;
};
