#pragma once

#include <QString>
#include <QStringList>

namespace nb {

// Replaces every occurrence of a secret (a database password, a sudo password) with
// "***" before a line or a message leaves the engine.
class SecretMasker
{
public:
    SecretMasker() = default;
    explicit SecretMasker(const QStringList &secrets);

    QString mask(QString text) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
};

} // namespace nb
