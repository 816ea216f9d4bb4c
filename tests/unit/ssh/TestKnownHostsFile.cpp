#include <ssh/KnownHostsFile.h>

#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using nb::KnownHostsFile;

class TestKnownHostsFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    // How OpenSSH hashes a name (HashKnownHosts yes): HMAC-SHA1 keyed by a salt.
    static QByteArray hashed(const QByteArray &name, const QByteArray &salt)
    {
        return "|1|" + salt.toBase64() + '|'
            + QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1).toBase64();
    }

    static QVector<int> lines(const QVector<KnownHostsFile::Entry> &entries)
    {
        QVector<int> result;
        for (const auto &entry : entries)
            result.append(entry.line);
        return result;
    }

private slots:
    void findsTheLinesThatNameTheHost()
    {
        const QString path = write("# comment\n"
                                   "\n"
                                   "10.0.0.1 ssh-ed25519 AAAAkey1\n"
                                   "10.0.0.2,app-2 ssh-ed25519 AAAAkey2\n"
                                   "[10.0.0.1]:2222 ssh-rsa AAAAkey3\n"
                                   "10.0.0.1 ecdsa-sha2-nistp256 AAAAkey4 comment words\n"
                                   "@revoked 10.0.0.1 ssh-ed25519 AAAAold\n");
        const auto entries = KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.1"), 22);
        QCOMPARE(lines(entries), (QVector<int>{3, 6}));
        QCOMPARE(entries.at(1).keyType, QStringLiteral("ecdsa-sha2-nistp256"));
        QCOMPARE(lines(KnownHostsFile::entriesFor(path, QStringLiteral("app-2"), 22)), QVector<int>{4});
        QCOMPARE(lines(KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.1"), 2222)), QVector<int>{5});
        QVERIFY(KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.9"), 22).isEmpty());
    }

    void findsHashedAndWildcardEntries()
    {
        const QByteArray entry = hashed("[db.example]:2200", "0123456789abcdefghij") + " ssh-ed25519 AAAAx\n";
        const QString path = write("*.lab,!bad.lab ssh-ed25519 AAAAw\n" + entry);
        QCOMPARE(lines(KnownHostsFile::entriesFor(path, QStringLiteral("db.example"), 2200)), QVector<int>{2});
        QVERIFY(KnownHostsFile::entriesFor(path, QStringLiteral("db.example"), 22).isEmpty());
        QCOMPARE(lines(KnownHostsFile::entriesFor(path, QStringLiteral("APP.lab"), 22)), QVector<int>{1});
        QVERIFY(KnownHostsFile::entriesFor(path, QStringLiteral("bad.lab"), 22).isEmpty());
    }

    void aMissingFileHasNoEntries()
    {
        QVERIFY(KnownHostsFile::entriesFor(m_dir.filePath(QStringLiteral("none")), QStringLiteral("h"), 22).isEmpty());
    }

    void namesHostsLikeOpenSsh()
    {
        QCOMPARE(KnownHostsFile::hostName(QStringLiteral("h"), 22), QStringLiteral("h"));
        QCOMPARE(KnownHostsFile::hostName(QStringLiteral("h"), 2022), QStringLiteral("[h]:2022"));
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsFile)
#include "TestKnownHostsFile.moc"
