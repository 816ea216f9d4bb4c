#include "SecretMasker.h"

#include <algorithm>

namespace nb {

SecretMasker::SecretMasker(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretMasker::mask(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

} // namespace nb
