#include "OffThreadRelease.h"

QThreadPool &releasePool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(1);
        created->setObjectName(QStringLiteral("logRelease"));
        return created;
    }();
    return *pool;
}
